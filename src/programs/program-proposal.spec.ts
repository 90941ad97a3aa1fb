import { baselineReport, LIBRARY } from '../../test/factories/program.factory';
import { checkProgram } from './program-plan';
import { proposeProgram, suggestedTarget } from './program-proposal';

describe('proposeProgram', () => {
  const proposal = proposeProgram({ campaignId: 'c-1', report: baselineReport(), library: LIBRARY, startOn: '2026-02-02' });

  it('starts from the priorities that have a baseline from others, with a suggested target each', () => {
    expect(proposal.baseline).toEqual({ campaignId: 'c-1', version: 2, releasedAt: '2026-01-11T10:00:00.000Z' });
    expect(proposal.focusThemes.map((theme) => [theme.themeId, theme.baseline.mean, theme.suggestedTarget])).toEqual([
      ['communication', 3.04, 3.5],
      ['developing-others', 2.8, 3.3],
    ]);
    expect(proposal.themes.find((theme) => theme.themeId === 'vision')?.baseline).toBeNull();
    expect(proposal.targetRule).toMatch(/baseline plus 0.5/);
  });

  it('suggests entries per focus theme, best fit first', () => {
    expect(proposal.suggestions.map((entry) => [entry.themeId, entry.practices.map((practice) => practice.practiceId)])).toEqual([
      ['communication', ['speak-last', 'listen-summarize', 'listening-tour', 'read-crucial']],
      ['developing-others', ['speak-last', 'delegate-decision', 'delegation-map', 'read-multipliers']],
    ]);
  });

  it('drafts a program with one practice, exercise and reading per theme that saves as it is', () => {
    expect(proposal.draft.plan).toEqual([
      { practiceId: 'speak-last', themeId: 'communication', startOn: '2026-02-02', dueOn: '2026-07-19' },
      { practiceId: 'listening-tour', themeId: 'communication', startOn: '2026-02-02', dueOn: '2026-03-01' },
      { practiceId: 'read-crucial', themeId: 'communication', startOn: '2026-02-02', dueOn: '2026-03-15' },
      { practiceId: 'delegate-decision', themeId: 'developing-others', startOn: '2026-02-02', dueOn: '2026-07-19' },
      { practiceId: 'delegation-map', themeId: 'developing-others', startOn: '2026-02-02', dueOn: '2026-03-01' },
      { practiceId: 'read-multipliers', themeId: 'developing-others', startOn: '2026-02-02', dueOn: '2026-03-15' },
    ]);
    expect(proposal.draft.milestones).toEqual([
      { title: 'Mid-program review', dueOn: '2026-04-27' },
      { title: 'Final review', dueOn: '2026-07-20' },
    ]);
    expect(proposal.draft.goals[0]).toEqual({
      themeId: 'communication',
      goal: 'Others notice progress in communication and listening: from 3.04 to 3.5 or more by the final review.',
      target: 3.5,
    });
    const saved = checkProgram(proposal.draft, { baselineCampaignId: 'c-1', baselineVersion: 2, report: baselineReport(), library: LIBRARY });
    expect('content' in saved).toBe(true);
  });

  it('never suggests a target above the scale', () => {
    expect(suggestedTarget(4.8, 5)).toBe(5);
    expect(suggestedTarget(3.04, 5)).toBe(3.5);
    expect(suggestedTarget(2.26, 5)).toBe(2.8);
  });
});
