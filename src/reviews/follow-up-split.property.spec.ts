import fc from 'fast-check';
import { Span } from '../../test/utils/linear-span';
import { splitLeaks } from './follow-up-split';

/**
 * The differencing attack on the follow-up split, by exact linear algebra and independently of
 * splitLeaks' own reasoning. Unknowns ("atoms") are the raters of each cohort in each side (and
 * those who did not answer the follow-up). Every cohort's total is taken as published (more than
 * any report shows), and the split publishes both sides' totals; the attacker also knows which
 * atoms are empty. Whenever splitLeaks lets the split be shown, no set of fewer than a threshold
 * of raters may lie in the span, unless it is a union of whole cohorts (the reports' own rules).
 */
const CATEGORIES = ['followed-up', 'not-followed-up', 'unknown'] as const;
type Cohort = Record<(typeof CATEGORIES)[number], number>;

const cohorts: fc.Arbitrary<Cohort[]> = fc.array(fc.record({ 'followed-up': fc.nat(4), 'not-followed-up': fc.nat(4), unknown: fc.nat(2) }), {
  minLength: 1,
  maxLength: 3,
});

function smallDerivableSets(list: readonly Cohort[], threshold: number): string[] {
  const atoms = list.flatMap((cohort, index) => CATEGORIES.map((category) => ({ index, category, raters: cohort[category] })));
  const vector = (member: (atom: (typeof atoms)[number]) => boolean): bigint[] => atoms.map((atom) => (member(atom) ? 1n : 0n));
  const known = new Span();
  for (const atom of atoms.filter((candidate) => candidate.raters === 0)) known.add(vector((other) => other === atom));
  list.forEach((_, index) => known.add(vector((atom) => atom.index === index)));
  known.add(vector((atom) => atom.category === 'followed-up'));
  known.add(vector((atom) => atom.category === 'not-followed-up'));
  const found: string[] = [];
  const present = atoms.filter((atom) => atom.raters > 0);
  for (let mask = 1; mask < 2 ** present.length; mask += 1) {
    const chosen = present.filter((_, bit) => (mask >> bit) & 1);
    const raters = chosen.reduce((total, atom) => total + atom.raters, 0);
    const wholeCohorts = list.every((_, index) => {
      const inCohort = present.filter((atom) => atom.index === index);
      const taken = inCohort.filter((atom) => chosen.includes(atom)).length;
      return taken === 0 || taken === inCohort.length;
    });
    if (raters < threshold && !wholeCohorts && known.contains(vector((atom) => chosen.includes(atom))))
      found.push(chosen.map((atom) => `${atom.category}@${atom.index}`).join('+'));
  }
  return found;
}

describe('the follow-up split against differencing', () => {
  it('is only let through when no set of fewer than a threshold of raters can be derived', () => {
    fc.assert(
      fc.property(cohorts, fc.integer({ min: 2, max: 4 }), (list, threshold) => {
        if (!splitLeaks(list, threshold)) expect(smallDerivableSets(list, threshold)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('catches the classic attack: one cohort all followed up, the next with one rater who was', () => {
    const list = [
      { 'followed-up': 3, 'not-followed-up': 0, unknown: 0 },
      { 'followed-up': 1, 'not-followed-up': 3, unknown: 0 },
    ];
    expect(smallDerivableSets(list, 3)).toEqual(['followed-up@1']);
    expect(splitLeaks(list, 3)).toBe(true);
  });
});
