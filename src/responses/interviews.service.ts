import { Injectable } from '@nestjs/common';
import type { Coach } from '../auth/auth.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { closedForAnswers } from '../campaigns/closed-for-answers';
import { DomainError, invalidInput } from '../common/domain-error';
import { INTERVIEW_NOTES_KEY } from '../theming/open-comments';
import { validateAnswers } from './answer-validation';
import type { InterviewDto } from './dto/interview.dto';
import { ResponseRepository } from './response.repository';
import { ResponsesService } from './responses.service';

/**
 * A coach's interview notes enter the campaign as one more answer of the interviewee's group:
 * stored, folded and reported like any other, so readers cannot tell them from rater answers. They
 * are marked as the coach's, because the coach knows what they say: every threshold is also met by
 * the rater answers alone, or the raters would be laid bare to the coach (aggregation/answer-counts.ts).
 */
@Injectable()
export class InterviewsService {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly responses: ResponseRepository,
    private readonly answers: ResponsesService,
  ) {}

  async record(coach: Coach, campaignId: string, input: InterviewDto): Promise<{ received: true }> {
    const campaign = await this.campaigns.getOwned(coach, campaignId);
    if (campaign.status === 'draft') throw new DomainError('CampaignNotOpen', 'Launch the campaign before entering interviews');
    // Past its close date a campaign takes no answers, the coach's included: its report may already be final.
    if (closedForAnswers(campaign)) throw new DomainError('CampaignNotOpen', 'This campaign is closed');
    const survey = campaign.surveySnapshot;
    if (!survey.groups.some((group) => group.id === input.group)) throw invalidInput([`group: the survey '${survey.id}' has no group '${input.group}'`]);
    const result = validateAnswers(survey, input.group, { answers: input.ratings ?? {} }, 'draft');
    if (!result.ok) throw invalidInput(result.errors.map((error) => error.replace(/^answers\./, 'ratings.')));
    const questionKeys = Object.keys(result.answers.texts);
    if (questionKeys.length > 0) throw invalidInput(questionKeys.map((key) => `ratings.${key}: is a question, not an item: put what was said in notes`));
    // Checked again as it is stored: the campaign may have closed meanwhile.
    const stored = await this.responses.insertInterview(campaign.id, input.group, result.answers.ratings, { [INTERVIEW_NOTES_KEY]: input.notes.trim() });
    if (!stored) throw new DomainError('CampaignNotOpen', 'This campaign is closed');
    await this.answers.requestAggregation(campaign.id);
    return { received: true };
  }
}
