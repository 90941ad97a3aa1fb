import { loadShippedSurvey } from '../demo/shipped-survey.fixture';
import { createCommentAnalyzer } from './comment-analyzer';
import { HELD_OUT_SET, LABELLED_COMMENTS, type LabelledComment, TUNING_SET } from './fixtures/labelled-comments';

/**
 * How well the shipped leadership-360 themes classify comments raters write, measured on the
 * hand-labelled set. Printed, so a change to keywords or weights shows what it costs or gains.
 * The floors asserted are the figures reached, rounded down, so that a change that makes
 * theming worse fails; they are not the aim. The aim, 85 % of comments given exactly their
 * themes, is reached on the tuning set only: on comments it was not tuned on, lexical seeds
 * miss most paraphrase ("cryptic messages" says nothing the seeds of communication contain).
 */
const survey = loadShippedSurvey('leadership-360');
const analyzer = createCommentAnalyzer(survey.themes);
const themeIds = survey.themes.map((theme) => theme.id);

interface Scores {
  comments: number;
  /** Share of comments whose predicted theme set is exactly the labelled one. */
  themeAccuracy: number;
  sentimentAccuracy: number;
  /** Per theme, over all theme assignments (micro): of those predicted, how many right; of those labelled, how many found. */
  perTheme: Record<string, { precision: number; recall: number }>;
  microPrecision: number;
  microRecall: number;
}

function score(set: readonly LabelledComment[]): Scores {
  let exact = 0;
  let sentimentRight = 0;
  const counts = Object.fromEntries(themeIds.map((id) => [id, { truePositive: 0, predicted: 0, labelled: 0 }]));
  for (const comment of set) {
    const result = analyzer.analyze(comment.text, comment.kind);
    const predicted = new Set(result.themeIds);
    const labelled = new Set(comment.themes);
    if (predicted.size === labelled.size && [...predicted].every((id) => labelled.has(id))) exact += 1;
    if (result.sentiment === comment.sentiment) sentimentRight += 1;
    for (const id of themeIds) {
      if (predicted.has(id)) counts[id].predicted += 1;
      if (labelled.has(id)) counts[id].labelled += 1;
      if (predicted.has(id) && labelled.has(id)) counts[id].truePositive += 1;
    }
  }
  const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);
  const total = Object.values(counts).reduce((sum, count) => ({ truePositive: sum.truePositive + count.truePositive, predicted: sum.predicted + count.predicted, labelled: sum.labelled + count.labelled }), { truePositive: 0, predicted: 0, labelled: 0 });
  return {
    comments: set.length,
    themeAccuracy: exact / set.length,
    sentimentAccuracy: sentimentRight / set.length,
    perTheme: Object.fromEntries(themeIds.map((id) => [id, { precision: ratio(counts[id].truePositive, counts[id].predicted), recall: ratio(counts[id].truePositive, counts[id].labelled) }])),
    microPrecision: ratio(total.truePositive, total.predicted),
    microRecall: ratio(total.truePositive, total.labelled),
  };
}

const percent = (value: number): string => `${(100 * value).toFixed(1)} %`;

function report(name: string, scores: Scores): void {
  console.log(
    `comment theming, ${name} (${scores.comments} comments): themes exactly right ${percent(scores.themeAccuracy)}, ` +
      `micro precision ${percent(scores.microPrecision)}, micro recall ${percent(scores.microRecall)}, sentiment right ${percent(scores.sentimentAccuracy)}`,
  );
}

describe('comment theming on the labelled set', () => {
  const tuning = score(TUNING_SET);
  const heldOut = score(HELD_OUT_SET);
  const overall = score(LABELLED_COMMENTS);

  it('prints its accuracy on the tuning set, the held-out set and overall', () => {
    report('tuning set', tuning);
    report('held-out set', heldOut);
    report('overall', overall);
    console.log(
      `comment theming, overall precision / recall per theme: ${themeIds.map((id) => `${id} ${percent(overall.perTheme[id].precision)} / ${percent(overall.perTheme[id].recall)}`).join('; ')}`,
    );
    expect(overall.comments).toBeGreaterThanOrEqual(80);
  });

  it('gives exactly the labelled themes to 85 % of the tuning set, but only 35 % of the held-out set and 65 % overall', () => {
    expect(tuning.themeAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(heldOut.themeAccuracy).toBeGreaterThanOrEqual(0.35);
    expect(overall.themeAccuracy).toBeGreaterThanOrEqual(0.65);
  });

  it('reads the sentiment of at least 85 % of all comments right, and 75 % of the held-out set', () => {
    expect(overall.sentimentAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(heldOut.sentimentAccuracy).toBeGreaterThanOrEqual(0.75);
  });

  it('finds every theme, and files at least half of its comments rightly', () => {
    for (const id of themeIds) expect([id, overall.perTheme[id].precision >= 0.5, overall.perTheme[id].recall >= 0.5]).toEqual([id, true, true]);
  });
});
