import type { Report, ScoreCell } from '../../src/reports/assembly/report.types';
import type { Practice } from '../../src/surveys/survey.types';
import { priorityFactory, reportFactory, reportThemeFactory } from './report.factory';

export const cell = (mean: number, n = 6): ScoreCell => ({ n, ratings: n * 5, mean, sd: 0.8, ci90: null });

/** A released baseline: communication is a blind spot, developing others a development area, vision withheld. */
export function baselineReport(overrides: Partial<Report> = {}): Report {
  return reportFactory({
    version: { number: 2, createdAt: '2026-01-10T10:00:00.000Z', releasedAt: '2026-01-11T10:00:00.000Z' },
    themes: [
      reportThemeFactory({ id: 'vision', title: 'Vision and direction', scores: { others: null, self: cell(4, 1) } }),
      reportThemeFactory({
        id: 'communication',
        title: 'Communication and listening',
        classification: 'blind_spot',
        scores: { others: cell(3.04), self: cell(4.6, 1) },
      }),
      reportThemeFactory({
        id: 'developing-others',
        title: 'Developing others',
        classification: 'development_area',
        scores: { others: cell(2.8, 5), self: cell(3.4, 1) },
      }),
      reportThemeFactory({ id: 'execution', title: 'Execution and results', classification: 'strength', scores: { others: cell(4.8), self: cell(4.2, 1) } }),
    ],
    priorities: [
      priorityFactory({ themeId: 'communication', title: 'Communication and listening', classification: 'blind_spot', reason: 'A blind spot' }),
      priorityFactory({ themeId: 'vision', title: 'Vision and direction', reason: 'Withheld' }),
      priorityFactory({ themeId: 'developing-others', title: 'Developing others', classification: 'development_area', reason: 'A development area' }),
    ],
    ...overrides,
  });
}

const entry = (id: string, kind: Practice['kind'], themes: string[], extra: Partial<Practice> = {}): Practice => ({
  id,
  title: `Title of ${id}`,
  kind,
  themes,
  howTo: `How to do ${id} this week`,
  ...extra,
});

export const LIBRARY: Practice[] = [
  entry('listen-summarize', 'practice', ['communication', 'self-awareness']),
  entry('speak-last', 'practice', ['communication', 'developing-others', 'decisions']),
  entry('listening-tour', 'exercise', ['communication', 'collaboration']),
  entry('read-crucial', 'reading', ['communication', 'composure'], { source: 'Patterson et al., "Crucial Conversations"' }),
  entry('delegate-decision', 'practice', ['developing-others']),
  entry('delegation-map', 'exercise', ['developing-others', 'execution']),
  entry('read-multipliers', 'reading', ['developing-others'], { source: 'Liz Wiseman, "Multipliers"' }),
  entry('thinking-time', 'practice', ['vision', 'composure'], { minutesPerWeek: 90 }),
];
