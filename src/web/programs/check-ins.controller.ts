import { Body, Controller, createParamDecorator, type ExecutionContext, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import type { Request, Response } from 'express';
import { join } from 'node:path';
import { CoachPageAuthGuard } from '../../auth/coach-page-auth.guard';
import { today } from '../../common/calendar-date';
import { notFound } from '../../common/domain-error';
import { Page } from '../../common/pages/page.decorator';
import { uuidParam } from '../../common/uuid-param';
import { EngagementsService } from '../../engagements/engagements.service';
import { CheckInsService } from '../../programs/check-ins.service';
import { ProgramsService } from '../../programs/programs.service';
import { CoachPage, type CoachPageContext, type PostedForm, sendPage, seeOther } from '../coach-page';
import { type FieldErrors, submitForm } from '../form-errors';
import { pageTop } from '../page-top';
import { webTemplates } from '../web-templates';
import { checkInKind, KINDS } from './check-in-kinds';
import { type ActionValues, CHECK_IN_FLASH, checkInsView, type SessionValues } from './check-ins.view';

const render = webTemplates(join(__dirname, 'templates'));

/** The kind of check-in a route serves, from its path: /coach/engagements/:id/<kind>/... */
const kindOfPath = (request: Request): string => request.path.split('/')[4] ?? '';
const KindName = createParamDecorator((_: unknown, context: ExecutionContext): string => kindOfPath(context.switchToHttp().getRequest<Request>()));

/** The engagement, kind and id of the check-in entry a route names; a malformed id is a record that does not exist. */
interface EntryRef {
  id: string;
  kindName: string;
  entryId: string;
}
const Entry = createParamDecorator((_: unknown, context: ExecutionContext): EntryRef => {
  const request = context.switchToHttp().getRequest<Request>();
  const { id, entryId } = request.params as Record<string, string | undefined>;
  if (!id || !entryId || !isUUID(id, '4') || !isUUID(entryId, '4')) throw notFound('Record');
  return { id, kindName: kindOfPath(request), entryId };
});

/**
 * Check-ins: the sessions the coach held (with private notes that only this page shows), what the
 * leader did of the plan, and correcting or deleting a mistaken entry. Each kind of entry has its
 * routes, `sessions` and `practice-actions`, as in the API.
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
    await this.checkInsPage(page, id, res, { flash: typeof done === 'string' ? (CHECK_IN_FLASH[done] ?? null) : null });
  }

  /** Logs a session or a leader's action; a refusal is the check-ins page again, the problem beside its field. */
  @Post([...KINDS])
  async log(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @KindName() kindName: string,
    @Body() form: PostedForm,
    @Res() res: Response,
  ): Promise<void> {
    const kind = checkInKind(kindName);
    await this.engagements.getOwned(page.coach, id);
    const values = kind.valuesOf(form);
    const errors = await submitForm(kind.dto, kind.bodyOf(values), (body) => kind.log(this.checkIns, page.coach, id, body));
    if (errors)
      return this.checkInsPage(
        page,
        id,
        res,
        kindName === 'sessions'
          ? { session: { values: values as unknown as SessionValues, errors } }
          : { action: { values: values as unknown as ActionValues, errors } },
      );
    seeOther(res, `/coach/engagements/${id}/check-ins?done=${kindName === 'sessions' ? 'session' : 'action'}`);
  }

  @Get(KINDS.map((kind) => `${kind}/:entryId/edit`))
  async edit(@CoachPage() page: CoachPageContext, @Entry() { id, kindName, entryId }: EntryRef, @Res() res: Response): Promise<void> {
    const { kind, program, engagement, saved } = await this.entry(page, id, kindName, entryId);
    this.page(res, page, engagement, 'check-in-edit', {
      heading: `Correct ${saved.name}`,
      action: `/coach/engagements/${id}/${kindName}/${entryId}`,
      fields: kind.fields(program, saved.values),
    });
  }

  @Post(KINDS.map((kind) => `${kind}/:entryId`))
  async update(
    @CoachPage() page: CoachPageContext,
    @Entry() { id, kindName, entryId }: EntryRef,
    @Body() form: PostedForm,
    @Res() res: Response,
  ): Promise<void> {
    const { kind, program, engagement, saved } = await this.entry(page, id, kindName, entryId);
    const values = kind.valuesOf(form);
    const errors = await submitForm(kind.dto, kind.bodyOf(values), (body) => kind.update(this.checkIns, page.coach, id, entryId, body));
    if (errors)
      return this.page(
        res,
        page,
        engagement,
        'check-in-edit',
        { heading: `Correct ${saved.name}`, action: `/coach/engagements/${id}/${kindName}/${entryId}`, fields: kind.fields(program, values, errors) },
        400,
      );
    seeOther(res, `/coach/engagements/${id}/check-ins?done=updated`);
  }

  @Get(KINDS.map((kind) => `${kind}/:entryId/delete`))
  async confirmDelete(@CoachPage() page: CoachPageContext, @Entry() { id, kindName, entryId }: EntryRef, @Res() res: Response): Promise<void> {
    const { engagement, saved } = await this.entry(page, id, kindName, entryId);
    this.page(res, page, engagement, 'check-in-delete', {
      heading: `Delete ${saved.name}?`,
      description: saved.description,
      isSession: kindName === 'sessions',
      action: `/coach/engagements/${id}/${kindName}/${entryId}/delete`,
    });
  }

  @Post(KINDS.map((kind) => `${kind}/:entryId/delete`))
  async delete(@CoachPage() page: CoachPageContext, @Entry() { id, kindName, entryId }: EntryRef, @Res() res: Response): Promise<void> {
    await checkInKind(kindName).remove(this.checkIns, page.coach, id, entryId);
    seeOther(res, `/coach/engagements/${id}/check-ins?done=deleted`);
  }

  /** A saved entry of the engagement's check-ins, with how the pages name it (a 404 when there is none). */
  private async entry(page: CoachPageContext, id: string, kindName: string, entryId: string) {
    const kind = checkInKind(kindName);
    const { program, engagement } = await this.load(page, id);
    return { kind, program, engagement, saved: kind.saved(program, entryId) };
  }

  private async load(page: CoachPageContext, id: string) {
    const engagement = await this.engagements.get(page.coach, id);
    return { engagement, program: await this.programs.get(page.coach, id) };
  }

  private async checkInsPage(
    page: CoachPageContext,
    id: string,
    res: Response,
    options: { flash?: string | null; session?: { values: SessionValues; errors: FieldErrors }; action?: { values: ActionValues; errors: FieldErrors } },
  ): Promise<void> {
    const { program, engagement } = await this.load(page, id);
    const top = pageTop(page, { flash: options.flash ?? null, crumbs: [{ href: `/coach/engagements/${id}`, label: engagement.title }] });
    const view = checkInsView({ top, engagementId: id, program, session: options.session, action: options.action, today: today() });
    sendPage(res, render('check-ins', view), options.session || options.action ? 400 : 200);
  }

  /** An entry's correction or deletion page, beneath the check-ins. */
  private page(res: Response, page: CoachPageContext, engagement: { id: string; title: string }, template: string, view: object, status = 200): void {
    const top = pageTop(page, {
      crumbs: [
        { href: `/coach/engagements/${engagement.id}`, label: engagement.title },
        { href: `/coach/engagements/${engagement.id}/check-ins`, label: 'Check-ins' },
      ],
    });
    sendPage(res, render(template, { top, cancel: `/coach/engagements/${engagement.id}/check-ins`, ...view }), status);
  }
}
