import { Controller, Get, Header, Param, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CurrentCoach } from '../auth/coach-auth.guard';
import { CoachPageAuthGuard } from '../auth/coach-page-auth.guard';
import { Page } from '../common/pages/page.decorator';
import { uuidParam } from '../common/uuid-param';
import { renderReviewPage } from './review-page';
import { ReviewsService } from './reviews.service';

/** The mid and final review as a page for the engagement's coach. */
@ApiExcludeController()
@UseGuards(CoachPageAuthGuard)
@Page('coach')
@Controller('coach/engagements')
export class ReviewPagesController {
  constructor(private readonly reviews: ReviewsService) {}

  @Get(':id/review')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async review(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<string> {
    return renderReviewPage(await this.reviews.forCoach(coach, id), { backLink: `/coach/engagements/${id}` });
  }
}
