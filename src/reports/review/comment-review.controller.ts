import { Body, Controller, Get, Param, Put, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Coach } from '../../auth/auth.service';
import { CoachAuthGuard, CurrentCoach } from '../../auth/coach-auth.guard';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { uuidParam } from '../../common/uuid-param';
import { CommentReviewDto, ReviewDecisionDto, ReviewedCommentResultDto } from '../dto/comment-review.dto';
import { versionQuery } from '../version-query.pipe';
import { CommentReviewService } from './comment-review.service';

@ApiTags('reports')
@ApiBearerAuth()
@ApiErrors(401, 503)
@UseGuards(CoachAuthGuard)
@Controller('api/campaigns')
export class CommentReviewController {
  constructor(private readonly review: CommentReviewService) {}

  /** The comments of a version (the latest without `?version`), least confident first, with the coach's decisions. */
  @Get(':id/report/review')
  @ApiQuery({ name: 'version', required: false, type: 'integer', minimum: 1 })
  @ApiOkResponse({ type: CommentReviewDto })
  @ApiErrors({
    400: '`version` is not a whole number of at least 1.',
    404: 'No such campaign of this coach, or no such version.',
    409: 'There is no report version yet: read the report first.',
  })
  list(@CurrentCoach() coach: Coach, @Param('id', uuidParam) id: string, @Query('version', versionQuery) version?: number): Promise<CommentReviewDto> {
    return this.review.review(coach, id, version);
  }

  /** Confirms a comment's themes, moves it to another theme, adds a second theme, or marks it unthemed, in a version not yet released. */
  @Put(':id/report/review/:commentId')
  @ApiOkResponse({ type: ReviewedCommentResultDto })
  @ApiErrors(
    {
      400: 'A field is missing or wrong (`version`, `decision`, `themeId`), named with the reason.',
      404: 'No such campaign of this coach, no such version, or no such comment in it.',
      409: 'The version was released to the leader: it never changes.',
    },
    413,
  )
  decide(
    @CurrentCoach() coach: Coach,
    @Param('id', uuidParam) id: string,
    @Param('commentId', uuidParam) commentId: string,
    @Body() body: ReviewDecisionDto,
  ): Promise<ReviewedCommentResultDto> {
    return this.review.decide(coach, id, commentId, body);
  }
}
