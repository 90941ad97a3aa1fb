import { themesForComment } from '../reports/comment-theming';
import { commentBankFor } from './rater-comments';
import { loadShippedSurvey } from './shipped-survey.fixture';

describe('the sample comments', () => {
  it.each(['self', 'boss', 'peer', 'direct_report', 'other'])('of the %s group each speak about at least one theme of leadership-360', (group) => {
    const { themes } = loadShippedSurvey('leadership-360');
    const bank = commentBankFor(group);
    const unthemed = [...bank.strengths, ...bank.change, ...bank.start, ...bank.stop, ...bank.continue].filter((text) => themesForComment(text, themes).length === 0);
    expect(unthemed).toEqual([]);
  });
});
