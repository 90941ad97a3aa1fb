import { errorsByRow } from '../form-errors';
import { programInput, programRowsOf, withBlankRows } from './program-form.view';
import { actionsOf } from './check-ins.view';

describe('the program form', () => {
  it('sends the filled rows only, as the API takes them, and puts a refusal back on its row', () => {
    const rows = programRowsOf({
      goals: [
        { themeId: 'communication', goal: 'Heard', target: '3.6' },
        { themeId: '', goal: '', target: '' },
        { themeId: 'developing-others', goal: 'Delegates', target: 'lots' },
      ],
      plan: [
        { practiceId: '', themeId: '', startOn: '', dueOn: '', times: '' },
        { practiceId: 'speak-last', themeId: 'communication', startOn: '2026-02-02', dueOn: '2026-03-01', times: '' },
      ],
      milestones: [{ title: 'Mid review', dueOn: '2026-04-27', themeId: '' }],
    });
    const { body, rowOf } = programInput(rows);
    expect(body).toEqual({
      goals: [
        { themeId: 'communication', goal: 'Heard', target: 3.6 },
        { themeId: 'developing-others', goal: 'Delegates', target: 'lots' },
      ],
      plan: [{ practiceId: 'speak-last', themeId: 'communication', startOn: '2026-02-02', dueOn: '2026-03-01' }],
      milestones: [{ title: 'Mid review', dueOn: '2026-04-27' }],
    });
    expect(
      errorsByRow(
        errorsByRow({ 'goals.1.target': 'must be a number', 'plan.0.dueOn': 'must not be before startOn' }, 'goals', rowOf.goals),
        'plan',
        rowOf.plan,
      ),
    ).toEqual({
      'goals.2.target': 'must be a number',
      'plan.1.dueOn': 'must not be before startOn',
    });
  });

  it('leaves room for a third goal, more entries and a milestone', () => {
    const rows = withBlankRows({ goals: [{ themeId: 'a', goal: 'g', target: '4' }], plan: [], milestones: [] });
    expect([rows.goals.length, rows.plan.length, rows.milestones.length]).toEqual([3, 3, 1]);
  });

  it('reads agreed actions one a line, blank lines left out', () => {
    expect(actionsOf(' Speak last \r\n\nAsk one open question\n')).toEqual(['Speak last', 'Ask one open question']);
  });
});
