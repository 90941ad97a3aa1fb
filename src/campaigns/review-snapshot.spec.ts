import { loadShippedSurvey } from '../../test/factories/shipped-survey';
import { asksForChange, ratersToAskAgain, restrictToFocusThemes } from './review-snapshot';

describe('review snapshots', () => {
  const pulse = loadShippedSurvey('progress-pulse');
  const full = loadShippedSurvey('leadership-360');

  it('tells a progress pulse from a baseline survey', () => {
    expect(asksForChange(pulse)).toBe(true);
    expect(asksForChange(full)).toBe(false);
  });

  it('keeps only the focus themes, in the program order, with their change item and re-ratings', () => {
    const result = restrictToFocusThemes(pulse, ['developing-others', 'communication']);
    if (!('survey' in result)) throw new Error('expected a survey');
    expect(result.survey.themes.map((theme) => theme.id)).toEqual(['developing-others', 'communication']);
    expect(result.survey.themes[0].items.map((item) => item.kind)).toEqual(['change', 'likert', 'likert', 'likert', 'likert', 'likert']);
    expect(result.survey.groups).toEqual(pulse.groups);
    expect(pulse.themes).toHaveLength(8);
  });

  it('names focus themes the survey does not have', () => {
    expect(restrictToFocusThemes(pulse, ['communication', 'charisma'])).toEqual({ missing: ['charisma'] });
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
