import type { RaterGroupId, SurveyGroup } from '../../surveys/survey.types';

/** How many to ask, as coaching practice has it: enough for each anonymous group to be shown and heard. */
const RECOMMENDED: Partial<Record<RaterGroupId, string>> = { boss: '1', peer: '4 to 6', direct_report: '4 to 6', other: '2 to 4' };

export interface GroupGuidance {
  id: RaterGroupId;
  label: string;
  identified: boolean;
  minimum: number;
  recommended: string;
  count: number;
  /** Said when the group has raters but fewer than its minimum. */
  warning: string | null;
}

/** Each group a coach adds raters to, with its minimum for anonymity and a recommended count. */
export function groupGuidance(groups: readonly SurveyGroup[], counts: Partial<Record<RaterGroupId, number>>): GroupGuidance[] {
  return groups
    .filter((group) => group.id !== 'self')
    .map((group) => {
      const count = counts[group.id] ?? 0;
      const below = group.anonymous && count > 0 && count < group.minResponses;
      return {
        id: group.id,
        label: group.label,
        identified: !group.anonymous,
        minimum: group.anonymous ? group.minResponses : 1,
        recommended: RECOMMENDED[group.id] ?? `${group.minResponses} or more`,
        count,
        warning: below
          ? `${group.label}: ${count} of at least ${group.minResponses}. Fewer answers than that are never shown as this group: they count only with another group or in “all others”. Add ${group.minResponses - count} more to see this group on its own.`
          : null,
      };
    });
}
