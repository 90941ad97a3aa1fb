import fc from 'fast-check';
import { aggregateAnswers, isInterviewOf, type RandomCampaign, randomCampaigns } from '../../../test/factories/random-campaign';
import { Span } from '../../../test/utils/linear-span';
import type { CampaignAggregates } from '../../aggregation/aggregate.types';
import type { RaterGroupId } from '../../surveys/survey.types';
import { groupsKeptTogether } from '../disclosure/bucket-planning';
import { buildReport } from '../assembly/report.builder';
import type { Report } from '../assembly/report.types';
import { cutVersion } from './version-cutting';
import type { PublishedVersion } from '../disclosure/version-disclosure';
import { advanceAggregates, planVersionStep } from './version-gate';

/**
 * The late-rater attack, automated. Raters answer in up to three waves; after each wave a new
 * version of the report is cut as the product cuts it, and the attacker keeps every version.
 * Unknowns ("atoms") are the per-group, per-item, per-wave totals of anonymous raters; every
 * figure of every version is a sum of atoms. No total over fewer than a threshold of anonymous
 * raters may lie in the span of all versions together. The coach, who knows the interviews they
 * entered, attacks too: for the coach an atom holds its rater answers only, and no total of fewer
 * than a threshold of those may lie in the span either.
 */
const WAVES = 3;

interface Scenario {
  campaign: RandomCampaign;
  /** waves[group][rater]: the wave (0..WAVES-1) in which that rater answered. */
  waves: Record<RaterGroupId, number[]>;
}

const scenarios: fc.Arbitrary<Scenario> = randomCampaigns.chain((campaign) => {
  const groups = Object.keys(campaign.answers) as RaterGroupId[];
  return fc
    .tuple(...groups.map((group) => fc.array(fc.nat(WAVES - 1), { minLength: campaign.answers[group].length, maxLength: campaign.answers[group].length })))
    .map((perGroup) => ({ campaign, waves: Object.fromEntries(groups.map((group, index) => [group, perGroup[index]])) as Record<RaterGroupId, number[]> }));
});

interface Version {
  report: Report;
  /** What the version was built from: per group and cell, the raters of some first waves. */
  frozen: CampaignAggregates;
}

/** Cuts a version after each wave, exactly as the service does: the gate, then the frozen aggregates. */
function versionsOf({ campaign, waves }: Scenario): Version[] {
  const versions: Version[] = [];
  const history: PublishedVersion[] = [];
  let frozen: CampaignAggregates | null = null;
  for (let wave = 0; wave < WAVES; wave += 1) {
    const current = aggregateAnswers(campaign.survey, campaign.answers, (group, index) => waves[group][index] <= wave, isInterviewOf(campaign));
    const step = planVersionStep(campaign.survey, frozen, current);
    if (step.advancing.length === 0) continue;
    const next = advanceAggregates(campaign.survey, frozen, current, step.advancing);
    const keepTogether = versions.length > 0 ? groupsKeptTogether(versions[versions.length - 1].report.buckets) : [];
    const cut = cutVersion({
      survey: campaign.survey,
      history,
      frozen: next,
      build: (forced) =>
        buildReport({ campaignId: 'c', survey: campaign.survey, leaderName: 'Alex', aggregates: next, comments: [], forcedSuppressions: forced, keepTogether }),
    });
    if (!cut) throw new Error('a version could not be cut safely');
    frozen = next;
    history.push({ frozen: next, figures: cut.figures });
    versions.push({ report: cut.report, frozen: next });
  }
  return versions;
}

const subsets = <T>(list: readonly T[]): T[][] =>
  Array.from({ length: 2 ** list.length - 1 }, (_, mask) => list.filter((_, index) => ((mask + 1) >> index) & 1));

function leaks(scenario: Scenario, versions: readonly Version[], attacker: 'reader' | 'coach'): string[] {
  const { survey, answers } = scenario.campaign;
  const interview = isInterviewOf(scenario.campaign);
  const items = survey.themes.flatMap((theme) => theme.items.map((item) => ({ ...item, themeId: theme.id })));
  const pooled = (themeId: string): Set<string> => new Set(items.filter((item) => item.themeId === themeId && item.kind !== 'change').map((item) => item.id));
  const anonymous = survey.groups.filter((group) => group.anonymous && group.id !== 'self');
  const thresholdOf = (groups: readonly RaterGroupId[]): number =>
    Math.max(...groups.map((id) => survey.groups.find((group) => group.id === id)?.minResponses ?? 1));
  // `unknownOnly`: the answers the attacker does not know; every answer for a reader, all but the interviews for the coach.
  const ratersIn = (group: RaterGroupId, wave: number, itemIndexes: readonly number[], unknownOnly = false): number =>
    answers[group].filter(
      (ratings, index) =>
        scenario.waves[group][index] === wave &&
        itemIndexes.some((position) => ratings[position] !== null) &&
        !(unknownOnly && attacker === 'coach' && interview(group, index)),
    ).length;
  const atoms = anonymous.flatMap((group) =>
    items.flatMap((item, position) =>
      Array.from({ length: WAVES }, (_, wave) => ({ group: group.id, itemId: item.id, wave, raters: ratersIn(group.id, wave, [position], true) })),
    ),
  );
  type Atom = (typeof atoms)[number];
  const vector = (member: (atom: Atom) => boolean): bigint[] => atoms.map((atom) => (member(atom) ? 1n : 0n));

  const known = new Span();
  for (const atom of atoms.filter((candidate) => candidate.raters === 0)) known.add(vector((other) => other === atom));
  // A frozen cell holds the raters of its group's first waves up to some wave: the last one whose
  // running total matches the cell (a wave adding nobody there changes nothing either way).
  const lastWave = (group: RaterGroupId, indexes: readonly number[], raters: number): number => {
    let total = 0;
    let last = -1;
    for (let wave = 0; wave < WAVES; wave += 1) {
      total += ratersIn(group, wave, indexes);
      if (total === raters) last = wave;
    }
    if (raters > 0 && last < 0) throw new Error(`no waves of ${group} add up to ${raters} raters`);
    return last;
  };
  const itemIndex = new Map(items.map((item, index) => [item.id, index]));
  const themeIndexes = (themeId: string): number[] => [...pooled(themeId)].map((id) => itemIndex.get(id) as number);
  for (const { report, frozen } of versions) {
    const inItem = (atom: Atom): boolean =>
      atom.wave <= lastWave(atom.group, [itemIndex.get(atom.itemId) as number], frozen.items[atom.group]?.[atom.itemId]?.raters ?? 0);
    const inTheme =
      (themeId: string) =>
      (atom: Atom): boolean =>
        pooled(themeId).has(atom.itemId) && atom.wave <= lastWave(atom.group, themeIndexes(themeId), frozen.themes[atom.group]?.[themeId]?.raters ?? 0);
    for (const bucket of report.buckets.filter((candidate) => candidate.shown)) {
      const inBucket = (atom: Atom): boolean => bucket.groups.includes(atom.group);
      for (const item of report.items) if (item.scores[bucket.id]) known.add(vector((atom) => inBucket(atom) && atom.itemId === item.id && inItem(atom)));
      for (const theme of report.themes) if (theme.scores[bucket.id]) known.add(vector((atom) => inBucket(atom) && inTheme(theme.id)(atom)));
    }
    for (const item of report.items) if (item.scores.others) known.add(vector((atom) => atom.itemId === item.id && inItem(atom)));
    for (const theme of report.themes) if (theme.scores.others) known.add(vector(inTheme(theme.id)));
  }

  const found: string[] = [];
  const check = (what: string, raters: number, groups: RaterGroupId[], member: (atom: Atom) => boolean): void => {
    if (raters > 0 && raters < thresholdOf(groups) && known.contains(vector(member))) found.push(`${what} (${raters} raters)`);
  };
  const name = (atom: { group: RaterGroupId; wave: number }): string => `${atom.group}@${atom.wave}`;
  for (const item of items) {
    const column = atoms.filter((atom) => atom.itemId === item.id && atom.raters > 0);
    for (const chosen of subsets(column)) {
      check(
        `${chosen.map(name).join('+')} on ${item.id}`,
        chosen.reduce((total, atom) => total + atom.raters, 0),
        chosen.map((atom) => atom.group),
        (atom) => chosen.includes(atom),
      );
    }
  }
  const scopes = [
    ...survey.themes.map((theme) => ({ id: theme.id, itemIds: pooled(theme.id) })),
    { id: 'everything', itemIds: new Set(items.map((item) => item.id)) },
  ];
  for (const scope of scopes) {
    const indexes = items.flatMap((item, index) => (scope.itemIds.has(item.id) ? [index] : []));
    const cohorts = anonymous
      .flatMap((group) => Array.from({ length: WAVES }, (_, wave) => ({ group: group.id, wave, raters: ratersIn(group.id, wave, indexes, true) })))
      .filter((cohort) => cohort.raters > 0);
    for (const chosen of subsets(cohorts)) {
      const member = (atom: Atom): boolean =>
        scope.itemIds.has(atom.itemId) && chosen.some((cohort) => cohort.group === atom.group && cohort.wave === atom.wave);
      check(
        `${chosen.map(name).join('+')} on ${scope.id}`,
        chosen.reduce((total, cohort) => total + cohort.raters, 0),
        chosen.map((cohort) => cohort.group),
        member,
      );
    }
  }
  return found;
}

describe('no figure of fewer than a threshold of anonymous raters can be derived by comparing report versions', () => {
  it('holds for random campaigns answered in waves, interviews among them, with a version cut after each wave, for readers and for the coach', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const versions = versionsOf(scenario);
        expect(leaks(scenario, versions, 'reader')).toEqual([]);
        expect(leaks(scenario, versions, 'coach')).toEqual([]);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
    );
  });
});
