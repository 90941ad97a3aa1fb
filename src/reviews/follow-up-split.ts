import type { CampaignAggregates, CellAggregate } from '../aggregation/aggregate.types';
import { countOfCell, meetsThreshold, raterAnswers } from '../aggregation/answer-counts';
import { sumCells } from '../aggregation/cell-statistics';
import { followUpCellId, type FollowUpCategory } from '../aggregation/follow-up-cells';
import { round2 } from '../reports/assembly/score-format';
import type { RaterGroupId, SurveyDefinition } from '../surveys/survey.types';

/** Change seen by the raters of one side of the split. */
export interface SplitSide {
  n: number;
  improvedShare: number;
  netScore: number;
}

export interface FollowUpSplit {
  followedUp: SplitSide;
  notFollowedUp: SplitSide;
}

export const FOLLOW_UP_RULE =
  "Improvement split by follow-up: anonymous raters whom the leader followed up with 'a few times' or 'regularly' against those answered 'never' or 'once', each side's share who saw improvement and net score. " +
  'Shown only once a pulse is closed with every answer in its report, when each side holds at least the largest anonymity threshold of raters, ' +
  'and when no sum or difference of it with every version of the pulse could single out fewer raters than that; the manager, who is identified, is left out.';

const CATEGORIES: FollowUpCategory[] = ['followed-up', 'not-followed-up'];

function side(cell: CellAggregate): SplitSide {
  const counts = Object.entries(cell.histogram).map(([value, count]) => [Number(value), count] as const);
  const total = counts.reduce((sum, [, count]) => sum + count, 0);
  const better = counts.filter(([value]) => value >= 1).reduce((sum, [, count]) => sum + count, 0);
  const worse = counts.filter(([value]) => value <= -1).reduce((sum, [, count]) => sum + count, 0);
  return { n: cell.raters, improvedShare: round2(better / total), netScore: round2((better - worse) / total) };
}

/**
 * Whether publishing the two sides once, beside every version of the pulse, lets anyone single
 * out fewer than `threshold` raters. The unknowns are the raters of each cohort (the raters of an
 * anonymous group who entered a version together) in each side, and those who rated the change but
 * not the follow-up. Every version is taken to publish each cohort's total (more than reports do),
 * and the split publishes each side's total over all cohorts. A derivable set then takes, per
 * cohort, b + a(side) of each of its raters, with b chosen per cohort and a per side; every
 * choice that gives each rater 0 or 1 is a set someone could isolate. Cohort unions alone (a = 0)
 * are the reports' own business; any other non-empty set below the threshold is a leak.
 */
export function splitLeaks(cohorts: readonly Record<FollowUpCategory | 'unknown', number>[], threshold: number): boolean {
  for (const aUp of [-1, 0, 1])
    for (const aNot of [-1, 0, 1]) {
      if (aUp === 0 && aNot === 0) continue;
      const a: Record<FollowUpCategory | 'unknown', number> = { 'followed-up': aUp, 'not-followed-up': aNot, unknown: 0 };
      // Sizes reachable so far, summing one choice of b per cohort.
      let reachable = new Set([0]);
      for (const cohort of cohorts) {
        const sizes = [-1, 0, 1].flatMap((b) => {
          const present = (Object.keys(a) as (keyof typeof a)[]).filter((category) => cohort[category] > 0);
          if (!present.every((category) => b + a[category] === 0 || b + a[category] === 1)) return [];
          return [present.reduce((size, category) => size + (b + a[category] === 1 ? cohort[category] : 0), 0)];
        });
        if (sizes.length === 0) {
          reachable = new Set();
          break;
        }
        reachable = new Set([...reachable].flatMap((size) => sizes.map((extra) => size + extra)));
      }
      if ([...reachable].some((size) => size > 0 && size < threshold)) return true;
    }
  return false;
}

/**
 * The follow-up split of a goal's change question in a pulse's final version (`versions`: the
 * frozen aggregates of every version, oldest first, the last being the one read), over its
 * anonymous groups; null where either side is too small or publishing it would leak. The coach
 * knows the interviews they entered: each side's rater answers must be none or enough too, and
 * nothing may leak over rater answers alone either (answer-counts.ts).
 */
export function followUpSplit(survey: SurveyDefinition, changeItemId: string, versions: readonly CampaignAggregates[]): FollowUpSplit | null {
  const anonymous = survey.groups.filter((group) => group.anonymous && group.id !== 'self').map((group) => group.id);
  const threshold = Math.max(1, ...survey.groups.filter((group) => anonymous.includes(group.id)).map((group) => group.minResponses));
  const last = versions.at(-1);
  if (!last || anonymous.length === 0) return null;
  const cellOf = (frozen: CampaignAggregates, group: RaterGroupId, id: string): CellAggregate | undefined => frozen.items[group]?.[id];
  const sides = Object.fromEntries(
    CATEGORIES.map((category) => [category, sumCells(anonymous.flatMap((group) => cellOf(last, group, followUpCellId(changeItemId, category)) ?? []))]),
  ) as Record<FollowUpCategory, CellAggregate>;
  if (CATEGORIES.some((category) => !meetsThreshold(countOfCell(sides[category]), threshold))) return null;
  // Cohorts as a reader sees them (every answer unknown), or as the coach does (rater answers only).
  const cohortsFor = (raters: (cell: CellAggregate | undefined) => number) =>
    anonymous.flatMap((group) =>
      versions.map((frozen, index) => {
        const before = index === 0 ? undefined : versions[index - 1];
        const grown = (id: string): number => raters(cellOf(frozen, group, id)) - raters(before && cellOf(before, group, id));
        const up = grown(followUpCellId(changeItemId, 'followed-up'));
        const not = grown(followUpCellId(changeItemId, 'not-followed-up'));
        return { 'followed-up': up, 'not-followed-up': not, unknown: Math.max(0, grown(changeItemId) - up - not) };
      }),
    );
  const toReaders = cohortsFor((cell) => cell?.raters ?? 0);
  const toCoach = cohortsFor((cell) => raterAnswers(countOfCell(cell)));
  if (splitLeaks(toReaders, threshold) || splitLeaks(toCoach, threshold)) return null;
  return { followedUp: side(sides['followed-up']), notFollowedUp: side(sides['not-followed-up']) };
}
