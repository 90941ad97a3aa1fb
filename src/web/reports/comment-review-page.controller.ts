import { Body, Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { join } from 'node:path';
import { CoachPageAuthGuard } from '../../auth/coach-page-auth.guard';
import { notFound } from '../../common/domain-error';
import { Page } from '../../common/pages/page.decorator';
import { uuidParam } from '../../common/uuid-param';
import { ReviewDecisionDto } from '../../reports/dto/comment-review.dto';
import { CommentReviewService } from '../../reports/review/comment-review.service';
import { versionQuery } from '../../reports/version-query.pipe';
import { CampaignPageLoader } from '../campaigns/campaign-page.loader';
import { CoachPage, type CoachPageContext, formText, type PostedForm, sendPage, seeOther } from '../coach-page';
import { type FieldErrors, submitForm } from '../form-errors';
import { webTemplates } from '../web-templates';
import { commentReviewView, REVIEW_FLASH } from './comment-review.view';

const render = webTemplates(join(__dirname, 'templates'));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** The coach's review of how software themed a version's comments, before the version is released. */
@ApiExcludeController()
@UseGuards(CoachPageAuthGuard)
@Page('coach')
@Controller('coach/campaigns/:id/report/review')
export class CommentReviewPageController {
  constructor(
    private readonly review: CommentReviewService,
    private readonly loader: CampaignPageLoader,
  ) {}

  @Get()
  async page(
    @CoachPage() page: CoachPageContext,
    @Param('id', uuidParam) id: string,
    @Query('version', versionQuery) version: number | undefined,
    @Query('done') done: unknown,
    @Res() res: Response,
  ): Promise<void> {
    const flash = typeof done === 'string' ? (REVIEW_FLASH[done] ?? null) : null;
    sendPage(res, await this.render(page, id, version, flash, null));
  }

  @Post()
  async decide(@CoachPage() page: CoachPageContext, @Param('id', uuidParam) id: string, @Body() form: PostedForm, @Res() res: Response): Promise<void> {
    await this.loader.context(page.coach, id);
    const commentId = formText(form, 'commentId', 64);
    if (!UUID.test(commentId)) throw notFound('Comment');
    const version = formText(form, 'version', 12);
    const plain = {
      version: /^[0-9]+$/.test(version) ? Number(version) : version,
      decision: formText(form, 'decision', 40),
      themeId: formText(form, 'themeId', 100) || undefined,
    };
    const errors = await submitForm(ReviewDecisionDto, plain, (body) => this.review.decide(page.coach, id, commentId, body));
    if (!errors) return seeOther(res, `/coach/campaigns/${id}/report/review?version=${plain.version}&done=saved#comment-${commentId}`);
    sendPage(res, await this.render(page, id, typeof plain.version === 'number' ? plain.version : undefined, null, { commentId, errors }), 400);
  }

  private async render(
    page: CoachPageContext,
    id: string,
    version: number | undefined,
    flash: string | null,
    errors: { commentId: string; errors: FieldErrors } | null,
  ): Promise<string> {
    const loaded = await this.loader.context(page.coach, id);
    const review = await this.review.review(page.coach, id, version);
    const top = this.loader.top(page, loaded, { flash, campaignCrumb: true });
    return render('comment-review', commentReviewView(top, id, review, errors));
  }
}
