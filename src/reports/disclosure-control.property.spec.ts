import fc from 'fast-check';
import type { CampaignAggregates } from '../aggregation/aggregate.types';
import { applyDeltas, computeAggregateDeltas } from '../aggregation/response-fold';
import { surveyFactory } from '../../test/factories/survey.factory';
import type { RaterGroupId, SurveyDefinition } from '../surveys/survey.types';
import { buildReport } from './report.builder';
import type { Report } from './report.types';

/**
 * The differencing attack, automated. Random campaigns go through folding and the report
 * builder; every figure the report shows is then an equation over the unknowns, the per-group
 * per-item totals of anonymous raters ("atoms"). Sums, sums of squares, rating counts and
 * histogram counts are all linear in the atoms with the same coefficients, so one linear system
 * covers them all. The attacker also knows every identified rater's answers and which atoms are
 * empty. No total over fewer than a threshold of anonymous raters may lie in the span.
 */
const GROUPS: RaterGroupId[] = ['boss', 'peer', 'direct_report', 'other'];

interface Campaign {
  survey: SurveyDefinition;
  /** Per group, per rater, one rating (or null) per item, in survey order. */
  answers: Record<RaterGroupId, (number | null)[][]>;
}

const campaigns: fc.Arbitrary<Campaign> = fc
  .record({
    shape: fc.array(fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 4 }),
    thresholds: fc.tuple(fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 2, max: 5 })),
    // Now and then a survey declares the boss anonymous: the rules must not assume it never does.
    bossAnonymous: fc.nat(4).map((value) => value === 0),
    sizes: fc.tuple(fc.nat(1), fc.nat(2), fc.nat(7), fc.nat(7), fc.nat(7)),
  })
  .chain(({ shape, thresholds, bossAnonymous, sizes }) => {
    const base = surveyFactory();
    const survey: SurveyDefinition = {
      ...base,
      changeScale: { min: -3, max: 3, labels: ['-3', '-2', '-1', '0', '1', '2', '3'] },
      groups: base.groups.map((group) => {
        const index = GROUPS.indexOf(group.id);
        if (group.id === 'boss') return bossAnonymous ? { ...group, anonymous: true, minResponses: thresholds[0] } : group;
        return index < 0 ? group : { ...group, minResponses: thresholds[index] };
      }),
      // A `true` in the shape is a change item: an item of its own, pooled into no theme.
      themes: shape.map((kinds, themeIndex) => ({
        id: `t${themeIndex}`,
        title: `Theme ${themeIndex}`,
        keywords: [],
        items: kinds.map((isChange, itemIndex) => ({ id: `t${themeIndex}.i${itemIndex}`, text: 'x', selfText: 'x', kind: isChange && itemIndex > 0 ? ('change' as const) : ('likert' as const) })),
      })),
    };
    const items = survey.themes.flatMap((theme) => theme.items);
    const rater = fc.tuple(...items.map((item) => fc.option(item.kind === 'change' ? fc.integer({ min: -3, max: 3 }) : fc.integer({ min: 1, max: 5 }), { nil: null, freq: 3 })));
    const group = (size: number) => fc.array(rater, { minLength: size, maxLength: size });
    return fc.tuple(group(sizes[0]), group(sizes[1]), group(sizes[2]), group(sizes[3]), group(sizes[4])).map(([self, boss, peer, directReport, other]): Campaign => ({
      survey,
      answers: { self, boss, peer, direct_report: directReport, other },
    }));
  });

function aggregate(campaign: Campaign): CampaignAggregates {
  const itemIds = campaign.survey.themes.flatMap((theme) => theme.items.map((item) => item.id));
  let aggregates: CampaignAggregates = { responses: {}, items: {}, themes: {} };
  for (const [group, raters] of Object.entries(campaign.answers) as [RaterGroupId, (number | null)[][]][]) {
    for (const ratings of raters) aggregates = applyDeltas(aggregates, group, computeAggregateDeltas(campaign.survey, Object.fromEntries(itemIds.map((id, index) => [id, ratings[index]]))));
  }
  return aggregates;
}

/** Exact span membership over the rationals: fraction-free elimination on BigInt rows. */
class Span {
  private readonly rows: { pivot: number; row: bigint[] }[] = [];

  private static reduce(rows: readonly { pivot: number; row: bigint[] }[], vector: readonly bigint[]): bigint[] {
    let v = [...vector];
    for (const { pivot, row } of rows) {
      if (v[pivot] === 0n) continue;
      const [a, b] = [row[pivot], v[pivot]];
      v = v.map((value, index) => value * a - row[index] * b);
      const divisor = v.reduce((g, value) => gcd(g, value < 0n ? -value : value), 0n);
      if (divisor > 1n) v = v.map((value) => value / divisor);
    }
    return v;
  }

  add(vector: readonly bigint[]): void {
    const reduced = Span.reduce(this.rows, vector);
    const pivot = reduced.findIndex((value) => value !== 0n);
    if (pivot >= 0) this.rows.push({ pivot, row: reduced });
  }

  contains(vector: readonly bigint[]): boolean {
    return Span.reduce(this.rows, vector).every((value) => value === 0n);
  }
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/** Every non-empty subset of a small list. */
const subsets = <T>(list: readonly T[]): T[][] => Array.from({ length: 2 ** list.length - 1 }, (_, mask) => list.filter((_, index) => ((mask + 1) >> index) & 1));

function leaks(campaign: Campaign, report: Report): string[] {
  const { survey } = campaign;
  const items = survey.themes.flatMap((theme) => theme.items.map((item) => ({ ...item, themeId: theme.id })));
  const pooled = (themeId: string): Set<string> => new Set(items.filter((item) => item.themeId === themeId && item.kind !== 'change').map((item) => item.id));
  const anonymous = survey.groups.filter((group) => group.anonymous && group.id !== 'self');
  const threshold = (groups: readonly RaterGroupId[]): number => Math.max(...groups.map((id) => survey.groups.find((group) => group.id === id)?.minResponses ?? 1));
  const atoms = anonymous.flatMap((group) => items.map((item, index) => ({ group: group.id, itemId: item.id, raters: campaign.answers[group.id].filter((ratings) => ratings[index] !== null).length })));
  const vector = (member: (atom: (typeof atoms)[number]) => boolean): bigint[] => atoms.map((atom) => (member(atom) ? 1n : 0n));

  const known = new Span();
  for (const atom of atoms.filter((candidate) => candidate.raters === 0)) known.add(vector((other) => other === atom));
  for (const bucket of report.buckets.filter((candidate) => candidate.shown)) {
    const inBucket = (atom: (typeof atoms)[number]): boolean => bucket.groups.includes(atom.group);
    for (const item of report.items) if (item.scores[bucket.id]) known.add(vector((atom) => inBucket(atom) && atom.itemId === item.id));
    for (const theme of report.themes) if (theme.scores[bucket.id]) known.add(vector((atom) => inBucket(atom) && pooled(theme.id).has(atom.itemId)));
  }
  for (const item of report.items) if (item.scores.others) known.add(vector((atom) => atom.itemId === item.id));
  for (const theme of report.themes) if (theme.scores.others) known.add(vector((atom) => pooled(theme.id).has(atom.itemId)));

  const found: string[] = [];
  const check = (what: string, raters: number, groups: RaterGroupId[], member: (atom: (typeof atoms)[number]) => boolean): void => {
    if (raters > 0 && raters < threshold(groups) && known.contains(vector(member))) found.push(`${what} (${raters} raters)`);
  };
  // Any set of anonymous cells of one item: a single suppressed cell, a group, several groups.
  for (const item of items) {
    const column = atoms.filter((atom) => atom.itemId === item.id && atom.raters > 0);
    for (const chosen of subsets(column)) {
      check(`${chosen.map((atom) => atom.group).join('+')} on ${item.id}`, chosen.reduce((total, atom) => total + atom.raters, 0), chosen.map((atom) => atom.group), (atom) => chosen.includes(atom));
    }
  }
  // Any set of anonymous groups on a theme, and on the whole survey (distinct raters count).
  const scopes = [...survey.themes.map((theme) => ({ id: theme.id, itemIds: pooled(theme.id) })), { id: 'everything', itemIds: new Set(items.map((item) => item.id)) }];
  for (const scope of scopes) {
    const indexes = items.flatMap((item, index) => (scope.itemIds.has(item.id) ? [index] : []));
    const ratersOf = (id: RaterGroupId): number => campaign.answers[id].filter((ratings) => indexes.some((index) => ratings[index] !== null)).length;
    // Groups with no rater in the scope add nothing to a set, and must not raise its threshold.
    for (const groups of subsets(anonymous.map((group) => group.id).filter((id) => ratersOf(id) > 0))) {
      check(`${groups.join('+')} on ${scope.id}`, groups.reduce((total, id) => total + ratersOf(id), 0), groups, (atom) => groups.includes(atom.group) && scope.itemIds.has(atom.itemId));
    }
  }
  return found;
}

describe('no figure of fewer than a threshold of anonymous raters can be derived from a report', () => {
  it('holds for random surveys, group sizes, thresholds and "not observed" patterns', () => {
    fc.assert(
      fc.property(campaigns, (campaign) => {
        const report = buildReport({ campaignId: 'c', survey: campaign.survey, leaderName: 'Alex', aggregates: aggregate(campaign), comments: [] });
        expect(leaks(campaign, report)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('catches a report that shows too much (the attack itself is not toothless)', () => {
    // Two peers on an item beside a large group of direct reports: the unprotected report shows
    // "others" and the direct reports' cell, so others - boss - direct reports = the two peers.
    const survey: SurveyDefinition = { ...surveyFactory(), themes: [{ id: 't', title: 'T', keywords: [], items: [{ id: 'a', text: 'a', selfText: 'a', kind: 'likert' }, { id: 'b', text: 'b', selfText: 'b', kind: 'likert' }] }] };
    const campaign: Campaign = { survey, answers: { self: [], boss: [[4, 4]], peer: [[1, 3], [2, 3], [null, 3]], direct_report: [[4, 4], [5, 4], [4, 4], [5, 4]], other: [] } };
    const report = buildReport({ campaignId: 'c', survey, leaderName: 'Alex', aggregates: aggregate(campaign), comments: [] });
    expect(leaks(campaign, report)).toEqual([]);
    const a = report.items.find((item) => item.id === 'a');
    const unprotected: Report = { ...report, items: report.items.map((item) => (item.id === 'a' ? { ...item, scores: { ...item.scores, direct_report: { n: 4, ratings: 4, mean: 4.5, sd: 0.58, rwg: 0.83, distribution: {} } } } : item)) };
    expect(a?.scores.direct_report).toBeNull();
    expect(a?.scores.others).not.toBeNull();
    expect(leaks(campaign, unprotected)).toEqual(['peer on a (2 raters)']);
  });
});
