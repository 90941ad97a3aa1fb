import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../auth/coach-auth.guard';
import { ApiErrors } from '../common/openapi/api-errors.decorator';
import { uuidParam } from '../common/uuid-param';
import { ReviewReportDto } from './dto/review.dto';
import { ReviewsService } from './reviews.service';

@ApiTags('reviews')
@ApiBearerAuth()
@UseGuards(CoachAuthGuard)
@Controller('api/engagements')
export class ReviewsController {
  constructor(private readonly reviews: ReviewsService) {}

  /** Per goal: baseline, midpoint, final, target, perceived change and status; outcomes against their indicators; rater-mix notes. */
  @Get(':id/review')
  @ApiOkResponse({ type: ReviewReportDto })
  @ApiErrors(401, { 404: 'No such engagement of this coach, or it has no program yet.', 409: "The program's baseline report version cannot be read." }, 503)
  review(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string): Promise<ReviewReportDto> {
    return this.reviews.forCoach(coach, id);
  }
}
