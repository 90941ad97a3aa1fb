import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { join } from 'node:path';
import { renderSponsorAgenda } from '../../access/access-pages';
import { AccessService } from '../../access/access.service';
import { MEETING_IDS, type MeetingId } from '../../access/sponsor-agenda';
import { SponsorService } from '../../access/sponsor.service';
import { CoachPageAuthGuard } from '../../auth/coach-page-auth.guard';
import { CampaignsService } from '../../campaigns/campaigns.service';
import { invalidInput, notFound } from '../../common/domain-error';
import { Page } from '../../common/pages/page.decorator';
import { uuidParam } from '../../common/uuid-param';
import { CreateEngagementDto, UpdateOutcomesDto } from '../../engagements/dto/create-engagement.dto';
import { ENGAGEMENT_PHASES, type EngagementPhase } from '../../engagements/engagement.entity';
import { EngagementsService } from '../../engagements/engagements.service';
import { EngagementExportService } from '../../exports/engagement-export.service';
import { fileSlug } from '../../reports/page/pdf-filename';
import { CoachPage, type CoachPageContext, formText, type PostedForm, sendPage, seeOther } from '../coach-page';
import { nextStep } from '../dashboard/next-step';
import { EngagementStateService } from '../engagement-state.service';
import { errorsByRow, submitForm } from '../form-errors';
import { pageTop } from '../page-top';
import { webTemplates } from '../web-templates';
import { newEngagementView, outcomesFormView } from './engagement-form.view';
import { ENGAGEMENT_FLASH, engagementPageView, purgeSummary } from './engagement-page.view';
import { BLANK_ROW, outcomeRowsFrom, outcomeRowsOf, outcomesInput } from './outcome-rows';

const render = webTemplates(join(__dirname, 'templates'));

const person = (raw: unknown): { name: string; email: string } => {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return { name: formText(value, 'name', 300).trim(), email: formText(value, 'email', 300).trim() };
};

/** An engagement in the browser: create it, read it, its outcomes, phase, links, export and deletion. */
@ApiExcludeController()
@UseGuards(CoachPageAuthGuard)
@Page('coach')
@Controller('coach/engagements')
export class EngagementPagesController {
  constructor(
    private readonly engagements: EngagementsService,
    private readonly campaigns: CampaignsService,
    private readonly state: EngagementStateService,
    private readonly access: AccessService,
    private readonly sponsor: SponsorService,
    private readonly exports: EngagementExportService,
  ) {}

  @Get('new')
  newForm(@CoachPage() page: CoachPageContext, @Res() res: Response): void {
    const values = { title: '', leader: { name: '', email: '' }, sponsor: { name: '', email: '' }, rows: [BLANK_ROW, BLANK_ROW, BLANK_ROW] };
    sendPage(res, render('new', newEngagementView(pageTop(page, { crumbs: [] }), values, this.engagements.outcomeScopes())));
  }

  @Post()
  async create(@CoachPage() page: CoachPageContext, @Body() form: PostedForm, @Res() res: Response): Promise<void> {
    const values = {
      title: formText(form, 'title', 400).trim(),
      leader: person(form.leader),
      sponsor: person(form.sponsor),
      rows: outcomeRowsOf(form.outcomes),
    };
    const { outcomes, rowOf } = outcomesInput(values.rows);
    const sponsor = values.sponsor.name || values.sponsor.email ? values.sponsor : undefined;
    const refuse = (errors: Record<string, string>): void =>
      sendPage(res, render('new', newEngagementView(pageTop(page), values, this.engagements.outcomeScopes(), errorsByRow(errors, 'outcomes', rowOf))), 400);
    const created: { id?: string } = {};
    const errors = await submitForm(
      CreateEngagementDto,
      { title: values.title, leader: values.leader, ...(sponsor ? { sponsor } : {}), outcomes },
      async (body) => {
        created.id = (await this.engagements.create(page.coach, body)).id;
      },
    );
    if (errors || !created.id) return refuse(errors ?? {});
    seeOther(res, `/coach/engagements/${created.id}?done=created`);
  }

  @Get(':id')
  async show(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Query('done') done: unknown, @Res() res: Response): Promise<void> {
    const engagement = await this.engagements.get(page.coach, id);
    const [campaigns, program] = await Promise.all([this.state.campaignStates(page.coach, id), this.state.program(id)]);
    const flash = typeof done === 'string' ? (ENGAGEMENT_FLASH[done] ?? null) : null;
    const next = nextStep({ engagement, campaigns, program, now: new Date() });
    sendPage(res, render('engagement', engagementPageView({ top: pageTop(page, { flash }), engagement, campaigns, program, next })));
  }

  @Get(':id/outcomes')
  async outcomesForm(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Res() res: Response): Promise<void> {
    const engagement = await this.engagements.get(page.coach, id);
    const rows = [...outcomeRowsFrom(engagement.outcomes), BLANK_ROW, BLANK_ROW];
    sendPage(res, render('outcomes', outcomesFormView(this.top(page, engagement), id, rows, this.engagements.outcomeScopes())));
  }

  @Post(':id/outcomes')
  async saveOutcomes(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Body() form: PostedForm, @Res() res: Response): Promise<void> {
    const engagement = await this.engagements.get(page.coach, id);
    const rows = outcomeRowsOf(form.outcomes);
    const { outcomes, rowOf } = outcomesInput(rows);
    const errors = await submitForm(UpdateOutcomesDto, { outcomes }, (body) => this.engagements.setOutcomes(page.coach, id, body));
    if (!errors) return seeOther(res, `/coach/engagements/${id}?done=outcomes`);
    const view = outcomesFormView(this.top(page, engagement), id, rows, this.engagements.outcomeScopes(), errorsByRow(errors, 'outcomes', rowOf));
    sendPage(res, render('outcomes', view), 400);
  }

  @Post(':id/phase')
  async movePhase(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Body() form: PostedForm, @Res() res: Response): Promise<void> {
    await this.engagements.getOwned(page.coach, id);
    const phase = formText(form, 'phase', 40);
    if (!(ENGAGEMENT_PHASES as readonly string[]).includes(phase)) throw invalidInput([`phase: must be one of: ${ENGAGEMENT_PHASES.join(', ')}`]);
    await this.engagements.changePhase(page.coach, id, { phase: phase as EngagementPhase });
    seeOther(res, `/coach/engagements/${id}?done=phase`);
  }

  /** A mid or final review: a progress pulse on the program's focus themes, to the baseline raters again. */
  @Post(':id/reviews')
  async prepareReview(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Body() form: PostedForm, @Res() res: Response): Promise<void> {
    await this.engagements.getOwned(page.coach, id);
    const phase = formText(form, 'phase', 20);
    if (phase !== 'midpoint' && phase !== 'final') throw invalidInput(['phase: must be midpoint or final']);
    const campaign = await this.campaigns.create(page.coach, id, { surveyId: 'progress-pulse', phase });
    seeOther(res, `/coach/campaigns/${campaign.id}?done=created`);
  }

  @Post(':id/leader-link')
  async leaderLink(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Res() res: Response): Promise<void> {
    await this.access.sendLink(await this.engagements.getOwned(page.coach, id), 'leader');
    seeOther(res, `/coach/engagements/${id}?done=leader-link`);
  }

  @Post(':id/sponsor-link')
  async sponsorLink(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Res() res: Response): Promise<void> {
    await this.access.sendLink(await this.engagements.getOwned(page.coach, id), 'sponsor');
    seeOther(res, `/coach/engagements/${id}?done=sponsor-link`);
  }

  /** What the sponsor sees right now, read as the sponsor reads it. */
  @Get(':id/sponsor')
  async sponsorView(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Res() res: Response): Promise<void> {
    sendPage(res, renderSponsorAgenda(await this.sponsor.agendaForCoach(page.coach, id), this.sponsorPreview(id, null)));
  }

  @Get(':id/sponsor/meetings/:meeting')
  async sponsorMeeting(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @Param('meeting') meeting: string,
    @Res() res: Response,
  ): Promise<void> {
    const agenda = await this.sponsor.agendaForCoach(page.coach, id);
    if (!MEETING_IDS.includes(meeting as MeetingId)) throw notFound('Meeting');
    sendPage(res, renderSponsorAgenda(agenda, this.sponsorPreview(id, meeting as MeetingId)));
  }

  /** The export of the API as a file to keep. */
  @Get(':id/export')
  async export(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Res() res: Response): Promise<void> {
    const exported = await this.exports.export(page.coach, id);
    res.status(200).setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', `attachment; filename="feedback360-engagement-${fileSlug(exported.engagement.leader.name)}.json"`);
    res.type('application/json; charset=utf-8').send(JSON.stringify(exported, null, 2));
  }

  @Get(':id/delete')
  async confirmDelete(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Res() res: Response): Promise<void> {
    const engagement = await this.engagements.get(page.coach, id);
    const campaigns = await this.state.campaignStates(page.coach, id);
    const program = await this.state.checkInCounts(page.coach, id);
    sendPage(res, render('delete', { top: this.top(page, engagement), id, title: engagement.title, purged: purgeSummary(campaigns, program) }));
  }

  @Post(':id/delete')
  async delete(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Res() res: Response): Promise<void> {
    await this.engagements.delete(page.coach, id);
    seeOther(res, '/coach?done=deleted');
  }

  private sponsorPreview(id: string, only: MeetingId | null) {
    const base = `/coach/engagements/${id}/sponsor`;
    return {
      base,
      only,
      preview: {
        note: 'This is what the sponsor sees right now: what the leader chose to share, from the report versions you released. Never comments, a group’s scores or your notes.',
        back: only ? { href: base, label: 'All three meetings' } : { href: `/coach/engagements/${id}`, label: 'Back to the engagement' },
      },
    };
  }

  private top(page: CoachPageContext, engagement: { id: string; title: string }) {
    return pageTop(page, { crumbs: [{ href: `/coach/engagements/${engagement.id}`, label: engagement.title }] });
  }
}
