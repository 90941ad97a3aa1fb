import { comment, reportFactory, suggestion } from '../../../test/factories/report.factory';
import { neutraliseFormula, reportToCsv } from './report-csv';

const report = reportFactory({
  campaignId: 'c',
  surveyId: 's',
  leader: 'Alex',
  aggregatedResponses: 5,
  buckets: [{ id: 'peer', label: '=HYPERLINK("http://evil")', groups: ['peer'], responses: 4, shown: true, anonymous: true }],
  mergeNotes: [],
  themes: [
    {
      id: 'communication',
      title: 'Communication, "listening" & clarity',
      scores: { peer: { n: 4, ratings: 8, mean: 3.25, sd: 0.71, ci90: null }, self: { n: 1, ratings: 2, mean: 4.5, sd: 0.71, ci90: null }, others: null },
      gap: null,
      gapInterval: null,
      gapReliable: null,
      classification: 'neutral',
      classificationReason: 'r',
      agreement: null,
      comments: [comment('Secret comment', 'peer')],
    },
  ],
  items: [
    {
      id: 'communication.listens',
      themeId: 'communication',
      text: '@SUM(1+1) listens\nwell',
      scores: { peer: { n: 4, ratings: 4, mean: 3, sd: 0.82, ci90: null, rwg: 0.67, distribution: { '3': 2 } }, others: null },
    },
  ],
  unthemedComments: [comment('Another secret', null)],
  startStopContinue: { start: [suggestion('Secret start', [])], stop: [], continue: [] },
  priorities: [],
});

describe('reportToCsv', () => {
  const csv = reportToCsv(report);
  const lines = csv.split('\r\n');

  it('lists the shown aggregate figures only, one row per theme or item and bucket', () => {
    expect(lines[0]).toBe('"level","theme_id","theme","item_id","item","bucket","n","ratings","mean","sd","rwg"');
    expect(lines[1]).toBe('"theme","communication","Communication, ""listening"" & clarity","","","\'=HYPERLINK(""http://evil"")",4,8,3.25,0.71,');
    expect(lines[2]).toBe('"theme","communication","Communication, ""listening"" & clarity","","","Self",1,2,4.5,0.71,');
    expect(csv).not.toContain('All others');
    expect(csv).not.toMatch(/secret/i);
  });

  it('quotes per RFC 4180, keeping line breaks inside a quoted cell, and neutralises formulas', () => {
    expect(csv).toContain('"\'@SUM(1+1) listens\nwell"');
    expect(csv.endsWith('\r\n')).toBe(true);
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${start}1`)).toBe(`'${start}1`);
    expect(neutraliseFormula('Peers')).toBe('Peers');
  });
});
