import type { CommentSentiment } from '../comment.types';
import { type SentimentTrainingComment, trainSentimentClassifier } from './sentiment-classifier';

/** A unit vector leaning along `axis` of four, with a little of `noise` so that no two are equal. */
function meaningOf(axis: number, noise: number): Float32Array {
  const vector = new Float32Array(4).fill(0.1 * noise);
  vector[axis] = 1;
  const length = Math.hypot(...vector);
  return vector.map((value) => value / length);
}

/** Constructive comments lean along axis 0, positive ones along axis 1, whatever their cues say. */
const training: SentimentTrainingComment[] = Array.from({ length: 40 }, (_, index) => {
  const sentiment: CommentSentiment = index % 2 === 0 ? 'constructive' : 'positive';
  return { meaning: meaningOf(sentiment === 'constructive' ? 0 : 1, (index % 5) / 5), cues: 0, sentiment };
});

describe('trainSentimentClassifier', () => {
  it('reads constructive comments by their meaning where no phrasing cue says so', () => {
    const classifier = trainSentimentClassifier(training);
    expect(classifier?.sentiment(meaningOf(0, 0.3), 0)).toBe('constructive');
    expect(classifier?.sentiment(meaningOf(1, 0.3), 0)).toBe('positive');
  });

  it('lets the cues decide where the meaning says nothing, in the direction the examples taught', () => {
    // Half of each sentiment on each axis: the meaning tells nothing, the cues everything.
    const cued = training.map((comment, index) => ({
      ...comment,
      meaning: meaningOf(index % 4 < 2 ? 0 : 1, 0),
      cues: comment.sentiment === 'constructive' ? -2 : 2,
    }));
    const classifier = trainSentimentClassifier(cued);
    expect([classifier?.sentiment(meaningOf(0, 0), -3), classifier?.sentiment(meaningOf(0, 0), 3)]).toEqual(['constructive', 'positive']);
  });

  it('caps the cues: a pile of them counts no more than a few', () => {
    const cued = training.map((comment) => ({ ...comment, cues: comment.sentiment === 'constructive' ? -1 : 1 }));
    const classifier = trainSentimentClassifier(cued);
    const meaning = meaningOf(1, 0);
    const constructive = (cues: number): number | undefined => classifier?.constructive(meaning, cues);
    expect(constructive(-40)).toBe(constructive(-4));
    expect(constructive(-4)).toBeGreaterThan(constructive(-1) as number);
  });

  it('learns nothing from examples of one sentiment only', () => {
    expect(trainSentimentClassifier(training.filter((comment) => comment.sentiment === 'positive'))).toBeUndefined();
    expect(trainSentimentClassifier([])).toBeUndefined();
  });
});
