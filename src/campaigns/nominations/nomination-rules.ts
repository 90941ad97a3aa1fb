import type { RaterGroupId, SurveyGroup } from '../../surveys/survey.types';
import type { CampaignStatus } from '../campaign.entity';
import { checkRater } from '../raters/rater-csv';
import type { NominatedRater, NominationStatus } from './nomination.entity';

/** What someone does to a proposal: the leader writes or sends it; the coach edits, approves or sends it back. */
export type NominationAction = 'leader_edit' | 'leader_submit' | 'coach_edit' | 'approve' | 'return';

export const LOCKED_MESSAGE = 'The rater list is locked: the campaign has been launched. Only the coach can add raters now.';

/**
 * Why an action is refused in the state the proposal and its campaign are in (a conflict), or
 * null when it may go ahead. The list locks at launch for everyone; after that only the coach
 * adds raters, through the campaign's own rater list. While the coach has the proposal the leader
 * waits; the coach acts only on a proposal the leader sent.
 */
export function nominationRefusal(action: NominationAction, state: { campaign: CampaignStatus; nomination: NominationStatus | null }): string | null {
  if (state.campaign !== 'draft') return LOCKED_MESSAGE;
  const leaderAction = action === 'leader_edit' || action === 'leader_submit';
  if (leaderAction) return state.nomination === 'submitted' ? 'Your proposal is with your coach: wait for their answer before changing it.' : null;
  return state.nomination === 'submitted' ? null : 'There is no proposal waiting for you: the leader has not sent one.';
}

/** Where a proposal stands once the leader changes it: an approved list starts a new proposal; a returned one keeps the coach's note in view. */
export function statusAfterLeaderEdit(status: NominationStatus | null): NominationStatus {
  return status === 'returned' ? 'returned' : 'draft';
}

/**
 * The raters of a proposal checked as the coach's pasted list is checked (one set of rules): a
 * name, a real email that is neither the leader's nor someone already asked or listed above, and a
 * group of the survey other than self. Problems name the field ("raters[2].email: ...").
 */
export function checkNominees(
  raters: readonly { name: string; email: string; group: string }[],
  context: { groups: readonly SurveyGroup[]; leaderEmail: string; existingEmails: readonly string[]; field?: string },
): { raters: NominatedRater[]; problems: string[] } {
  const field = context.field ?? 'raters';
  const existing = new Set(context.existingEmails.map((email) => email.trim().toLowerCase()));
  const seen = new Map<string, string>();
  const problems: string[] = [];
  const checked = raters.map((rater, index) => {
    const { group, problems: found } = checkRater(rater, {
      groups: context.groups,
      leaderEmail: context.leaderEmail,
      existing,
      seen,
      here: `${field}[${index}]`,
    });
    for (const problem of found) problems.push(`${field}[${index}].${problem.field}: ${problem.message}`);
    return { name: rater.name.trim(), email: rater.email.trim().toLowerCase(), group: (group?.id ?? rater.group) as RaterGroupId };
  });
  return { raters: checked, problems };
}
