import { simulateAnswers, type DemoQuestionnaire } from './simulated-raters';

const questionnaire = (group: string): DemoQuestionnaire => ({
  group: { id: group },
  scale: { points: 5 },
  items: [
    ...['vision', 'communication', 'execution', 'developing-others'].flatMap((themeId) => [1, 2, 3].map((n) => ({ id: `${themeId}.${n}`, themeId, kind: 'likert' }))),
    { id: 'vision.change', themeId: 'vision', kind: 'change' },
  ],
  questions: [
    { id: 'strengths', type: 'text' },
    { id: 'change', type: 'text' },
    { id: 'ssc', type: 'start_stop_continue' },
  ],
});

describe('simulateAnswers', () => {
  it('answers every item with a whole number on its scale or "not observed", and texts within limits', () => {
    for (let seed = 1; seed <= 50; seed += 1) {
      const answers = simulateAnswers(questionnaire(seed % 2 ? 'peer' : 'boss'), seed);
      for (const item of questionnaire('peer').items) {
        const value = answers[item.id];
        if (value === null) continue;
        expect(Number.isInteger(value)).toBe(true);
        if (item.kind === 'change') expect(value).toEqual(expect.any(Number));
        const [min, max] = item.kind === 'change' ? [-3, 3] : [1, 5];
        expect(value as number).toBeGreaterThanOrEqual(min);
        expect(value as number).toBeLessThanOrEqual(max);
      }
      expect(JSON.stringify(answers).length).toBeLessThan(5_000);
      expect(answers.ssc).toEqual({ start: expect.any(String), stop: expect.any(String), continue: expect.any(String) });
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(simulateAnswers(questionnaire('peer'), 7)).toEqual(simulateAnswers(questionnaire('peer'), 7));
    expect(simulateAnswers(questionnaire('peer'), 7)).not.toEqual(simulateAnswers(questionnaire('peer'), 8));
  });

  it('makes the leader rate their own communication well above what others see', () => {
    const mean = (group: string) => {
      const values = Array.from({ length: 30 }, (_, seed) => simulateAnswers(questionnaire(group), seed + 1))
        .flatMap((answers) => [1, 2, 3].map((n) => answers[`communication.${n}`]))
        .filter((value): value is number => typeof value === 'number');
      return values.reduce((a, b) => a + b, 0) / values.length;
    };
    expect(mean('self') - mean('peer')).toBeGreaterThan(1);
  });
});
