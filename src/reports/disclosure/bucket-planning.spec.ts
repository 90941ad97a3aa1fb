import fc from 'fast-check';
import type { RaterGroupId, SurveyGroup } from '../../surveys/survey.types';
import { type BucketPlan, groupsKeptTogether, planBuckets } from './bucket-planning';

const groups: SurveyGroup[] = [
  { id: 'self', label: 'Self', anonymous: false, minResponses: 1 },
  { id: 'boss', label: 'Manager', anonymous: false, minResponses: 1 },
  { id: 'peer', label: 'Peers', anonymous: true, minResponses: 3 },
  { id: 'direct_report', label: 'Direct reports', anonymous: true, minResponses: 3 },
  { id: 'other', label: 'Others', anonymous: true, minResponses: 3 },
];
const withThresholds = (thresholds: Partial<Record<RaterGroupId, number>>): SurveyGroup[] =>
  groups.map((group) => ({ ...group, minResponses: thresholds[group.id] ?? group.minResponses }));

/** "id:responses:shown:threshold" per bucket, in report order. */
const summary = (plan: BucketPlan): string[] =>
  plan.buckets.map((bucket) => `${bucket.id}:${bucket.responses}:${bucket.shown ? 'shown' : 'hidden'}:${bucket.threshold}`);

describe('planBuckets', () => {
  it('counts interviews apart: a group needs its threshold of rater answers, or none, besides all its answers', () => {
    // Peers: two raters and two interviews. Direct reports: three interviews and no rater.
    const plan = planBuckets(groups, { boss: 1, peer: 4, direct_report: 3, other: 4 }, [], { peer: 2, direct_report: 3 });
    // The direct reports' interviews alone make a bucket, but merged with the peers they add no
    // rater answer: the peers need the others too.
    expect(summary(plan)).toEqual(['boss:1:shown:1', 'peer+direct_report+other:11:shown:3']);
    expect(summary(planBuckets(groups, { boss: 1, peer: 3, direct_report: 3, other: 4 }, [], { direct_report: 3 }))).toEqual([
      'boss:1:shown:1',
      'peer:3:shown:3',
      'direct_report:3:shown:3',
      'other:4:shown:3',
    ]);
    // The note says the group waits; readers see it too, so it says nothing of interviews.
    const alone = planBuckets(
      withThresholds({}).filter((group) => group.id !== 'direct_report' && group.id !== 'other'),
      { peer: 4 },
      [],
      { peer: 2 },
    );
    expect(summary(alone)).toEqual(['boss:0:hidden:1', 'peer:4:hidden:3']);
    expect(alone.mergeNotes).toEqual(['Peers (4 answers) are counted only within all others, until more of them have answered.']);
  });

  it('gives every group that meets its threshold a bucket of its own, and never self', () => {
    const plan = planBuckets(groups, { self: 1, boss: 1, peer: 4, direct_report: 3, other: 3 });
    expect(summary(plan)).toEqual(['boss:1:shown:1', 'peer:4:shown:3', 'direct_report:3:shown:3', 'other:3:shown:3']);
    expect(plan.buckets.map((bucket) => [bucket.label, bucket.anonymous, bucket.groups])).toEqual([
      ['Manager', false, ['boss']],
      ['Peers', true, ['peer']],
      ['Direct reports', true, ['direct_report']],
      ['Others', true, ['other']],
    ]);
    expect(plan.hiddenGroups).toEqual([]);
    expect(plan.mergeNotes).toEqual([]);
  });

  it('shows an identified group from one answer, and never merges it with small anonymous groups', () => {
    const plan = planBuckets(groups, { boss: 1, peer: 1, direct_report: 1, other: 1 });
    expect(summary(plan)).toEqual(['boss:1:shown:1', 'peer+direct_report+other:3:shown:3']);
    expect(plan.buckets[1].label).toBe('Peers, direct reports and others');
  });

  it('merges two small groups together when together they meet the threshold', () => {
    const plan = planBuckets(groups, { boss: 1, peer: 5, direct_report: 2, other: 1 });
    expect(summary(plan)).toEqual(['boss:1:shown:1', 'peer:5:shown:3', 'direct_report+other:3:shown:3']);
    expect(plan.buckets[2]).toMatchObject({ label: 'Direct reports and others', groups: ['direct_report', 'other'], anonymous: true });
    expect(plan.mergeNotes).toEqual(['Direct reports and others are shown together so that no group of fewer than 3 can be singled out.']);
  });

  it('merges a remainder still too small into the smallest shown bucket', () => {
    const plan = planBuckets(groups, { peer: 6, direct_report: 4, other: 2 });
    expect(summary(plan)).toEqual(['boss:0:hidden:1', 'peer:6:shown:3', 'direct_report+other:6:shown:3']);
    expect(plan.mergeNotes).toEqual(['Direct reports and others are shown together so that no group of fewer than 3 can be singled out.']);
    // Equal sizes: the first in survey order takes the remainder.
    expect(summary(planBuckets(groups, { peer: 4, direct_report: 4, other: 1 }))).toContain('peer+other:5:shown:3');
  });

  it('merges in survey order, whatever order the groups were counted in', () => {
    const plan = planBuckets(groups, { other: 2, peer: 1 });
    expect(plan.buckets.map((bucket) => bucket.id)).toEqual(['boss', 'peer+other', 'direct_report']);
    expect(plan.buckets[1].label).toBe('Peers and others');
  });

  it('hides the small groups, counted only inside "others", when no anonymous bucket can be shown', () => {
    const plan = planBuckets(groups, { boss: 1, peer: 1, other: 1 });
    expect(summary(plan)).toEqual(['boss:1:shown:1', 'peer+other:2:hidden:3', 'direct_report:0:hidden:3']);
    expect(plan.hiddenGroups).toEqual(['peer', 'other']);
    expect(plan.mergeNotes).toEqual(['Peers and others (2 answers) are counted only within all others, as fewer than 3 answered.']);
    expect(planBuckets(groups, { direct_report: 1 }).mergeNotes).toEqual([
      'Direct reports (1 answer) are counted only within all others, as fewer than 3 answered.',
    ]);
  });

  it('holds a merged bucket to the largest threshold of its groups', () => {
    const strict = withThresholds({ other: 5 });
    expect(summary(planBuckets(strict, { peer: 3, other: 2 }))).toEqual(['boss:0:hidden:1', 'peer+other:5:shown:5', 'direct_report:0:hidden:3']);
    expect(planBuckets(strict, { peer: 3, other: 2 }).mergeNotes).toEqual([
      'Peers and others are shown together so that no group of fewer than 5 can be singled out.',
    ]);
  });

  it('keeps absorbing buckets when the remainder asks for more than the smallest bucket offers', () => {
    // Others need 5: Peers (3) + Others (1) = 4 is not enough, so Direct reports join too.
    const strict = withThresholds({ other: 5 });
    expect(summary(planBuckets(strict, { peer: 3, direct_report: 3, other: 1 }))).toEqual(['boss:0:hidden:1', 'peer+direct_report+other:7:shown:5']);
    // Even everyone together is too few: nothing anonymous can be shown.
    const none = planBuckets(strict, { peer: 3, other: 1 });
    expect(summary(none)).toEqual(['boss:0:hidden:1', 'peer+other:4:hidden:5', 'direct_report:0:hidden:3']);
    expect(none.hiddenGroups).toEqual(['peer', 'other']);
    expect(none.mergeNotes).toEqual(['Peers and others (4 answers) are counted only within all others, as fewer than 5 answered.']);
  });

  it('lists groups nobody answered as empty buckets that are not shown, so the coach sees who is missing', () => {
    const plan = planBuckets(groups, { peer: 3 });
    expect(summary(plan)).toEqual(['boss:0:hidden:1', 'peer:3:shown:3', 'direct_report:0:hidden:3', 'other:0:hidden:3']);
    expect(plan.hiddenGroups).toEqual([]);
    expect(planBuckets(groups, {}).buckets.every((bucket) => !bucket.shown && bucket.responses === 0)).toBe(true);
  });

  it('treats a boss declared anonymous like any anonymous group', () => {
    const anonymousBoss = groups.map((group) => (group.id === 'boss' ? { ...group, anonymous: true, minResponses: 3 } : group));
    expect(summary(planBuckets(anonymousBoss, { boss: 1, peer: 4 }))).toEqual(['boss+peer:5:shown:3', 'direct_report:0:hidden:3', 'other:0:hidden:3']);
  });

  it('keeps its promises for any group sizes and thresholds', () => {
    const arbitrary = fc.record({
      thresholds: fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 })),
      sizes: fc.tuple(fc.nat(2), fc.nat(8), fc.nat(8), fc.nat(8)),
    });
    fc.assert(
      fc.property(arbitrary, ({ thresholds: [peer, directReport, other], sizes }) => {
        const survey = withThresholds({ peer, direct_report: directReport, other });
        const responses = { self: 1, boss: sizes[0], peer: sizes[1], direct_report: sizes[2], other: sizes[3] };
        const plan = planBuckets(survey, responses);
        const minOf = (id: RaterGroupId): number => survey.find((group) => group.id === id)?.minResponses ?? 0;
        // Every group but self is in exactly one bucket, and a bucket counts its groups' answers.
        expect(plan.buckets.flatMap((bucket) => bucket.groups).sort()).toEqual(['boss', 'direct_report', 'other', 'peer']);
        for (const bucket of plan.buckets) {
          expect(bucket.id).toBe(bucket.groups.join('+'));
          expect(bucket.responses).toBe(bucket.groups.reduce((total, id) => total + responses[id], 0));
          expect(bucket.threshold).toBe(Math.max(...bucket.groups.map(minOf)));
          if (bucket.anonymous && bucket.shown) expect(bucket.responses).toBeGreaterThanOrEqual(bucket.threshold);
          if (!bucket.anonymous) expect(bucket.shown).toBe(bucket.responses >= 1);
          if (bucket.groups.length > 1) expect(bucket.anonymous).toBe(true);
        }
        // A group that meets its threshold is never hidden; hiding happens only when no anonymous bucket is shown.
        const answered = (['peer', 'direct_report', 'other'] as const).filter((id) => responses[id] > 0);
        if (plan.hiddenGroups.length > 0) {
          expect(plan.buckets.some((bucket) => bucket.anonymous && bucket.shown)).toBe(false);
          expect(plan.hiddenGroups).toEqual(answered);
          expect(answered.reduce((total, id) => total + responses[id], 0)).toBeLessThan(Math.max(...answered.map(minOf)));
        } else {
          for (const id of answered) expect(plan.buckets.find((bucket) => bucket.groups.includes(id))?.shown).toBe(true);
        }
        // Groups that each meet their own threshold are merged only to carry a small group.
        for (const bucket of plan.buckets.filter((candidate) => candidate.groups.length > 1)) {
          expect(bucket.groups.some((id) => responses[id] > 0 && responses[id] < minOf(id))).toBe(true);
        }
        // One note per merged shown bucket, and one for the hidden groups.
        expect(plan.mergeNotes).toHaveLength(
          plan.buckets.filter((bucket) => bucket.groups.length > 1 && bucket.shown).length + (plan.hiddenGroups.length > 0 ? 1 : 0),
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('planBuckets across report versions', () => {
  it('keeps groups an earlier version merged together, even once each could stand alone', () => {
    const first = planBuckets(groups, { boss: 1, peer: 4, other: 2, direct_report: 4 });
    expect(first.buckets.filter((bucket) => bucket.shown).map((bucket) => bucket.id)).toEqual(['boss', 'peer+other', 'direct_report']);
    const later = { boss: 1, peer: 7, other: 2, direct_report: 4 };
    // Alone, the others would now join the direct reports: "peers and others" minus "peers" would give them away.
    expect(
      planBuckets(groups, later)
        .buckets.filter((bucket) => bucket.shown)
        .map((bucket) => bucket.id),
    ).toEqual(['boss', 'peer', 'direct_report+other']);
    expect(
      planBuckets(groups, later, groupsKeptTogether(first.buckets))
        .buckets.filter((bucket) => bucket.shown)
        .map((bucket) => bucket.id),
    ).toEqual(['boss', 'peer+other', 'direct_report']);
  });
});
