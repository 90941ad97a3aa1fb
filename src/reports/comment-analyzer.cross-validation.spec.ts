import { DEFAULT_WEIGHTS } from './comment-analyzer';
import { COMMENT_EXAMPLES, FRESH_EXAMPLES, MORE_EXAMPLES, TUNED_EXAMPLES } from './comment-examples';
import { crossValidatedScores, FOLDS, scoresWith } from './fixtures/cross-validation';
import { describeScores } from './fixtures/theming-scores';

/**
 * The shipped examples are both what the classifier learns from and what its weights were tuned
 * on, so scoring it on them says little; cross-validated, each is classified by a model that did
 * not see it. `npm run calibrate:comments` prints the grid the default weights were chosen from.
 */
describe('comment theming, cross-validated on the shipped examples', () => {
  it('prints how well a model trained on the other examples themes each one', () => {
    const scored = crossValidatedScores({});
    const fresh = scoresWith(scored, DEFAULT_WEIGHTS);
    console.log(describeScores(`${FOLDS}-fold cross-validation, examples written for training only`, fresh));
    console.log(describeScores(`${FOLDS}-fold cross-validation, the first of them`, scoresWith(scored, DEFAULT_WEIGHTS, FRESH_EXAMPLES)));
    console.log(describeScores(`${FOLDS}-fold cross-validation, the later ones`, scoresWith(scored, DEFAULT_WEIGHTS, MORE_EXAMPLES)));
    console.log(describeScores(`${FOLDS}-fold cross-validation, examples the seeds were tuned on`, scoresWith(scored, DEFAULT_WEIGHTS, TUNED_EXAMPLES)));
    console.log(describeScores(`${FOLDS}-fold cross-validation, all shipped examples`, scoresWith(scored, DEFAULT_WEIGHTS, COMMENT_EXAMPLES)));
    expect(fresh.exact).toBeGreaterThanOrEqual(0.51);
    expect(fresh.top1).toBeGreaterThanOrEqual(0.58);
  });
});
