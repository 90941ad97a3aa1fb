import { errorsByRow } from '../form-errors';
import { BLANK_ROW, outcomeRowsFrom, outcomeRowsOf, outcomesInput, outcomeRowViews } from './outcome-rows';

const scopes = {
  themes: new Map([['communication', 'Communication and listening']]),
  items: new Map([['communication.listens', 'The leader listens']]),
};

describe('the outcomes form', () => {
  it('turns filled rows into the API’s outcomes, leaving blank rows out and remembering where each came from', () => {
    const rows = outcomeRowsOf([
      { text: ' Heard as a listener ', scope: 'theme:communication', source: 'others', measure: 'mean', operator: '>=', value: '4' },
      { text: '', scope: '', source: 'others', measure: 'mean', operator: '>=', value: '' },
      { text: 'Delegates', scope: 'item:communication.listens', source: 'boss', measure: 'change', operator: '>=', value: 'x' },
      { text: 'A successor', scope: '', source: 'others', measure: 'mean', operator: '>=', value: '' },
    ]);
    const { outcomes, rowOf } = outcomesInput(rows);
    expect(outcomes).toEqual([
      { text: 'Heard as a listener', indicator: { themeId: 'communication', source: 'others', measure: 'mean', operator: '>=', value: 4 } },
      { text: 'Delegates', indicator: { itemId: 'communication.listens', source: 'boss', measure: 'change', operator: '>=', value: 'x' } },
      { text: 'A successor', indicator: null },
    ]);
    expect(rowOf).toEqual([0, 2, 3]);
    expect(errorsByRow({ 'outcomes.1.indicator.value': 'must be a number', title: 'must not be empty' }, 'outcomes', rowOf)).toEqual({
      'outcomes.2.indicator.value': 'must be a number',
      title: 'must not be empty',
    });
  });

  it('puts each problem beside its field, the indicator’s own beside "Measured on"', () => {
    const [row] = outcomeRowViews([{ ...BLANK_ROW, text: 'x', scope: 'theme:nope' }], scopes, {
      'outcomes.0.indicator.themeId': 'must be a theme of the surveys (communication)',
      'outcomes.0.indicator.value': 'must be a number',
    });
    expect(row.scope.error).toBe('must be a theme of the surveys (communication)');
    expect(row.value.error).toBe('must be a number');
    expect(row.text.error).toBeNull();
    expect(row.scope.optgroups.map((group) => group.label)).toEqual(['A whole theme', 'One behaviour of Communication and listening']);
  });

  it('reads saved outcomes back into rows', () => {
    expect(
      outcomeRowsFrom([
        { text: 'A', indicator: { itemId: 'communication.listens', source: 'self', measure: 'mean', operator: '<=', value: 3.5 }, measuredBy: 'x' },
        { text: 'B', indicator: null, measuredBy: null },
      ]),
    ).toEqual([
      { text: 'A', scope: 'item:communication.listens', source: 'self', measure: 'mean', operator: '<=', value: '3.5' },
      { ...BLANK_ROW, text: 'B' },
    ]);
  });
});
