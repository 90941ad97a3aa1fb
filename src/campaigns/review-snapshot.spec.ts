import { loadShippedSurvey } from '../../test/factories/shipped-survey';
import { asksForChange, ratersToAskAgain, restrictToFocusThemes } from './review-snapshot';

describe('review snapshots', () => {
  const pulse = loadShippedSurvey('progress-pulse');
  const full = loadShippedSurvey('leadership-360');

  it('tells a progress pulse from a baseline survey', () => {
    expect(asksForChange(pulse)).toBe(true);
    expect(asksForChange(full)).toBe(false);
  });

  it('keeps only the focus themes, in the program order, each asking the per-goal block first, then its re-ratings', () => {
    const result = restrictToFocusThemes(pulse, [
      { themeId: 'developing-others', goal: 'Delegate whole projects' },
      { themeId: 'communication', goal: '' },
    ]);
    if (!('survey' in result)) throw new Error('expected a survey');
    expect(result.survey.themes.map((theme) => theme.id)).toEqual(['developing-others', 'communication']);
    expect(result.survey.themes[0].items.map((item) => [item.id, item.kind])).toEqual([
      ['developing-others.change', 'change'],
      ['developing-others.follow-up', 'followUp'],
      ...full.themes.find((theme) => theme.id === 'developing-others')!.items.map((item) => [item.id, 'likert']),
    ]);
    expect(result.survey.themes[0].items[0].text).toBe(
      'Since the coaching began, how much more or less effective has {{leader}} become at this goal: Delegate whole projects?',
    );
    // A goal the program did not word is asked about by its theme's title.
    expect(result.survey.themes[1].items[1].selfText).toBe(
      'How often have I followed up with the people around me about this goal: Communication and listening?',
    );
    expect(result.survey.questions.map((question) => question.id)).toEqual(['noticed', 'more', 'developing-others.suggestion', 'communication.suggestion']);
    expect(result.survey.questions[2].prompt).toBe('One suggestion for {{leader}} about this goal for the months ahead: Delegate whole projects');
    expect(result.survey.perGoal).toBeUndefined();
    expect(result.survey.groups).toEqual(pulse.groups);
    expect(pulse.themes).toHaveLength(8);
  });

  it('takes a goal worded with placeholders or replacement patterns as written', () => {
    const result = restrictToFocusThemes(pulse, [{ themeId: 'vision', goal: "Say $& and $' the why" }]);
    if (!('survey' in result)) throw new Error('expected a survey');
    expect(result.survey.themes[0].items[0].text).toContain("this goal: Say $& and $' the why?");
  });

  it('names focus themes the survey does not have', () => {
    expect(
      restrictToFocusThemes(pulse, [
        { themeId: 'communication', goal: 'Listen' },
        { themeId: 'charisma', goal: 'Shine' },
      ]),
    ).toEqual({ missing: ['charisma'] });
  });

  it('asks each baseline rater again once, without the leader and without groups the survey lacks', () => {
    const again = ratersToAskAgain(
      [
        { name: 'Alex', email: 'alex@x.org', groupId: 'self' },
        { name: 'Jo', email: 'jo@x.org', groupId: 'boss' },
        { name: 'Pat', email: 'pat@x.org', groupId: 'peer' },
        { name: 'Jo', email: 'jo@x.org', groupId: 'boss' },
        { name: 'Kim', email: 'kim@x.org', groupId: 'other' },
      ],
      ['self', 'boss', 'peer'],
    );
    expect(again.map((rater) => rater.email)).toEqual(['jo@x.org', 'pat@x.org']);
  });
});
