import { Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DomainError, invalidInput } from '../common/domain-error';
import { closedForAnswers } from '../campaigns/closed-for-answers';
import { JobName } from '../queue/jobs';
import { hashToken } from '../common/tokens';
import { JobQueueService } from '../queue/job-queue.service';
import { validateAnswers, type ValidatedAnswers } from './answer-validation';
import { draftIdForToken, openDraft, sealDraft } from './draft-crypto';
import { formWords } from './form-words';
import { buildQuestionnaire, type Questionnaire } from './questionnaire';
import { type InvitationContext, ResponseRepository } from './response.repository';

// In the words of the rater's pages, so that their error page can say them in the rater's language.
const english = formWords('en');
export const DECLINED_MESSAGE = english.alreadyDeclined;
const ANSWERED_MESSAGE = english.alreadyAnswered;
const CLOSED_MESSAGE = english.closed;

const refusal = (reason: 'answered' | 'declined' | 'closed'): DomainError =>
  reason === 'answered'
    ? new DomainError('AlreadyAnswered', ANSWERED_MESSAGE)
    : reason === 'declined'
      ? new DomainError('Declined', DECLINED_MESSAGE)
      : new DomainError('CampaignClosed', CLOSED_MESSAGE);

/** Not deterministic: every answer asks for a fold, and folding an already settled campaign changes nothing. */
export const foldJobId = (campaignId: string): string => `fold-${campaignId}-${randomUUID()}`;

const isClosed = (invitation: InvitationContext, now = new Date()): boolean =>
  closedForAnswers({ status: invitation.campaignStatus, closesAt: invitation.closesAt }, now);

/**
 * What a rater can do with their link. Nothing here logs a token, and a submission never even
 * learns the id of the response it stored, so nothing can put it next to the rater.
 */
@Injectable()
export class ResponsesService {
  private readonly logger = new Logger(ResponsesService.name);

  constructor(
    private readonly responses: ResponseRepository,
    private readonly jobs: JobQueueService,
  ) {}

  /**
   * The invitation behind a usable link; 404 unknown, 410 closed, 409 already answered.
   * Every token, real, unknown or malformed, costs the same before the answer depends on it: one
   * SHA-256 and one lookup by the unique index of token hashes. No shortcut for tokens of the
   * wrong shape, so nothing about a token shows in how long the answer takes to say "unknown".
   */
  async openInvitation(token: string): Promise<InvitationContext> {
    const invitation = await this.responses.findInvitation(hashToken(token));
    if (!invitation || invitation.campaignStatus === 'draft') throw new DomainError('NotFound', english.unknownLink);
    if (isClosed(invitation)) throw refusal('closed');
    if (invitation.answered) throw refusal('answered');
    if (invitation.declined) throw refusal('declined');
    return invitation;
  }

  async questionnaire(token: string): Promise<Questionnaire> {
    const invitation = await this.openInvitation(token);
    return this.questionnaireFor(token, invitation);
  }

  /** The questionnaire in `language` when the survey is translated into it (English otherwise). */
  async questionnaireFor(token: string, invitation: InvitationContext, language = 'en'): Promise<Questionnaire> {
    const sealed = await this.responses.findDraft(draftIdForToken(token));
    const draft = sealed ? openDraft(token, invitation.campaignId, sealed) : null;
    return buildQuestionnaire({
      survey: invitation.survey,
      groupId: invitation.groupId,
      leaderName: invitation.leaderName,
      closesAt: invitation.closesAt,
      draft: draft && typeof draft === 'object' ? (draft as Record<string, unknown>) : null,
      language,
    });
  }

  async saveDraft(token: string, body: unknown): Promise<void> {
    const invitation = await this.openInvitation(token);
    const answers = this.validate(invitation, body, 'draft');
    await this.responses.saveDraft(draftIdForToken(token), invitation.campaignId, sealDraft(token, invitation.campaignId, draftContent(answers)));
  }

  async submit(token: string, body: unknown): Promise<{ received: true }> {
    const invitation = await this.openInvitation(token);
    const answers = this.validate(invitation, body, 'submit');
    const outcome = await this.responses.submit(invitation, draftIdForToken(token), answers);
    if (!outcome.stored) throw refusal(outcome.reason);
    await this.requestAggregation(invitation.campaignId);
    return { received: true };
  }

  /** The rater declines, with an optional reason (at most 1,000 characters); the link then takes no answer. */
  async decline(token: string, reason: string | null): Promise<{ declined: true }> {
    const invitation = await this.openInvitation(token);
    const outcome = await this.responses.decline(invitation, draftIdForToken(token), reason?.trim() || null);
    if (!outcome.stored) throw refusal(outcome.reason);
    return { declined: true };
  }

  validate(invitation: InvitationContext, body: unknown, mode: 'submit' | 'draft'): ValidatedAnswers {
    const result = validateAnswers(invitation.survey, invitation.groupId, body, mode);
    if (!result.ok) throw invalidInput(result.errors);
    return result.answers;
  }

  /** The answer is already safe in Postgres; if Redis is away, the worker's sweep folds it in later. */
  async requestAggregation(campaignId: string): Promise<void> {
    try {
      await this.jobs.add(JobName.FoldAnswers, { campaignId }, foldJobId(campaignId));
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'aggregation not queued; the sweep will fold this answer in');
    }
  }
}

/** Drafts keep what the rater typed, in the shape the questionnaire hands back. */
function draftContent(answers: ValidatedAnswers): Record<string, unknown> {
  const ratings = Object.fromEntries(Object.entries(answers.ratings).filter(([, rating]) => rating !== null));
  return { ...ratings, ...answers.texts };
}
