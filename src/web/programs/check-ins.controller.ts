import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { join } from 'node:path';
import { CoachPageAuthGuard } from '../../auth/coach-page-auth.guard';
import { today } from '../../common/calendar-date';
import { notFound } from '../../common/domain-error';
import { Page } from '../../common/pages/page.decorator';
import { uuidParam } from '../../common/uuid-param';
import { EngagementsService } from '../../engagements/engagements.service';
import { CheckInsService } from '../../programs/check-ins.service';
import { CoachingSessionDto, PracticeActionDto } from '../../programs/dto/check-in.dto';
import { ProgramsService } from '../../programs/programs.service';
import type { ProgramView } from '../../programs/program-view';
import { CoachPage, type CoachPageContext, formText, sendPage, seeOther } from '../coach-page';
import { type FieldErrors, fieldErrorsOf, validateForm } from '../form-errors';
import { pageTop } from '../page-top';
import { webTemplates } from '../web-templates';
import { type ActionValues, actionFields, actionsOf, CHECK_IN_FLASH, checkInsView, type SessionValues, sessionFields } from './check-ins.view';

const render = webTemplates(join(__dirname, 'templates'));

const sessionValues = (form: Record<string, unknown>): SessionValues => ({
  heldOn: formText(form, 'heldOn', 20).trim(),
  durationMinutes: formText(form, 'durationMinutes', 10).trim(),
  focusThemeId: formText(form, 'focusThemeId', 80),
  agreedActions: formText(form, 'agreedActions', 20_000),
  privateNotes: formText(form, 'privateNotes', 6000),
});
const sessionBody = (values: SessionValues) => ({
  heldOn: values.heldOn,
  durationMinutes: /^\d+$/.test(values.durationMinutes) ? Number(values.durationMinutes) : values.durationMinutes,
  focusThemeId: values.focusThemeId,
  agreedActions: actionsOf(values.agreedActions),
  privateNotes: values.privateNotes,
});
const actionValues = (form: Record<string, unknown>): ActionValues => ({
  practiceId: formText(form, 'practiceId', 80),
  doneOn: formText(form, 'doneOn', 20).trim(),
  note: formText(form, 'note', 2000),
});

/**
 * Check-ins: the sessions the coach held (with private notes that only this page shows), what the
 * leader did of the plan, and correcting or deleting a mistaken entry.
 */
@ApiExcludeController()
@UseGuards(CoachPageAuthGuard)
@Page('coach')
@Controller('coach/engagements/:id')
export class CheckInsController {
  constructor(
    private readonly engagements: EngagementsService,
    private readonly programs: ProgramsService,
    private readonly checkIns: CheckInsService,
  ) {}

  @Get('check-ins')
  async show(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Query('done') done: unknown, @Res() res: Response): Promise<void> {
    const flash = typeof done === 'string' ? (CHECK_IN_FLASH[done] ?? null) : null;
    await this.page(page, id, res, { flash });
  }

  @Post('sessions')
  async logSession(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @Body() form: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    await this.engagements.getOwned(page.coach, id);
    const values = sessionValues(form);
    const errors = await this.tried(CoachingSessionDto, sessionBody(values), (body) => this.checkIns.logSession(page.coach, id, body));
    if (errors) return this.page(page, id, res, { session: { values, errors } });
    seeOther(res, `/coach/engagements/${id}/check-ins?done=session`);
  }

  @Post('practice-actions')
  async logAction(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @Body() form: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    await this.engagements.getOwned(page.coach, id);
    const values = actionValues(form);
    const errors = await this.tried(PracticeActionDto, { ...values }, (body) => this.checkIns.logAction(page.coach, id, body));
    if (errors) return this.page(page, id, res, { action: { values, errors } });
    seeOther(res, `/coach/engagements/${id}/check-ins?done=action`);
  }

  @Get('sessions/:entryId/edit')
  async editSession(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @Param('entryId', uuidParam) entryId: string,
    @Res() res: Response,
  ): Promise<void> {
    const { program, engagement } = await this.load(page, id);
    const session = program.sessions.find((candidate) => candidate.id === entryId);
    if (!session) throw notFound('Session');
    const values = {
      heldOn: session.heldOn,
      durationMinutes: String(session.durationMinutes),
      focusThemeId: session.focusThemeId,
      agreedActions: session.agreedActions.join('\n'),
      privateNotes: session.privateNotes ?? '',
    };
    this.editPage(res, page, engagement, {
      heading: `Correct the session of ${session.heldOn}`,
      action: `/coach/engagements/${id}/sessions/${entryId}`,
      fields: sessionFields(program, values),
    });
  }

  @Post('sessions/:entryId')
  async updateSession(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @Param('entryId', uuidParam) entryId: string,
    @Body() form: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const { program, engagement } = await this.load(page, id);
    const values = sessionValues(form);
    const errors = await this.tried(CoachingSessionDto, sessionBody(values), (body) => this.checkIns.updateSession(page.coach, id, entryId, body));
    if (errors)
      return this.editPage(
        res,
        page,
        engagement,
        { heading: 'Correct the session', action: `/coach/engagements/${id}/sessions/${entryId}`, fields: sessionFields(program, values, errors) },
        400,
      );
    seeOther(res, `/coach/engagements/${id}/check-ins?done=updated`);
  }

  @Get('practice-actions/:entryId/edit')
  async editAction(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @Param('entryId', uuidParam) entryId: string,
    @Res() res: Response,
  ): Promise<void> {
    const { program, engagement } = await this.load(page, id);
    const entry = program.plan.find((candidate) => candidate.actions.some((action) => action.id === entryId));
    const action = entry?.actions.find((candidate) => candidate.id === entryId);
    if (!entry || !action) throw notFound('Action');
    const values = { practiceId: entry.practiceId, doneOn: action.doneOn, note: action.note ?? '' };
    this.editPage(res, page, engagement, {
      heading: `Correct “${entry.title}” on ${action.doneOn}`,
      action: `/coach/engagements/${id}/practice-actions/${entryId}`,
      fields: actionFields(program, values),
    });
  }

  @Post('practice-actions/:entryId')
  async updateAction(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @Param('entryId', uuidParam) entryId: string,
    @Body() form: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const { program, engagement } = await this.load(page, id);
    const values = actionValues(form);
    const errors = await this.tried(PracticeActionDto, { ...values }, (body) => this.checkIns.updateAction(page.coach, id, entryId, body));
    if (errors)
      return this.editPage(
        res,
        page,
        engagement,
        { heading: 'Correct the action', action: `/coach/engagements/${id}/practice-actions/${entryId}`, fields: actionFields(program, values, errors) },
        400,
      );
    seeOther(res, `/coach/engagements/${id}/check-ins?done=updated`);
  }

  @Get(':kind/:entryId/delete')
  async confirmDelete(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @Param('kind') kind: string,
    @Param('entryId', uuidParam) entryId: string,
    @Res() res: Response,
  ): Promise<void> {
    const { program, engagement } = await this.load(page, id);
    const described = this.describe(program, kind, entryId);
    sendPage(
      res,
      render('check-in-delete', {
        top: this.top(page, engagement),
        heading: described.heading,
        description: described.description,
        isSession: kind === 'sessions',
        action: `/coach/engagements/${id}/${kind}/${entryId}/delete`,
        cancel: `/coach/engagements/${id}/check-ins`,
      }),
    );
  }

  @Post(':kind/:entryId/delete')
  async delete(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @Param('kind') kind: string,
    @Param('entryId', uuidParam) entryId: string,
    @Res() res: Response,
  ): Promise<void> {
    if (kind === 'sessions') await this.checkIns.deleteSession(page.coach, id, entryId);
    else if (kind === 'practice-actions') await this.checkIns.deleteAction(page.coach, id, entryId);
    else throw notFound('Entry');
    seeOther(res, `/coach/engagements/${id}/check-ins?done=deleted`);
  }

  /** Validates a form with the API's DTO, then calls the service; the problems per field, or null when it was done. */
  private async tried<T extends object>(dto: new () => T, plain: Record<string, unknown>, call: (body: T) => Promise<unknown>): Promise<FieldErrors | null> {
    const checked = await validateForm(dto, plain);
    if ('errors' in checked) return checked.errors;
    try {
      await call(checked.value);
      return null;
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (!errors) throw error;
      return errors;
    }
  }

  private describe(program: ProgramView, kind: string, entryId: string): { heading: string; description: string } {
    if (kind === 'sessions') {
      const session = program.sessions.find((candidate) => candidate.id === entryId);
      if (session) return { heading: `Delete the session of ${session.heldOn}?`, description: `${session.durationMinutes} minutes on ${session.focusTheme}.` };
    }
    if (kind === 'practice-actions') {
      const entry = program.plan.find((candidate) => candidate.actions.some((action) => action.id === entryId));
      const action = entry?.actions.find((candidate) => candidate.id === entryId);
      if (entry && action) return { heading: `Delete “${entry.title}” on ${action.doneOn}?`, description: action.note ?? 'No note.' };
    }
    throw notFound('Entry');
  }

  private async load(page: CoachPageContext, id: string) {
    const engagement = await this.engagements.get(page.coach, id);
    return { engagement, program: await this.programs.get(page.coach, id) };
  }

  private async page(
    page: CoachPageContext,
    id: string,
    res: Response,
    options: { flash?: string | null; session?: { values: SessionValues; errors: FieldErrors }; action?: { values: ActionValues; errors: FieldErrors } },
  ): Promise<void> {
    const { program, engagement } = await this.load(page, id);
    const view = checkInsView({
      top: this.top(page, engagement, options.flash ?? null),
      engagementId: id,
      program,
      session: options.session,
      action: options.action,
      today: today(),
    });
    sendPage(res, render('check-ins', view), options.session || options.action ? 400 : 200);
  }

  private editPage(
    res: Response,
    page: CoachPageContext,
    engagement: { id: string; title: string },
    view: { heading: string; action: string; fields: unknown[] },
    status = 200,
  ): void {
    sendPage(
      res,
      render('check-in-edit', { top: this.top(page, engagement, null, true), cancel: `/coach/engagements/${engagement.id}/check-ins`, ...view }),
      status,
    );
  }

  private top(page: CoachPageContext, engagement: { id: string; title: string }, flash: string | null = null, inCheckIns = false) {
    return pageTop(page, {
      flash,
      crumbs: [
        { href: `/coach/engagements/${engagement.id}`, label: engagement.title },
        ...(inCheckIns ? [{ href: `/coach/engagements/${engagement.id}/check-ins`, label: 'Check-ins' }] : []),
      ],
    });
  }
}
