import { Injectable } from '@nestjs/common';
import type { Coach } from '../auth/auth.service';
import type { CampaignEntity } from '../campaigns/campaign.entity';
import { CampaignsService } from '../campaigns/campaigns.service';
import { closedForAnswers } from '../campaigns/closed-for-answers';
import { foldBatch } from '../aggregation/response-fold';
import { DomainError, invalidInput, notFound } from '../common/domain-error';
import { validateAnswers } from './answer-validation';
import type { InterviewDto, InterviewView } from './dto/interview.dto';
import { type EnteredInterview, type InterviewChange, InterviewRepository, type StoredInterview, type Unfold } from './interview.repository';
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
    private readonly interviews: InterviewRepository,
    private readonly answers: ResponsesService,
  ) {}

  async record(coach: Coach, campaignId: string, input: InterviewDto): Promise<{ received: true }> {
    const campaign = await this.campaigns.getOwned(coach, campaignId);
    const interview = enteredInterview(campaign, input);
    // Checked again as it is stored: the campaign may have closed meanwhile.
    const stored = await this.interviews.insert(campaign.id, interview);
    if (!stored) throw new DomainError('CampaignNotOpen', 'This campaign is closed');
    await this.answers.requestAggregation(campaign.id);
    return { received: true };
  }

  /**
   * Puts a corrected interview in the place of one entered before, as one change: the old one is
   * taken out as `remove` does, and the correction, under the same id and day, folded like a new
   * interview. Refused as a removal is, and once the campaign takes no answers.
   */
  async correct(coach: Coach, campaignId: string, interviewId: string, input: InterviewDto): Promise<{ received: true }> {
    const campaign = await this.campaigns.getOwned(coach, campaignId);
    const interview = enteredInterview(campaign, input);
    refuseUnless(await this.interviews.replace(campaign.id, interviewId, unfoldInterview, interview));
    await this.answers.requestAggregation(campaign.id);
    return { received: true };
  }

  /** The interviews the coach entered in a campaign, with what they said, and whether each can still be removed. */
  async list(coach: Coach, campaignId: string): Promise<InterviewView[]> {
    const campaign = await this.campaigns.getOwned(coach, campaignId);
    return (await this.interviews.list(campaign.id)).map(interviewViewOf);
  }

  /**
   * Takes an interview back out, as if it had never been entered, until a report version counts
   * it: a version never changes, and one after it must not count fewer answers (readers would see
   * the interview's own ratings in the difference). To correct one, remove it and enter it again.
   */
  async remove(coach: Coach, campaignId: string, interviewId: string): Promise<void> {
    const campaign = await this.campaigns.getOwned(coach, campaignId);
    refuseUnless(await this.interviews.remove(campaign.id, interviewId, unfoldInterview));
  }
}

/** The interview as entered, checked against the campaign's survey as a rater's answer is; refused (400) field by field. */
function enteredInterview(campaign: CampaignEntity, input: InterviewDto): EnteredInterview {
  if (campaign.status === 'draft') throw new DomainError('CampaignNotOpen', 'Launch the campaign before entering interviews');
  // Past its close date a campaign takes no answers, the coach's included: its report may already be final.
  if (closedForAnswers(campaign)) throw new DomainError('CampaignNotOpen', 'This campaign is closed');
  const survey = campaign.surveySnapshot;
  if (!survey.groups.some((group) => group.id === input.group)) throw invalidInput([`group: the survey '${survey.id}' has no group '${input.group}'`]);
  const result = validateAnswers(survey, input.group, { answers: input.ratings ?? {} }, 'draft');
  if (!result.ok) throw invalidInput(result.errors.map((error) => error.replace(/^answers\./, 'ratings.')));
  const questionKeys = Object.keys(result.answers.texts);
  if (questionKeys.length > 0) throw invalidInput(questionKeys.map((key) => `ratings.${key}: is a question, not an item: put what was said in notes`));
  return { groupId: input.group, ratings: result.answers.ratings, notes: input.notes.trim() };
}

/** What an interview added to its group's aggregates, to take back out. */
const unfoldInterview: Unfold = (survey, interview) => {
  const [group] = foldBatch(survey, [{ ...interview, interview: true }]);
  return group;
};

function refuseUnless(change: InterviewChange): void {
  if (change.done) return;
  if (change.reason === 'unknown') throw notFound('Interview');
  if (change.reason === 'counted') throw new DomainError('Conflict', removalRefusal(change.version));
  if (change.reason === 'closed') throw new DomainError('CampaignNotOpen', 'This campaign is closed: it takes no corrected interview');
  throw new DomainError('Conflict', 'This interview was entered before interviews could be removed: its notes cannot be told from other comments, so it stays');
}

/** Why an interview a version counts stays, in the words the API and the page both give. */
export function removalRefusal(version: number): string {
  return `Report version ${version} counts this interview, and a version never changes: it stays`;
}

function interviewViewOf(interview: StoredInterview): InterviewView {
  const removable = interview.countedIn === null && !interview.notesUntied;
  return {
    id: interview.id,
    group: interview.groupId,
    enteredOn: interview.enteredOn,
    notes: interview.notes,
    // The form stores every item, "not asked" as null: the coach reads back what they took down.
    ratings: Object.fromEntries(Object.entries(interview.ratings).filter((entry): entry is [string, number] => entry[1] !== null)),
    countedInVersion: interview.countedIn,
    removable,
  };
}
