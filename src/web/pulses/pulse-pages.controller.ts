import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { join } from 'node:path';
import { CoachPageAuthGuard } from '../../auth/coach-page-auth.guard';
import { Clock } from '../../common/clock';
import { Page } from '../../common/pages/page.decorator';
import { uuidParam } from '../../common/uuid-param';
import { EngagementsService } from '../../engagements/engagements.service';
import { SchedulePulseDto } from '../../pulses/dto/pulse.dto';
import { PulsesService } from '../../pulses/pulses.service';
import { CoachPage, type CoachPageContext, formText, type PostedForm, sendPage, seeOther } from '../coach-page';
import { type FieldErrors, submitForm } from '../form-errors';
import { pageTop } from '../page-top';
import { webTemplates } from '../web-templates';
import { BLANK_PULSE, type PulseFormValues, pulsesPageView } from './pulses-page.view';

const render = webTemplates(join(__dirname, 'templates'));

const FLASH: Record<string, string> = { scheduled: 'The pulse is scheduled: it launches itself on its day.', cancelled: 'The pulse is cancelled.' };

/** Whole numbers as the API takes them; anything else goes through as typed, for the API's own message. */
const wholeNumber = (text: string): number | string => (/^\d{1,4}$/.test(text) ? Number(text) : text);

/** Scheduled pulses in the browser: the list, a form to schedule one, and cancelling one not yet launched. */
@ApiExcludeController()
@UseGuards(CoachPageAuthGuard)
@Page('coach')
@Controller('coach/engagements')
export class PulsePagesController {
  constructor(
    private readonly engagements: EngagementsService,
    private readonly pulses: PulsesService,
    private readonly clock: Clock,
  ) {}

  @Get(':id/pulses')
  async list(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Query('done') done: unknown, @Res() res: Response): Promise<void> {
    await this.show(page, id, res, BLANK_PULSE, {}, 200, typeof done === 'string' ? (FLASH[done] ?? null) : null);
  }

  @Post(':id/pulses')
  async schedule(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Body() form: PostedForm, @Res() res: Response): Promise<void> {
    await this.engagements.getOwned(page.coach, id);
    const values: PulseFormValues = {
      monthsAfterStart: formText(form, 'monthsAfterStart', 10).trim(),
      dueOn: formText(form, 'dueOn', 20).trim(),
      phase: formText(form, 'phase', 20),
      openDays: formText(form, 'openDays', 10).trim(),
    };
    const plain = {
      ...(values.monthsAfterStart ? { monthsAfterStart: wholeNumber(values.monthsAfterStart) } : {}),
      ...(values.dueOn ? { dueOn: values.dueOn } : {}),
      phase: values.phase,
      ...(values.openDays ? { openDays: wholeNumber(values.openDays) } : {}),
    };
    const errors = await submitForm(SchedulePulseDto, plain, (body) => this.pulses.schedule(page.coach, id, body));
    if (errors) return this.show(page, id, res, values, errors, 400);
    seeOther(res, `/coach/engagements/${id}/pulses?done=scheduled`);
  }

  @Post(':id/pulses/:pulseId/cancel')
  async cancel(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @Param('pulseId', uuidParam) pulseId: string,
    @Res() res: Response,
  ): Promise<void> {
    await this.pulses.cancel(page.coach, id, pulseId);
    seeOther(res, `/coach/engagements/${id}/pulses?done=cancelled`);
  }

  private async show(
    page: CoachPageContext,
    id: string,
    res: Response,
    values: PulseFormValues,
    errors: FieldErrors = {},
    status = 200,
    flash: string | null = null,
  ): Promise<void> {
    const engagement = await this.engagements.get(page.coach, id);
    const { pulses } = await this.pulses.list(page.coach, id);
    const top = pageTop(page, { crumbs: [{ href: `/coach/engagements/${id}`, label: engagement.title }], flash });
    const view = pulsesPageView({
      top,
      engagementId: id,
      leader: engagement.leader.name,
      pulses,
      today: this.clock.now().toISOString().slice(0, 10),
      values,
      errors,
    });
    sendPage(res, render('pulses', view), status);
  }
}
