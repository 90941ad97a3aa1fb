import type { Report } from '../reports/report.types';
import { summariseReport } from './report-summary';

const cell = (mean: number) => ({ n: 5, ratings: 10, mean, sd: 0.5 });
const report: Report = {
  campaignId: 'c',
  surveyId: 'leadership-360',
  leader: 'Alex Morgan',
  aggregatedResponses: 11,
  buckets: [
    { id: 'boss', label: 'Manager', groups: ['boss'], responses: 1, shown: true, anonymous: false },
    { id: 'peer+other', label: 'Peers and others', groups: ['peer', 'other'], responses: 5, shown: true, anonymous: true },
    { id: 'direct_report', label: 'Direct reports', groups: ['direct_report'], responses: 0, shown: false, anonymous: true },
  ],
  mergeNotes: ['Peers and others are shown together so that no group of fewer than 3 can be singled out.'],
  themes: [
    { id: 'communication', title: 'Communication', scores: { self: cell(4.6), others: cell(3.1) }, gap: 1.5, classification: 'blind_spot', classificationReason: 'r', agreement: 0.6, comments: [{ text: 'Listen more', bucket: 'peer+other' }] },
    { id: 'execution', title: 'Execution', scores: { self: null, others: null }, gap: null, classification: 'neutral', classificationReason: 'r', agreement: null, comments: [] },
  ],
  items: [],
  unthemedComments: [],
  startStopContinue: { start: [], stop: [], continue: [] },
  priorities: [{ themeId: 'communication', reason: 'Communication: A blind spot.' }],
};

describe('summariseReport', () => {
  it('prints groups, a theme table, priorities and comments', () => {
    expect(summariseReport(report)).toEqual([
      'Themed report for Alex Morgan: 11 answers aggregated',
      'Rater groups shown: Manager (1), Peers and others (5)',
      '  Peers and others are shown together so that no group of fewer than 3 can be singled out.',
      '',
      '  Theme           Self Others    Gap  Classification',
      '  Communication   4.60   3.10  +1.50  BLIND SPOT',
      '  Execution          -      -      -  neutral',
      '',
      'Priorities for the development program:',
      '  1. Communication: A blind spot.',
      '',
      'A few comments:',
      '  [Communication] "Listen more"',
    ]);
  });
});
