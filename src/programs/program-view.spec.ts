import { baselineReport, LIBRARY } from '../../test/factories/program.factory';
import { checkProgram } from './program-plan';
import { buildProgramView } from './program-view';
import type { StoredProgram } from './program.types';

function storedProgram(): StoredProgram {
  const result = checkProgram(
    {
      goals: [
        { themeId: 'communication', goal: 'Listen first', target: 3.6 },
        { themeId: 'developing-others', goal: 'Delegate', target: 3.4 },
      ],
      plan: [
        { practiceId: 'speak-last', startOn: '2026-02-02', dueOn: '2026-02-22' },
        { practiceId: 'delegation-map', startOn: '2026-02-02', dueOn: '2026-03-01' },
      ],
    },
    { baselineCampaignId: 'c-1', baselineVersion: 2, report: baselineReport(), library: LIBRARY },
  );
  if (!('content' in result)) throw new Error(result.problems.join('; '));
  return { ...result.content, engagementId: 'e-1', createdAt: new Date('2026-02-01T00:00:00Z'), updatedAt: new Date('2026-02-01T00:00:00Z') };
}

describe('buildProgramView', () => {
  const sessions = [
    {
      id: 's2',
      heldOn: '2026-02-16',
      durationMinutes: 60,
      focusThemeId: 'developing-others',
      agreedActions: ['Hand over the budget review'],
      privateNotes: 'Worried about the reorg',
    },
    { id: 's1', heldOn: '2026-02-02', durationMinutes: 90, focusThemeId: 'communication', agreedActions: ['Speak last in staff meetings'], privateNotes: null },
  ];
  const actions = [
    { id: 'a1', practiceId: 'speak-last', doneOn: '2026-02-05', note: 'Staff meeting' },
    { id: 'a3', practiceId: 'speak-last', doneOn: '2026-02-19', note: null },
    { id: 'a2', practiceId: 'speak-last', doneOn: '2026-02-12', note: null },
    { id: 'a4', practiceId: 'speak-last', doneOn: '2026-02-20', note: 'extra' },
  ];

  it('shows what was done against what was planned, entry by entry and overall', () => {
    const view = buildProgramView({ program: storedProgram(), leader: 'Alex', sessions, actions, reader: 'coach' });
    expect(view.plan.map((entry) => [entry.practiceId, entry.planned, entry.done, entry.lastDoneOn])).toEqual([
      ['speak-last', 3, 4, '2026-02-20'],
      ['delegation-map', 1, 0, null],
    ]);
    expect(view.plan[0].actions.map((action) => action.doneOn)).toEqual(['2026-02-05', '2026-02-12', '2026-02-19', '2026-02-20']);
    // An extra week of one practice does not make up for the exercise not done.
    expect(view.progress).toEqual({ planned: 4, done: 3, share: 0.75, sessions: 2, sessionMinutes: 150 });
    expect(view.goals.map((goal) => [goal.themeId, goal.practiceIds])).toEqual([
      ['communication', ['speak-last']],
      ['developing-others', ['delegation-map']],
    ]);
    expect(view.sessions.map((session) => [session.id, session.focusTheme, session.privateNotes])).toEqual([
      ['s1', 'Communication and listening', null],
      ['s2', 'Developing others', 'Worried about the reorg'],
    ]);
  });

  it('leaves the private notes out of the leader view altogether', () => {
    const view = buildProgramView({ program: storedProgram(), leader: 'Alex', sessions, actions, reader: 'leader' });
    expect(view.sessions.every((session) => !('privateNotes' in session))).toBe(true);
    expect(JSON.stringify(view)).not.toContain('Worried about the reorg');
    expect(view.sessions[1].agreedActions).toEqual(['Hand over the budget review']);
  });
});
