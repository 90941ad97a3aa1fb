import type { ProgressView } from '../../campaigns/campaigns.service';
import type { VersionSummary } from '../../reports/reports.service';
import type { SurveyDefinition } from '../../surveys/survey.types';
import type { PageTop } from '../page-top';
import { dayText, plural } from '../words';

export interface ReadFirstView {
  top: PageTop;
  id: string;
  answered: number;
  invited: number;
  nextVersion: number;
  waiting: string[];
  thresholds: string;
  reportHref: string;
}

/**
 * Before the coach reads a report whose answers are still coming in: reading freezes a version,
 * and later answers then join only in batches of each group's threshold. Counts only.
 */
export function readFirstView(
  top: PageTop,
  campaignId: string,
  survey: SurveyDefinition,
  progress: ProgressView,
  versions: readonly VersionSummary[],
): ReadFirstView {
  const labels = new Map(survey.groups.map((group) => [group.id, group.label]));
  const anonymous = survey.groups.filter((group) => group.anonymous);
  return {
    top,
    id: campaignId,
    answered: progress.responded,
    invited: progress.invited,
    nextVersion: versions.length + 1,
    waiting: Object.entries(progress.groups)
      .filter(([, counted]) => (counted?.invited ?? 0) > (counted?.responded ?? 0))
      .map(([group, counted]) => `${labels.get(group as never) ?? group}: ${counted?.responded ?? 0} of ${counted?.invited ?? 0} answered`),
    thresholds: anonymous.map((group) => `${group.minResponses} for ${group.label}`).join(', '),
    reportHref: `/coach/campaigns/${campaignId}/report`,
  };
}

export interface VersionsView {
  top: PageTop;
  id: string;
  title: string;
  versions: {
    number: number;
    date: string;
    answers: string;
    released: string | null;
    href: string;
    pdf: string;
    releaseHref: string | null;
    reviewHref: string;
  }[];
  readHref: string;
}

export const VERSIONS_FLASH: Record<string, string> = {
  released: 'The version is released: the leader reads it once you send them a sign-in link from the engagement page.',
};

export function versionsView(top: PageTop, campaignId: string, title: string, versions: readonly VersionSummary[]): VersionsView {
  const base = `/coach/campaigns/${campaignId}`;
  return {
    top,
    id: campaignId,
    title,
    readHref: `${base}/report`,
    versions: [...versions]
      .sort((a, b) => b.number - a.number)
      .map((version) => ({
        number: version.number,
        date: dayText(version.createdAt),
        answers: plural(version.responses, 'answer'),
        released: version.releasedAt ? dayText(version.releasedAt) : null,
        href: `${base}/report?version=${version.number}`,
        pdf: `${base}/report.pdf?version=${version.number}`,
        releaseHref: version.releasedAt ? null : `${base}/release?version=${version.number}`,
        reviewHref: `${base}/report/review?version=${version.number}`,
      })),
  };
}
