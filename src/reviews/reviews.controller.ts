import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../auth/coach-auth.guard';
import { uuidParam } from '../common/uuid-param';
import { ReviewsService } from './reviews.service';

@ApiTags('reviews')
@ApiBearerAuth()
@UseGuards(CoachAuthGuard)
@Controller('api/engagements')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  /** Per goal: baseline, midpoint, final, target, perceived change and status; outcomes against their indicators; rater-mix notes. */
  @Get(':id/review')
  review(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string) {
    return this.reviews.forCoach(coach, id);
  }
}
