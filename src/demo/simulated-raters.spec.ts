import { validateAnswers } from '../responses/answer-validation';
import { buildQuestionnaire } from '../responses/questionnaire';
import { loadShippedSurvey } from '../../test/factories/shipped-survey';
import { type DemoAnswers, type DemoQuestionnaire, partialAnswers, simulateAnswers } from './simulated-raters';

const synthetic = (group: string, points = 5): DemoQuestionnaire => ({
  group: { id: group },
  scale: { points },
  changeScale: { min: -3, max: 3 },
  items: [
    ...['vision', 'communication', 'execution', 'developing-others'].flatMap((themeId) =>
      [1, 2, 3].map((n) => ({ id: `${themeId}.${n}`, themeId, kind: 'likert' })),
    ),
    { id: 'vision.change', themeId: 'vision', kind: 'change' },
  ],
  questions: [
    { id: 'strengths', type: 'text' },
    { id: 'change', type: 'text' },
    { id: 'ssc', type: 'start_stop_continue' },
  ],
});

const seeds = Array.from({ length: 40 }, (_, index) => index + 1);

function meanRating(group: string, itemIds: string[]): number {
  const values = seeds
    .map((seed) => simulateAnswers(synthetic(group), { seed, ordinal: seed }))
    .flatMap((answers) => itemIds.map((id) => answers[id]))
    .filter((value): value is number => typeof value === 'number');
  return values.reduce((total, value) => total + value, 0) / values.length;
}

describe('simulateAnswers', () => {
  it('with a growth profile, lifts the themes the leader worked on and the change others saw there, and nothing else', () => {
    const growth = { communication: 1 };
    const mean = (group: string, itemIds: string[], withGrowth: boolean): number => {
      const values = seeds
        .map((seed) => simulateAnswers(synthetic(group), { seed, ordinal: seed, ...(withGrowth ? { growth } : {}) }))
        .flatMap((answers) => itemIds.map((id) => answers[id]))
        .filter((value): value is number => typeof value === 'number');
      return values.reduce((total, value) => total + value, 0) / values.length;
    };
    const communication = ['communication.1', 'communication.2', 'communication.3'];
    expect(mean('peer', communication, true) - mean('peer', communication, false)).toBeGreaterThan(0.6);
    expect(mean('peer', ['vision.1', 'vision.2'], true)).toBeCloseTo(mean('peer', ['vision.1', 'vision.2'], false), 5);
    const change = (profile: Record<string, number>) =>
      seeds
        .map((seed) => simulateAnswers(synthetic('peer'), { seed, ordinal: seed, growth: profile })['vision.change'])
        .filter((value): value is number => typeof value === 'number');
    const average = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    expect(average(change({ vision: 1 }))).toBeGreaterThan(average(change({ vision: 0 })) + 1);
  });

  it('gives answers the API accepts, for every group of leadership-360 and many seeds', () => {
    const survey = loadShippedSurvey('leadership-360');
    for (const group of survey.groups) {
      const questionnaire = buildQuestionnaire({ survey, groupId: group.id, leaderName: 'Alex Morgan', closesAt: null, draft: null });
      for (const seed of seeds) {
        const answers = simulateAnswers(questionnaire, { seed, ordinal: seed % 4 });
        expect(validateAnswers(survey, group.id, { answers }, 'submit')).toEqual(expect.objectContaining({ ok: true }));
      }
    }
  });

  it('rates every item with a whole number on its scale, or null for "not observed", and writes texts within 5,000 characters', () => {
    for (const points of [5, 7]) {
      for (const seed of seeds) {
        const questionnaire = synthetic(seed % 2 ? 'peer' : 'other', points);
        const answers = simulateAnswers(questionnaire, { seed, ordinal: seed });
        for (const item of questionnaire.items) {
          const value = answers[item.id];
          if (value === null) continue;
          const [min, max] = item.kind === 'change' ? [-3, 3] : [1, points];
          expect(Number.isInteger(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(min);
          expect(value).toBeLessThanOrEqual(max);
        }
        const texts = Object.values(answers).flatMap((value) =>
          typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value) : [],
        );
        for (const text of texts) expect(text.length).toBeLessThanOrEqual(5_000);
      }
    }
  });

  it('leaves some items "not observed" across a team, never for the leader', () => {
    const nulls = (group: string) =>
      seeds.flatMap((seed) => Object.values(simulateAnswers(synthetic(group), { seed, ordinal: seed }))).filter((value) => value === null).length;
    expect(nulls('other')).toBeGreaterThan(0);
    expect(nulls('self')).toBe(0);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(simulateAnswers(synthetic('peer'), { seed: 7, ordinal: 1 })).toEqual(simulateAnswers(synthetic('peer'), { seed: 7, ordinal: 1 }));
    expect(simulateAnswers(synthetic('peer'), { seed: 7, ordinal: 1 })).not.toEqual(simulateAnswers(synthetic('peer'), { seed: 8, ordinal: 1 }));
  });

  it('tells the sample story: the leader rates their communication far above what others see, and others see strong execution and weak development of people', () => {
    const communication = ['communication.1', 'communication.2', 'communication.3'];
    expect(meanRating('self', communication) - meanRating('peer', communication)).toBeGreaterThan(1);
    expect(meanRating('direct_report', ['execution.1', 'execution.2', 'execution.3'])).toBeGreaterThan(4);
    expect(meanRating('direct_report', ['developing-others.1', 'developing-others.2', 'developing-others.3'])).toBeLessThan(3);
  });

  it('gives two raters of one group different comments', () => {
    const first = simulateAnswers(synthetic('peer'), { seed: 1, ordinal: 0 });
    const second = simulateAnswers(synthetic('peer'), { seed: 1, ordinal: 1 });
    expect(first.strengths).not.toEqual(second.strengths);
  });
});

describe('partialAnswers', () => {
  it('keeps the first answers in form order', () => {
    const answers: DemoAnswers = { a: 1, b: null, c: 'text' };
    expect(partialAnswers(answers, 2)).toEqual({ a: 1, b: null });
  });
});
