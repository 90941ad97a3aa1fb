import fc from 'fast-check';
import { surveyFactory } from '../../test/factories/survey.factory';
import type { ItemKind, RaterGroupId, SurveyDefinition } from '../surveys/survey.types';
import type { CampaignAggregates } from './aggregate.types';
import { applyDeltas, computeAggregateDeltas, foldBatch, mergeDeltas } from './response-fold';

const withChangeItem = (): SurveyDefinition => {
  const survey = surveyFactory();
  survey.changeScale = { min: -3, max: 3, labels: ['-3', '-2', '-1', '0', '1', '2', '3'] };
  survey.themes[1].items.push({ id: 'execution.change', text: 'changed?', selfText: 'changed?', kind: 'change' });
  return survey;
};

describe('computeAggregateDeltas', () => {
  const survey = surveyFactory();

  it('adds one cell per rated item and one pooled cell per theme, skipping "not observed"', () => {
    const deltas = computeAggregateDeltas(survey, {
      'communication.listens': 4,
      'communication.clear': null,
      'execution.commits': 2,
      'execution.priorities': 5,
    });
    expect(deltas).toEqual([
      { scopeKind: 'item', scopeId: 'communication.listens', cell: { raters: 1, ratings: 1, sum: 4, sumSquares: 16, histogram: { '4': 1 } } },
      { scopeKind: 'theme', scopeId: 'communication', cell: { raters: 1, ratings: 1, sum: 4, sumSquares: 16, histogram: { '4': 1 } } },
      { scopeKind: 'item', scopeId: 'execution.commits', cell: { raters: 1, ratings: 1, sum: 2, sumSquares: 4, histogram: { '2': 1 } } },
      { scopeKind: 'item', scopeId: 'execution.priorities', cell: { raters: 1, ratings: 1, sum: 5, sumSquares: 25, histogram: { '5': 1 } } },
      { scopeKind: 'theme', scopeId: 'execution', cell: { raters: 1, ratings: 2, sum: 7, sumSquares: 29, histogram: { '2': 1, '5': 1 } } },
    ]);
  });

  it('treats an omitted item as "not observed", and adds nothing for a theme rated entirely so', () => {
    expect(computeAggregateDeltas(survey, { 'execution.commits': null })).toEqual([]);
    expect(computeAggregateDeltas(survey, { 'communication.clear': 3 }).map((delta) => `${delta.scopeKind}:${delta.scopeId}`)).toEqual([
      'item:communication.clear',
      'theme:communication',
    ]);
  });

  it('keeps a change rating as an item of its own, never pooled into the theme', () => {
    const deltas = computeAggregateDeltas(withChangeItem(), { 'execution.change': -2, 'execution.commits': 4 });
    expect(deltas).toEqual([
      { scopeKind: 'item', scopeId: 'execution.commits', cell: { raters: 1, ratings: 1, sum: 4, sumSquares: 16, histogram: { '4': 1 } } },
      { scopeKind: 'item', scopeId: 'execution.change', cell: { raters: 1, ratings: 1, sum: -2, sumSquares: 4, histogram: { '-2': 1 } } },
      { scopeKind: 'theme', scopeId: 'execution', cell: { raters: 1, ratings: 1, sum: 4, sumSquares: 16, histogram: { '4': 1 } } },
    ]);
    expect(computeAggregateDeltas(withChangeItem(), { 'execution.change': 0 })).toEqual([
      { scopeKind: 'item', scopeId: 'execution.change', cell: { raters: 1, ratings: 1, sum: 0, sumSquares: 0, histogram: { '0': 1 } } },
    ]);
  });
});

describe('mergeDeltas and applyDeltas', () => {
  const survey = surveyFactory();

  it('merges deltas of one scope, as two responses of one group', () => {
    const merged = mergeDeltas([
      ...computeAggregateDeltas(survey, { 'communication.listens': 4 }),
      ...computeAggregateDeltas(survey, { 'communication.listens': 2, 'communication.clear': 5 }),
    ]);
    expect(merged).toEqual([
      { scopeKind: 'item', scopeId: 'communication.listens', cell: { raters: 2, ratings: 2, sum: 6, sumSquares: 20, histogram: { '4': 1, '2': 1 } } },
      { scopeKind: 'theme', scopeId: 'communication', cell: { raters: 2, ratings: 3, sum: 11, sumSquares: 45, histogram: { '4': 1, '2': 1, '5': 1 } } },
      { scopeKind: 'item', scopeId: 'communication.clear', cell: { raters: 1, ratings: 1, sum: 5, sumSquares: 25, histogram: { '5': 1 } } },
    ]);
  });

  it('counts the response and leaves the previous aggregates untouched', () => {
    const before: CampaignAggregates = { responses: {}, items: {}, themes: {} };
    const after = applyDeltas(before, 'peer', computeAggregateDeltas(survey, { 'execution.commits': 3 }));
    expect(before).toEqual({ responses: {}, items: {}, themes: {} });
    expect(after.responses).toEqual({ peer: 1 });
    expect(after.items.peer?.['execution.commits']).toMatchObject({ raters: 1, sum: 3 });
    // A response of nothing but "not observed" still counts as an answer.
    expect(applyDeltas(after, 'peer', []).responses).toEqual({ peer: 2 });
  });

  it('folds any set of responses into the totals computed from the raw ratings', () => {
    const withChange = withChangeItem();
    const items = withChange.themes.flatMap((theme) => theme.items);
    const rating = (kind: ItemKind) => fc.option(kind === 'change' ? fc.integer({ min: -3, max: 3 }) : fc.integer({ min: 1, max: 5 }), { nil: null, freq: 3 });
    const response = fc.record({
      group: fc.constantFrom<RaterGroupId>('self', 'boss', 'peer', 'other'),
      ratings: fc.tuple(...items.map((item) => rating(item.kind))),
    });
    fc.assert(
      fc.property(fc.array(response, { maxLength: 15 }), (responses) => {
        let aggregates: CampaignAggregates = { responses: {}, items: {}, themes: {} };
        for (const { group, ratings } of responses)
          aggregates = applyDeltas(
            aggregates,
            group,
            computeAggregateDeltas(withChange, Object.fromEntries(items.map((item, index) => [item.id, ratings[index]]))),
          );
        for (const group of ['self', 'boss', 'peer', 'other'] as const) {
          const mine = responses.filter((entry) => entry.group === group);
          expect(aggregates.responses[group]).toBe(mine.length === 0 ? undefined : mine.length);
          items.forEach((item, index) => {
            const values = mine.map((entry) => entry.ratings[index]).filter((value): value is number => value !== null);
            const cell = aggregates.items[group]?.[item.id];
            if (values.length === 0) expect(cell).toBeUndefined();
            else
              expect(cell).toMatchObject({
                raters: values.length,
                ratings: values.length,
                sum: values.reduce((a, b) => a + b, 0),
                sumSquares: values.reduce((a, b) => a + b * b, 0),
              });
          });
          for (const theme of withChange.themes) {
            const likert = theme.items.filter((item) => item.kind === 'likert').map((item) => items.indexOf(item));
            const perRater = mine
              .map((entry) => likert.map((index) => entry.ratings[index]).filter((value): value is number => value !== null))
              .filter((values) => values.length > 0);
            const values = perRater.flat();
            const cell = aggregates.themes[group]?.[theme.id];
            if (values.length === 0) expect(cell).toBeUndefined();
            else
              expect(cell).toMatchObject({
                raters: perRater.length,
                ratings: values.length,
                sum: values.reduce((a, b) => a + b, 0),
                sumSquares: values.reduce((a, b) => a + b * b, 0),
              });
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('foldBatch', () => {
  const survey = surveyFactory();
  it('adds a batch group by group, as folding its responses one by one would', () => {
    const batch: { groupId: RaterGroupId; ratings: Record<string, number | null> }[] = [
      { groupId: 'peer', ratings: { 'communication.listens': 4, 'execution.commits': 2 } },
      { groupId: 'boss', ratings: { 'communication.listens': 5 } },
      { groupId: 'peer', ratings: { 'communication.listens': 2, 'communication.clear': null } },
      { groupId: 'peer', ratings: {} },
    ];
    const folded = foldBatch(survey, batch);
    expect(folded.map((group) => [group.groupId, group.responses])).toEqual([
      ['boss', 1],
      ['peer', 3],
    ]);
    let oneByOne: CampaignAggregates = { responses: {}, items: {}, themes: {} };
    for (const response of batch) oneByOne = applyDeltas(oneByOne, response.groupId, computeAggregateDeltas(survey, response.ratings));
    let batched: CampaignAggregates = { responses: {}, items: {}, themes: {} };
    for (const group of folded) {
      // applyDeltas counts one response; a batch counts all of its own.
      const before = batched.responses[group.groupId] ?? 0;
      batched = applyDeltas(batched, group.groupId, group.deltas);
      batched.responses[group.groupId] = before + group.responses;
    }
    expect(batched).toEqual(oneByOne);
    expect(foldBatch(survey, [])).toEqual([]);
  });
});
