import { secureShuffle } from '../common/secure-shuffle';
import type { RaterGroupId, SurveyGroup } from '../surveys/survey.types';
import type { CampaignStatus } from './campaign.entity';

export interface ShownDeclineReasons {
  group: RaterGroupId;
  reasons: string[];
}

/**
 * Which reasons for declining the coach may read. A reason can give its writer away as surely as
 * a comment, and a count that moves tells when someone declined; so reasons are shown only once
 * the campaign is closed (no later decline can be set against an earlier view), only for a group
 * where at least its threshold of raters declined (`minResponses`; the boss and the leader are
 * identified and told so before they write), never labelled beyond that group, and in an order
 * drawn afresh each time, which says nothing about who declined first.
 */
export function declineReasonsToShow(input: {
  status: CampaignStatus;
  groups: readonly SurveyGroup[];
  declined: Partial<Record<RaterGroupId, number>>;
  reasons: readonly { groupId: RaterGroupId; reason: string }[];
  shuffle?: <T>(items: readonly T[]) => T[];
}): ShownDeclineReasons[] {
  if (input.status !== 'closed') return [];
  const shuffle = input.shuffle ?? secureShuffle;
  return input.groups.flatMap((group) => {
    const reasons = input.reasons.filter((entry) => entry.groupId === group.id).map((entry) => entry.reason);
    const threshold = group.anonymous ? group.minResponses : 1;
    if (reasons.length === 0 || (input.declined[group.id] ?? 0) < threshold) return [];
    return [{ group: group.id, reasons: shuffle(reasons) }];
  });
}
