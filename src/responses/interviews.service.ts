import { Injectable } from '@nestjs/common';
import type { Coach } from '../auth/auth.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { DomainError, invalidInput } from '../common/domain-error';
import { INTERVIEW_NOTES_KEY } from '../theming/open-comments';
import { validateAnswers } from './answer-validation';
import type { InterviewDto } from './dto/interview.dto';
import { ResponseRepository } from './response.repository';
import { ResponsesService } from './responses.service';

/**
 * A coach's interview notes enter the campaign as one more answer of the interviewee's group:
 * stored, folded and reported like any other, so the same anonymity rules apply to them.
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
    if (campaign.status !== 'open')
      throw new DomainError('CampaignNotOpen', campaign.status === 'closed' ? 'This campaign is closed' : 'Launch the campaign before entering interviews');
    const survey = campaign.surveySnapshot;
    if (!survey.groups.some((group) => group.id === input.group)) throw invalidInput([`group: the survey '${survey.id}' has no group '${input.group}'`]);
    const result = validateAnswers(survey, input.group, { answers: input.ratings ?? {} }, 'draft');
    if (!result.ok) throw invalidInput(result.errors.map((error) => error.replace(/^answers\./, 'ratings.')));
    const questionKeys = Object.keys(result.answers.texts);
    if (questionKeys.length > 0) throw invalidInput(questionKeys.map((key) => `ratings.${key}: is a question, not an item: put what was said in notes`));
    await this.responses.insertInterview(campaign.id, input.group, result.answers.ratings, { [INTERVIEW_NOTES_KEY]: input.notes.trim() });
    await this.answers.requestAggregation(campaign.id);
    return { received: true };
  }
}
