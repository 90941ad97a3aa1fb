import type { SurveyGroup } from '../surveys/survey.types';
import { planBuckets } from './bucket-planning';

const groups: SurveyGroup[] = [
  { id: 'self', label: 'Self', anonymous: false, minResponses: 1 },
  { id: 'boss', label: 'Manager', anonymous: false, minResponses: 1 },
  { id: 'peer', label: 'Peers', anonymous: true, minResponses: 3 },
  { id: 'direct_report', label: 'Direct reports', anonymous: true, minResponses: 3 },
  { id: 'other', label: 'Others', anonymous: true, minResponses: 3 },
];

const shown = (plan: ReturnType<typeof planBuckets>) => plan.buckets.filter((bucket) => bucket.shown).map((bucket) => `${bucket.id}:${bucket.responses}`);

describe('planBuckets', () => {
  it('gives every group that meets its threshold a bucket of its own, and never self', () => {
    const plan = planBuckets(groups, { self: 1, boss: 1, peer: 4, direct_report: 3, other: 3 });
    expect(shown(plan)).toEqual(['boss:1', 'peer:4', 'direct_report:3', 'other:3']);
    expect(plan.mergeNotes).toEqual([]);
    expect(plan.buckets.find((bucket) => bucket.id === 'boss')).toMatchObject({ anonymous: false, label: 'Manager' });
  });

  it('merges two small groups together when together they meet the threshold', () => {
    const plan = planBuckets(groups, { boss: 1, peer: 5, direct_report: 2, other: 1 });
    expect(shown(plan)).toEqual(['boss:1', 'peer:5', 'direct_report+other:3']);
    expect(plan.buckets.find((bucket) => bucket.id === 'direct_report+other')?.label).toBe('Direct reports and others');
    expect(plan.mergeNotes).toEqual(['Direct reports and others are shown together so that no group of fewer than 3 can be singled out.']);
  });

  it('merges a remainder still too small into the smallest bucket that can be shown', () => {
    const plan = planBuckets(groups, { peer: 6, direct_report: 4, other: 2 });
    expect(shown(plan)).toEqual(['peer:6', 'direct_report+other:6']);
  });

  it('hides the groups, counted only inside "others", when no anonymous bucket can be shown', () => {
    const plan = planBuckets(groups, { boss: 1, peer: 1, other: 1 });
    expect(shown(plan)).toEqual(['boss:1']);
    expect(plan.buckets.find((bucket) => bucket.id === 'peer+other')).toMatchObject({ shown: false, responses: 2 });
    expect(plan.mergeNotes).toEqual(['Peers and others (2 answers) are counted only within all others, as fewer than 3 answered.']);
  });

  it('uses the largest threshold of merged groups', () => {
    const strict: SurveyGroup[] = groups.map((group) => (group.id === 'other' ? { ...group, minResponses: 5 } : group));
    const plan = planBuckets(strict, { peer: 3, other: 2 });
    // peer (3) + other (2) = 5 meets the stricter threshold of 5.
    expect(shown(plan)).toEqual(['peer+other:5']);
    expect(plan.buckets.find((bucket) => bucket.id === 'peer+other')?.threshold).toBe(5);
    const tooFew = planBuckets(strict, { peer: 3, other: 1 });
    expect(shown(tooFew)).toEqual([]);
  });

  it('lists groups nobody answered as empty buckets that are not shown', () => {
    const plan = planBuckets(groups, { peer: 3 });
    expect(plan.buckets.map((bucket) => `${bucket.id}:${bucket.shown}`)).toEqual(['boss:false', 'peer:true', 'direct_report:false', 'other:false']);
  });
});
