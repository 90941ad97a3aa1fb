import { Body, Controller, Get, Param, Post, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { join } from 'node:path';
import { CoachPageAuthGuard } from '../../auth/coach-page-auth.guard';
import { Page } from '../../common/pages/page.decorator';
import { uuidParam } from '../../common/uuid-param';
import { EngagementsService } from '../../engagements/engagements.service';
import { SaveProgramDto } from '../../programs/dto/program.dto';
import { ProgramsService } from '../../programs/programs.service';
import { SurveysService } from '../../surveys/surveys.service';
import { CoachPage, type CoachPageContext, type PostedForm, sendPage, seeOther } from '../coach-page';
import { errorsByRow, type FieldErrors, submitForm } from '../form-errors';
import { pageTop } from '../page-top';
import { webTemplates } from '../web-templates';
import { programFormView, programInput, programRowsFrom, programRowsOf, type ProgramRows, withBlankRows } from './program-form.view';

const render = webTemplates(join(__dirname, 'templates'));

/** Problems named after the goals, entries and milestones sent, renamed after the rows of the form. */
const byRow = (errors: FieldErrors, rowOf: { goals: number[]; plan: number[]; milestones: number[] }): FieldErrors =>
  errorsByRow(errorsByRow(errorsByRow(errors, 'goals', rowOf.goals), 'plan', rowOf.plan), 'milestones', rowOf.milestones);

/** The program in a form: the proposal from the released report, or the saved program, edited and saved. */
@ApiExcludeController()
@UseGuards(CoachPageAuthGuard)
@Page('coach')
@Controller('coach/engagements/:id/program')
export class ProgramEditController {
  constructor(
    private readonly engagements: EngagementsService,
    private readonly programs: ProgramsService,
    private readonly surveys: SurveysService,
  ) {}

  @Get('edit')
  async form(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Res() res: Response): Promise<void> {
    const proposal = await this.programs.proposal(page.coach, id);
    const saved = (await this.programs.find(id)) ? await this.programs.get(page.coach, id) : null;
    await this.show(page, id, res, withBlankRows(programRowsFrom(saved, proposal)));
  }

  @Post()
  async save(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Body() form: PostedForm, @Res() res: Response): Promise<void> {
    await this.engagements.getOwned(page.coach, id);
    const rows = programRowsOf(form);
    const { body, rowOf } = programInput(rows);
    const errors = await submitForm(SaveProgramDto, body, (input) => this.programs.save(page.coach, id, input));
    if (errors) return this.show(page, id, res, rows, byRow(errors, rowOf));
    seeOther(res, `/coach/engagements/${id}?done=program`);
  }

  private async show(page: CoachPageContext, id: string, res: Response, rows: ProgramRows, errors?: FieldErrors): Promise<void> {
    const engagement = await this.engagements.get(page.coach, id);
    const proposal = await this.programs.proposal(page.coach, id);
    const view = programFormView({
      top: pageTop(page, { crumbs: [{ href: `/coach/engagements/${id}`, label: engagement.title }] }),
      engagementId: id,
      proposal,
      library: this.surveys.practices()?.practices ?? [],
      rows,
      errors,
    });
    sendPage(res, render('program-form', view), errors ? 400 : 200);
  }
}
