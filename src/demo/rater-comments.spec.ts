import { shippedTheming } from '../../test/factories/theming';
import { commentBankFor } from './rater-comments';
import { loadShippedSurvey } from '../../test/factories/shipped-survey';

describe('the sample comments', () => {
  it.each(['self', 'boss', 'peer', 'direct_report', 'other'])('of the %s group each speak about at least one theme of leadership-360', async (group) => {
    const { themes } = loadShippedSurvey('leadership-360');
    const bank = commentBankFor(group);
    const texts = [...bank.strengths, ...bank.change, ...bank.start, ...bank.stop, ...bank.continue];
    const themed = await Promise.all(texts.map((text) => shippedTheming().themesForComment(text, themes)));
    const unthemed = texts.filter((_, index) => themed[index].length === 0);
    expect(unthemed).toEqual([]);
  });
});
