import { baselineReport, LIBRARY } from '../../test/factories/program.factory';
import { checkProgram, plannedTimes, type ProgramInput } from './program-plan';

const context = { baselineCampaignId: 'c-1', baselineVersion: 2, report: baselineReport(), library: LIBRARY };

const valid: ProgramInput = {
  goals: [
    { themeId: 'communication', goal: 'Listen first', target: 3.6 },
    { themeId: 'developing-others', goal: 'Delegate whole pieces of work', target: 3.4 },
  ],
  plan: [
    { practiceId: 'speak-last', startOn: '2026-02-02', dueOn: '2026-07-19' },
    { practiceId: 'delegation-map', startOn: '2026-02-02', dueOn: '2026-03-01' },
    { practiceId: 'read-crucial', themeId: 'communication', startOn: '2026-02-02', dueOn: '2026-03-15', times: 2 },
  ],
  milestones: [
    { title: 'Final review', dueOn: '2026-07-20' },
    { title: 'Mid-program review', dueOn: '2026-04-27', themeId: 'communication' },
  ],
};

describe('plannedTimes', () => {
  it('plans a practice every week of its dates, anything else once', () => {
    expect(plannedTimes('practice', '2026-02-02', '2026-02-08')).toBe(1);
    expect(plannedTimes('practice', '2026-02-02', '2026-02-09')).toBe(2);
    expect(plannedTimes('practice', '2026-02-02', '2026-07-19')).toBe(24);
    expect(plannedTimes('practice', '2026-02-02', '2026-02-02')).toBe(1);
    expect(plannedTimes('exercise', '2026-02-02', '2026-07-19')).toBe(1);
    expect(plannedTimes('reading', '2026-02-02', '2026-07-19')).toBe(1);
  });
});

describe('checkProgram', () => {
  it('takes each baseline from the report, ties each entry to a focus theme and snapshots the library entry', () => {
    const result = checkProgram(valid, context);
    if (!('content' in result)) throw new Error(result.problems.join('\n'));
    const { content } = result;
    expect(content.goals).toEqual([
      { themeId: 'communication', title: 'Communication and listening', goal: 'Listen first', baseline: { mean: 3.04, n: 6 }, target: 3.6 },
      { themeId: 'developing-others', title: 'Developing others', goal: 'Delegate whole pieces of work', baseline: { mean: 2.8, n: 5 }, target: 3.4 },
    ]);
    expect(content.plan.map((entry) => [entry.practiceId, entry.themeId, entry.times])).toEqual([
      ['speak-last', 'communication', 24],
      ['delegation-map', 'developing-others', 1],
      ['read-crucial', 'communication', 2],
    ]);
    expect(content.plan[2].practice).toEqual({
      title: 'Title of read-crucial',
      kind: 'reading',
      themes: ['communication', 'composure'],
      howTo: 'How to do read-crucial this week',
      source: 'Patterson et al., "Crucial Conversations"',
      minutesPerWeek: null,
    });
    expect(content.milestones.map((milestone) => [milestone.title, milestone.themeId])).toEqual([
      ['Mid-program review', 'communication'],
      ['Final review', null],
    ]);
    expect([content.baselineCampaignId, content.baselineVersion]).toEqual(['c-1', 2]);
  });

  it('names every problem: unknown or repeated themes, withheld baselines, targets off the scale, entries that serve no goal', () => {
    const result = checkProgram(
      {
        goals: [
          { themeId: 'communication', goal: 'a', target: 5.5 },
          { themeId: 'communication', goal: 'b', target: 4 },
          { themeId: 'vision', goal: 'c', target: 4 },
          { themeId: 'charisma', goal: 'd', target: 4 },
        ],
        plan: [
          { practiceId: 'thinking-time', startOn: '2026-02-02', dueOn: '2026-03-01' },
          { practiceId: 'nope', startOn: '2026-02-02', dueOn: '2026-03-01' },
          { practiceId: 'speak-last', themeId: 'execution', startOn: '2026-02-02', dueOn: '2026-03-01' },
          { practiceId: 'listen-summarize', startOn: '2026-03-02', dueOn: '2026-03-01' },
          { practiceId: 'read-multipliers', themeId: 'communication', startOn: '2026-02-02', dueOn: '2026-03-01' },
          { practiceId: 'delegate-decision', startOn: '2026-02-02', dueOn: '2026-03-01' },
        ],
        milestones: [{ title: 'x', dueOn: '2026-04-01', themeId: 'execution' }],
      },
      context,
    );
    expect(result).toEqual({
      problems: [
        'goals[0].target: must be between 1 and 5, on the scale of the report',
        "goals[1].themeId: 'communication' has a goal already: one goal per focus theme",
        "goals[2].themeId: the baseline report shows no figure from others for 'vision', so progress could not be measured against it",
        "goals[3].themeId: the baseline report has no theme 'charisma' (it has vision, communication, developing-others, execution)",
        "plan[1].practiceId: no entry 'nope' in the practice library",
        'plan[2].themeId: must be one of the focus themes (communication, vision, charisma)',
        'plan[3].dueOn: must not be before startOn (2026-03-02)',
        "plan[4].themeId: 'read-multipliers' does not develop 'communication' (it develops developing-others)",
        "plan[5].practiceId: 'delegate-decision' develops developing-others, none of the focus themes (communication, vision, charisma)",
        'milestones[0].themeId: must be one of the focus themes (communication, vision, charisma)',
      ],
    });
  });

  it('requires something in the plan for every goal', () => {
    const result = checkProgram({ ...valid, plan: [valid.plan[0]] }, context);
    expect(result).toEqual({ problems: ["plan: has nothing for the focus theme 'developing-others'"] });
  });
});
