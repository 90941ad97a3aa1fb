import { commentFeatures, trainExampleClassifier } from './example-classifier';
import { analyseText, wordsOf } from '../text/text-pipeline';

const words = (text: string) => wordsOf(analyseText(text));
const training = [
  { text: 'Sits on decisions for weeks.', themeIndexes: [0] },
  { text: 'Every choice goes to a committee and takes months.', themeIndexes: [0] },
  { text: 'Hovers over every detail of our work.', themeIndexes: [1] },
  { text: 'Checks every email I send before it goes out.', themeIndexes: [1] },
  { text: 'Great sense of humour.', themeIndexes: [] },
];

describe('commentFeatures', () => {
  it('keeps content stems once, marks what is negated, and pairs adjacent content stems', () => {
    expect(commentFeatures(words("Doesn't listen, and decisions sit for weeks; decisions."))).toEqual([
      'not listen',
      'decis',
      'sit',
      'week',
      'listen~decis',
      'decis~sit',
      'sit~week',
      'week~decis',
    ]);
  });
});

describe('trainExampleClassifier', () => {
  const classifier = trainExampleClassifier(training, 3);

  it('gives most to the theme whose examples share the words of a comment', () => {
    const [decisions, delegation, untrained] = classifier.probabilities(words('Decisions sit with him for months.'));
    expect(decisions).toBeGreaterThan(0.5);
    expect(delegation).toBeLessThan(decisions);
    expect(untrained).toBe(0);
  });

  it('leaves probability to "none" for a comment like those filed under no theme', () => {
    const probabilities = classifier.probabilities(words('A great sense of humour.'));
    expect(probabilities.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.5);
  });

  it('says nothing of a comment none of whose words it has seen', () => {
    expect(classifier.probabilities(words('Unflappable.'))).toEqual([0, 0, 0]);
  });

  it('is deterministic', () => {
    expect(trainExampleClassifier(training, 3).probabilities(words('Checks every detail.'))).toEqual(classifier.probabilities(words('Checks every detail.')));
  });
});
