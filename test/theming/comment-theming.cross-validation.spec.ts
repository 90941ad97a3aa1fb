import { DEFAULT_WEIGHTS } from '../../src/theming/classifier/comment-analyzer';
import { BY_ITEM_EXAMPLES } from '../../src/reports/comment-examples-by-item';
import { COMMENT_EXAMPLES, FRESH_EXAMPLES, MORE_EXAMPLES, TUNED_EXAMPLES } from '../../src/reports/comment-examples';
import { crossValidatedParts, FOLDS, scoresWith, shippedMeanings } from './cross-validation';
import { describeScores } from './theming-scores';

/**
 * The shipped examples are both what the classifier learns from and what its weights were tuned
 * on, so scoring it on them says little; cross-validated, each is classified by a model that did
 * not see it. `npm run calibrate:comments` prints the grid the default weights were chosen from.
 */
describe('comment theming, cross-validated on the shipped examples', () => {
  it('prints how well a model trained on the other examples themes each one', async () => {
    const parts = crossValidatedParts({}, await shippedMeanings());
    const fresh = scoresWith(parts, DEFAULT_WEIGHTS);
    console.log(
      [
        describeScores(`${FOLDS}-fold cross-validation, examples written for training only`, fresh),
        describeScores(`${FOLDS}-fold cross-validation, the same read by words alone`, scoresWith(parts, { ...DEFAULT_WEIGHTS, meaning: 0 })),
        describeScores(`${FOLDS}-fold cross-validation, the first of them`, scoresWith(parts, DEFAULT_WEIGHTS, FRESH_EXAMPLES)),
        describeScores(`${FOLDS}-fold cross-validation, the second round`, scoresWith(parts, DEFAULT_WEIGHTS, MORE_EXAMPLES)),
        describeScores(`${FOLDS}-fold cross-validation, the third, written item by item`, scoresWith(parts, DEFAULT_WEIGHTS, BY_ITEM_EXAMPLES)),
        describeScores(`${FOLDS}-fold cross-validation, examples the seeds were tuned on`, scoresWith(parts, DEFAULT_WEIGHTS, TUNED_EXAMPLES)),
        describeScores(`${FOLDS}-fold cross-validation, all shipped examples`, scoresWith(parts, DEFAULT_WEIGHTS, COMMENT_EXAMPLES)),
      ].join('\n'),
    );
    expect(fresh.exact).toBeGreaterThanOrEqual(0.5);
    expect(fresh.top1).toBeGreaterThanOrEqual(0.6);
    // Six classifiers built and 1,072 examples scored: seconds on a busy machine.
  }, 60_000);
});
