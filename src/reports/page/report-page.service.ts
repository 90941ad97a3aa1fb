import { Injectable } from '@nestjs/common';
import { join } from 'node:path';
import type { Coach } from '../../auth/auth.service';
import { compileTemplates } from '../../common/template-renderer';
import { CampaignsService } from '../../campaigns/campaigns.service';
import type { Report } from '../assembly/report.types';
import { ReportsService } from '../reports.service';
import { PdfRenderer } from './pdf.renderer';
import { reportPdfFilename } from './pdf-filename';
import { type PageLinks, toReportPageView } from './report-page.view';
import type { ReportRules } from './report-page.words';

const render = compileTemplates(join(__dirname, 'templates'));

export const reportPagePath = (campaignId: string, version?: number): string =>
  `/coach/campaigns/${campaignId}/report${version === undefined ? '' : `?version=${version}`}`;
export const reportPdfPath = (campaignId: string, version?: number): string =>
  `/coach/campaigns/${campaignId}/report.pdf${version === undefined ? '' : `?version=${version}`}`;

/**
 * The report JSON as a page and as a PDF. Both come from `ReportsService.report`, so they show
 * what the JSON shows and nothing more; the survey's rules (thresholds, classification) come
 * from the campaign's snapshot, to explain the figures.
 */
@Injectable()
export class ReportPageService {
  constructor(
    private readonly reports: ReportsService,
    private readonly campaigns: CampaignsService,
    private readonly pdf: PdfRenderer,
  ) {}

  async html(coach: Coach, campaignId: string, version: number | undefined, options: { signOut: string | null }): Promise<string> {
    const { report, rules } = await this.load(coach, campaignId, version);
    const shown = report.version;
    const links: PageLinks = {
      pdf: reportPdfPath(campaignId, version),
      signOut: options.signOut,
      campaign: `/coach/campaigns/${campaignId}`,
      review: shown && !shown.releasedAt ? `/coach/campaigns/${campaignId}/report/review?version=${shown.number}` : null,
    };
    return render('report', toReportPageView(report, { rules, links, now: new Date() }));
  }

  async pdfFile(coach: Coach, campaignId: string, version: number | undefined): Promise<{ pdf: Buffer; filename: string }> {
    const { report, rules } = await this.load(coach, campaignId, version);
    const html = render('report', toReportPageView(report, { rules, links: { pdf: null, signOut: null, campaign: null }, now: new Date() }));
    const footerTemplate = render('pdf-footer', { leader: report.leader, version: report.version ? `Version ${report.version.number}` : 'Working draft' });
    const pdf = await this.pdf.render(html, { footerTemplate });
    return { pdf, filename: reportPdfFilename(report.leader, report.version?.number ?? null) };
  }

  private async load(coach: Coach, campaignId: string, version: number | undefined): Promise<{ report: Report; rules: ReportRules }> {
    // The report first: it answers 404 for another coach's campaign before anything else is read.
    const report = await this.reports.report(coach, campaignId, version);
    const { surveySnapshot } = await this.campaigns.getOwned(coach, campaignId);
    return {
      report,
      rules: { groups: surveySnapshot.groups, classification: surveySnapshot.report.classification, notObserved: surveySnapshot.scale.notObserved },
    };
  }
}
