import { defaultClassificationRules } from '../surveys/survey-parser';
import { classifyThemes, type ThemeStanding } from './theme-classification';
import { selectPriorities } from './priority-selection';

const rules = defaultClassificationRules(5);
const standing = (themeId: string, othersMean: number | null, selfMean: number | null, othersAgreement: number | null = 0.8): ThemeStanding => ({ themeId, othersMean, selfMean, othersAgreement });
const labels = (standings: ThemeStanding[]) => Object.fromEntries(classifyThemes(standings, rules).map((entry) => [entry.themeId, entry.classification]));

describe('classifyThemes (defaults for a 1-5 scale)', () => {
  // Six themes: the top third is the two highest by others, the bottom third the two lowest.
  const six = (overrides: Partial<Record<string, [number, number | null, number?]>> = {}): ThemeStanding[] =>
    Object.entries({ a: [4.5, 4.4], b: [4.2, 4.2], c: [3.8, 3.9], d: [3.6, 3.5], e: [3.2, 3.3], f: [3.0, 3.1], ...overrides }).map(([id, [others, self, agreement]]) => standing(id, others, self, agreement ?? 0.8));

  it('labels the top third with agreement as strengths and the bottom third as development areas', () => {
    expect(labels(six())).toEqual({ a: 'strength', b: 'strength', c: 'neutral', d: 'neutral', e: 'development_area', f: 'development_area' });
  });

  it('needs agreement (rwg >= 0.5) for a strength', () => {
    expect(labels(six({ a: [4.5, 4.4, 0.4] })).a).toBe('neutral');
  });

  it('finds a blind spot when self exceeds others by more than a third of the range, wherever the theme ranks', () => {
    expect(labels(six({ c: [3.8, 5.2] })).c).toBe('blind_spot');
    expect(labels(six({ c: [3.8, 5.13] })).c).toBe('neutral');
  });

  it('finds a blind spot from a gap of 0.75 when others put the theme in their bottom third', () => {
    expect(labels(six({ e: [3.2, 3.95] })).e).toBe('blind_spot');
    expect(labels(six({ e: [3.2, 3.9] })).e).toBe('development_area');
    expect(labels(six({ c: [3.8, 4.6] })).c).toBe('neutral');
  });

  it('finds hidden strengths as the mirror image, and blind spots take precedence over strengths', () => {
    expect(labels(six({ d: [3.6, 2.2] })).d).toBe('hidden_strength');
    expect(labels(six({ a: [4.5, 3.75] })).a).toBe('hidden_strength');
    expect(labels(six({ a: [4.5, 3.8] })).a).toBe('strength');
  });

  it('explains each label with the numbers and stays neutral without ratings from others', () => {
    const [blind] = classifyThemes([standing('a', 3.1, 4.6), standing('b', 4, 4), standing('c', 4.2, 4)], rules);
    expect(blind.reason).toBe('Self 4.60 vs others 3.10 (gap +1.50): self exceeds others by more than 1.33.');
    expect(classifyThemes([standing('a', null, 4)], rules)[0]).toEqual({ themeId: 'a', classification: 'neutral', reason: 'Not enough ratings from others to classify this theme.' });
  });
});

describe('selectPriorities', () => {
  const candidate = (themeId: string, classification: 'blind_spot' | 'development_area' | 'neutral' | 'strength', othersMean: number, selfMean: number) => ({ themeId, title: themeId.toUpperCase(), classification, othersMean, selfMean, othersAgreement: 0.7, comments: 2 });

  it('proposes blind spots first (largest gap), then the lowest-rated themes, with the evidence', () => {
    const priorities = selectPriorities(
      [candidate('a', 'strength', 4.5, 4.5), candidate('b', 'development_area', 3.0, 3.2), candidate('c', 'blind_spot', 3.4, 4.9), candidate('d', 'blind_spot', 3.3, 4.7), candidate('e', 'neutral', 3.1, 3.1)],
      3,
    );
    expect(priorities.map((priority) => priority.themeId)).toEqual(['c', 'd', 'b']);
    expect(priorities[0].reason).toBe('C: A blind spot: the leader sees this theme more favourably than others do. Evidence: others rate it 3.40, self 4.90 (gap +1.50), agreement rwg 0.70, 2 comments.');
  });

  it('always proposes two or three themes when others rated enough of them', () => {
    expect(selectPriorities([candidate('a', 'strength', 4.5, 4.5), candidate('b', 'strength', 4.4, 4.4), candidate('c', 'strength', 4.3, 4.3)], 1)).toHaveLength(2);
  });
});
