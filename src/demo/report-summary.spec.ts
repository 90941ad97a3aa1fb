import { comment, priorityFactory, reportFactory, reportThemeFactory as theme, suggestion } from '../../test/factories/report.factory';
import type { Report } from '../reports/assembly/report.types';
import { summariseReport } from './report-summary';

const cell = (mean: number) => ({ n: 5, ratings: 15, mean, sd: 0.5, ci90: null });

const fixture = (): Report =>
  reportFactory({
    campaignId: '6f1c0d7e-0000-4000-8000-000000000000',
    surveyId: 'leadership-360',
    leader: 'Alex Morgan',
    aggregatedResponses: 11,
    buckets: [
      { id: 'boss', label: 'Manager', groups: ['boss'], responses: 1, shown: true, anonymous: false },
      { id: 'peer+other', label: 'Peers and others', groups: ['peer', 'other'], responses: 5, shown: true, anonymous: true },
      { id: 'direct_report', label: 'Direct reports', groups: ['direct_report'], responses: 4, shown: true, anonymous: true },
    ],
    mergeNotes: ['Others (2) are shown together with Peers so that no group below 3 answers can be singled out.'],
    themes: [
      theme({
        id: 'vision',
        title: 'Vision and direction',
        scores: { self: cell(4.25), others: cell(4.1) },
        gap: 0.15,
        classification: 'strength',
        comments: [comment('A clear sense of direction.', 'peer+other')],
      }),
      theme({
        id: 'communication',
        title: 'Communication and listening',
        scores: { self: cell(4.5), others: cell(3.08) },
        gap: 1.42,
        classification: 'blind_spot',
        comments: [
          comment('I communicate clearly.', 'self'),
          comment(
            `Listen more in meetings. ${'Alex often interrupts before people have finished, and the discussion ends before it has started. '.repeat(3)}`,
            'direct_report',
          ),
        ],
      }),
      theme({
        id: 'developing-others',
        title: 'Developing others',
        scores: { self: cell(3.4), others: cell(2.8) },
        gap: 0.6,
        classification: 'development_area',
        comments: [comment('Delegate real decisions.', null)],
      }),
      theme({
        id: 'composure',
        title: 'Composure',
        scores: { self: cell(3), others: null },
        classification: 'neutral',
        comments: [comment('I stay calm.', 'self')],
      }),
    ],
    items: [],
    unthemedComments: [],
    startStopContinue: {
      start: [suggestion('Start delegating whole projects.', ['developing-others'])],
      stop: [],
      continue: [suggestion('Continue the strategy sessions.', ['vision'])],
    },
    priorities: [
      priorityFactory({ themeId: 'communication', reason: 'Communication and listening: a blind spot.' }),
      priorityFactory({ themeId: 'developing-others', reason: 'Developing others: a development area.' }),
    ],
  });

describe('summariseReport', () => {
  it('prints the shown groups and merge notes, a theme table, the priorities and a few comments, priority themes first', () => {
    expect(summariseReport(fixture())).toEqual([
      'Themed report for Alex Morgan: 11 answers aggregated',
      'Rater groups shown: Manager (1), Peers and others (5), Direct reports (4)',
      '  Others (2) are shown together with Peers so that no group below 3 answers can be singled out.',
      '',
      '  Theme                         Self Others    Gap  Classification',
      '  Vision and direction          4.25   4.10  +0.15  strength',
      '  Communication and listening   4.50   3.08  +1.42  BLIND SPOT',
      '  Developing others             3.40   2.80  +0.60  development area',
      '  Composure                     3.00      -      -  neutral',
      '',
      'Priorities for the development program:',
      '  1. Communication and listening: a blind spot.',
      '  2. Developing others: a development area.',
      '',
      'A few comments (grouped by theme, without names):',
      '  [Communication and listening, Direct reports] "Listen more in meetings. Alex often interrupts before people have finished, and the discussion ends before it has started. Alex often interrupts before people have finished, and the discussion ends..."',
      '  [Developing others] "Delegate real decisions."',
      '  [Vision and direction, Peers and others] "A clear sense of direction."',
      '  [Composure, Alex Morgan (self)] "I stay calm."',
      'Start/stop/continue: 1 start, 0 stop, 1 continue suggestions, e.g. "Start delegating whole projects."',
    ]);
  });

  it('says so when nothing can be shown yet', () => {
    const empty: Report = {
      ...fixture(),
      aggregatedResponses: 0,
      buckets: [],
      mergeNotes: [],
      themes: [],
      priorities: [],
      startStopContinue: { start: [], stop: [], continue: [] },
    };
    expect(summariseReport(empty)).toEqual([
      'Themed report for Alex Morgan: 0 answers aggregated',
      'Rater groups shown: none yet',
      '',
      '  Theme   Self Others    Gap  Classification',
      '',
      'Priorities for the development program:',
      '  none yet',
    ]);
  });
});
