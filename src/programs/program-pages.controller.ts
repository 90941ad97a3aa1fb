import { Controller, Get, Header, Param, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CurrentCoach } from '../auth/coach-auth.guard';
import { CoachPageAuthGuard } from '../auth/coach-page-auth.guard';
import { Page } from '../common/pages/page.decorator';
import { uuidParam } from '../common/uuid-param';
import { renderProgramPage } from './program-page';
import { ProgramsService } from './programs.service';

/** The program as a page for the engagement's coach, beside the report pages under /coach. */
@ApiExcludeController()
@UseGuards(CoachPageAuthGuard)
@Page('coach')
@Controller('coach/engagements')
export class ProgramPagesController {
  constructor(private readonly programs: ProgramsService) {}

  @Get(':id/program')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async program(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<string> {
    return renderProgramPage(await this.programs.get(coach, id), { backLink: `/coach/engagements/${id}` });
  }
}
