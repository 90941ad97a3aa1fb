import type { CampaignAggregates, CellAggregate } from '../../aggregation/aggregate.types';
import { type AnswerCount, addCounts, countOfCell, NO_ANSWERS, raterAnswers, subtractCounts } from '../../aggregation/answer-counts';
import { isPooledItem, type RaterGroupId, type SurveyDefinition } from '../../surveys/survey.types';
import { ModularSpan } from './modular-span';
import type { Report } from '../assembly/report.types';

/** A figure a report shows: the ratings of some groups on one item or one theme. */
export interface ShownFigure {
  kind: 'item' | 'theme';
  scopeId: string;
  groups: RaterGroupId[];
  /** The bucket id, or "others": what the report builder calls this column. */
  column: string;
}

/** A published version as the ledger needs it: what it was built from, and what it showed. */
export interface PublishedVersion {
  frozen: CampaignAggregates;
  figures: ShownFigure[];
}

export interface Leak {
  scope: string;
  groups: RaterGroupId[];
  raters: number;
}

export { figureKey } from './disclosure-control';

/** Every non-null anonymous-relevant score of a report, as a figure over rater groups. */
export function shownFigures(report: Report): ShownFigure[] {
  const othersGroups = [...new Set(report.buckets.flatMap((bucket) => bucket.groups))];
  const columns = [
    ...report.buckets.filter((bucket) => bucket.shown).map((bucket) => ({ column: bucket.id, groups: bucket.groups })),
    { column: 'others', groups: othersGroups },
  ];
  const figures: ShownFigure[] = [];
  for (const [kind, entries] of [
    ['item', report.items],
    ['theme', report.themes],
  ] as const) {
    for (const entry of entries) {
      for (const { column, groups } of columns) if (entry.scores[column]) figures.push({ kind, scopeId: entry.id, groups, column });
    }
  }
  return figures;
}

interface Cohort {
  group: RaterGroupId;
  /** The version in which these raters' ratings first appeared in the cell. */
  version: number;
  /** Its raters, and the coach's interviews among them. */
  count: AnswerCount;
}

/** When a cell of a group changed, version by version: each change brings in a cohort of raters. */
function cohortsOf(versions: readonly PublishedVersion[], group: RaterGroupId, cell: (frozen: CampaignAggregates) => CellAggregate | undefined): Cohort[] {
  const cohorts: Cohort[] = [];
  let before = NO_ANSWERS;
  versions.forEach((version, index) => {
    const now = countOfCell(cell(version.frozen));
    if (now.all !== before.all) cohorts.push({ group, version: index, count: subtractCounts(now, before) });
    before = now;
  });
  return cohorts;
}

/**
 * How many sets of cohorts are checked in one scope at most. Only with thresholds far above the
 * usual 3 to 5 and a dozen versions would more be needed; then the largest sets are left out.
 */
const MAX_SETS = 50_000;

const binomial = (n: number, k: number): number => {
  let result = 1;
  for (let index = 1; index <= k; index += 1) result = (result * (n - k + index)) / index;
  return Math.round(result);
};

/** Every non-empty subset of a list with at most `size` members (fewer, should that make more than MAX_SETS sets). */
function subsetsUpTo<T>(list: readonly T[], size: number): T[][] {
  let largest = 0;
  let count = 0;
  while (largest < Math.min(size, list.length) && count + binomial(list.length, largest + 1) <= MAX_SETS) {
    largest += 1;
    count += binomial(list.length, largest);
  }
  const sets: T[][] = [];
  const extend = (from: number, chosen: T[]): void => {
    if (chosen.length > 0) sets.push(chosen);
    if (chosen.length === largest) return;
    for (let index = from; index < list.length; index += 1) extend(index + 1, [...chosen, list[index]]);
  };
  extend(0, []);
  return sets;
}

/**
 * Every total of fewer than a threshold of anonymous raters that can be derived from all the
 * published versions together (the last one included), by any sums and differences of their
 * figures. Unknowns are the cohorts of each group in each item cell: the raters whose ratings
 * entered that cell in the same version. Items are independent of each other except through
 * their theme, so each theme (with its items) is one small linear system; a change item is one on
 * its own. A derivable set is checked per item (any set of its cohorts) and per theme (any set of
 * the theme's cohorts, counted as distinct raters). Every cohort holds at least one rater, so a
 * set of fewer raters than a threshold is a set of fewer cohorts than it: sets of up to the
 * largest threshold less one are checked, and every leak is found (up to MAX_SETS sets a scope).
 *
 * The coach knows the interviews they entered: a cohort of interviews alone is known to them, and
 * in any other the unknowns are the rater answers. So a set is also a leak when the coach can
 * derive it, cohorts of interviews alone given, and it holds too few rater answers (answer-counts.ts).
 */
export function findLeaks(survey: SurveyDefinition, versions: readonly PublishedVersion[]): Leak[] {
  const anonymous = survey.groups.filter((group) => group.anonymous && group.id !== 'self');
  const thresholdOf = (groups: readonly RaterGroupId[]): number =>
    Math.max(1, ...groups.map((id) => survey.groups.find((group) => group.id === id)?.minResponses ?? 1));
  const largestThreshold = thresholdOf(anonymous.map((group) => group.id));
  const blocks = survey.themes.flatMap((theme) => [
    { themeId: theme.id, itemIds: theme.items.filter(isPooledItem).map((item) => item.id) },
    ...theme.items.filter((item) => !isPooledItem(item)).map((item) => ({ themeId: null, itemIds: [item.id] })),
  ]);
  const leaks: Leak[] = [];

  for (const block of blocks) {
    const atoms = block.itemIds.flatMap((itemId) =>
      anonymous.flatMap((group) => cohortsOf(versions, group.id, (frozen) => frozen.items[group.id]?.[itemId]).map((cohort) => ({ ...cohort, itemId }))),
    );
    if (atoms.length === 0) continue;
    type Atom = (typeof atoms)[number];
    const vector = (member: (atom: Atom) => boolean): number[] => atoms.map((atom) => (member(atom) ? 1 : 0));
    // The last version in which a group's theme cell changed, as of each version: the theme figure
    // pools the theme's items as they were then (a theme cell advances only with all its items).
    const themeAsOf = (group: RaterGroupId, version: number): number => {
      let last = -1;
      for (let index = 0; index <= version; index += 1) {
        const now = versions[index].frozen.themes[group]?.[block.themeId ?? '']?.raters ?? 0;
        const before = index === 0 ? 0 : (versions[index - 1].frozen.themes[group]?.[block.themeId ?? '']?.raters ?? 0);
        if (now !== before) last = index;
      }
      return last;
    };

    const span = new ModularSpan(atoms.length);
    const coachSpan = new ModularSpan(atoms.length);
    for (const known of atoms.filter((atom) => raterAnswers(atom.count) === 0)) coachSpan.add(vector((atom) => atom === known));
    versions.forEach((version, index) => {
      for (const figure of version.figures) {
        const shown =
          figure.kind === 'item' && block.itemIds.includes(figure.scopeId)
            ? vector((atom) => atom.itemId === figure.scopeId && figure.groups.includes(atom.group) && atom.version <= index)
            : figure.kind === 'theme' && figure.scopeId === block.themeId
              ? vector((atom) => figure.groups.includes(atom.group) && atom.version <= themeAsOf(atom.group, index))
              : null;
        if (!shown) continue;
        span.add(shown);
        coachSpan.add(shown);
      }
    });

    const check = (scope: string, chosen: readonly { group: RaterGroupId; count: AnswerCount }[], member: (atom: Atom) => boolean): void => {
      const count = chosen.reduce((total, entry) => addCounts(total, entry.count), NO_ANSWERS);
      const groups = [...new Set(chosen.map((entry) => entry.group))];
      const threshold = thresholdOf(groups);
      // Which atoms the total is made of, read once, and only for a total small enough to matter.
      let members: number[] | undefined;
      const made = (): number[] => (members ??= vector(member));
      const toReaders = count.all > 0 && count.all < threshold && span.contains(made());
      const raters = raterAnswers(count);
      // The coach knows a cohort of interviews alone: it adds no rater to the total, nor its group's
      // bar (the same total less those cohorts, checked on its own, is what the coach learns). The
      // groups are read off the item cohorts the total is made of, so that a theme's holds each
      // group with a rater among its items. Their bar is never above that of all the total's groups,
      // so only a total below the latter is read further.
      const belowGroupsBar = raters > 0 && raters < threshold;
      const raterGroups = belowGroupsBar
        ? [...new Set(atoms.filter((atom, index) => made()[index] === 1 && raterAnswers(atom.count) > 0).map((atom) => atom.group))]
        : [];
      const toCoach = belowGroupsBar && raters < thresholdOf(raterGroups) && coachSpan.contains(made());
      const leak = toReaders ? { scope, groups, raters: count.all } : { scope, groups: raterGroups, raters };
      const known = (other: Leak): boolean => other.scope === leak.scope && other.raters === leak.raters && other.groups.join() === leak.groups.join();
      if ((toReaders || toCoach) && !leaks.some(known)) leaks.push(leak);
    };
    // Only a cohort too small for readers, or holding too few rater answers for the coach, can make
    // a set too small: a cohort of interviews alone that readers may see is known to the coach.
    const isSmall = ({ count }: Cohort): boolean => count.all < largestThreshold || (raterAnswers(count) > 0 && raterAnswers(count) < largestThreshold);
    for (const itemId of block.itemIds) {
      const small = atoms.filter((atom) => atom.itemId === itemId && isSmall(atom));
      for (const chosen of subsetsUpTo(small, largestThreshold - 1)) check(itemId, chosen, (atom) => chosen.includes(atom));
    }
    if (block.themeId === null) continue;
    const themeId = block.themeId;
    const themeCohorts = anonymous.flatMap((group) =>
      cohortsOf(versions, group.id, (frozen) => frozen.themes[group.id]?.[themeId]).map((cohort, index, all) => ({
        ...cohort,
        after: index === 0 ? -1 : all[index - 1].version,
      })),
    );
    const small = themeCohorts.filter(isSmall);
    for (const chosen of subsetsUpTo(small, largestThreshold - 1)) {
      check(themeId, chosen, (atom) => chosen.some((cohort) => cohort.group === atom.group && atom.version > cohort.after && atom.version <= cohort.version));
    }
  }
  return leaks;
}
