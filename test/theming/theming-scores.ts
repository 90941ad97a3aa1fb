import type { CommentKind, CommentSentiment } from '../../src/theming/comment.types';
import type { SurveyTheme } from '../../src/surveys/survey.types';
import { chosenThemes, type DecisionRule, type ThemeCountEvidence } from '../../src/theming/classifier/analyzer-weights';
import type { LabelledComment } from '../../src/theming/examples/labelled-comment';
import { commentSentiment } from '../../src/theming/sentiment/comment-sentiment';
import type { AnalysedText } from '../../src/theming/text/text-pipeline';

/** What a classifier says of one comment: its themes, the best of them first-ranked, its sentiment. */
export interface Classified {
  themeIds: readonly string[];
  /** The theme with the highest score, when any theme is given. */
  best: string | undefined;
  sentiment: CommentSentiment;
}

/**
 * What the product gives a comment of these scores: the themes the decision rule chooses, the best
 * of them, and its sentiment (the one given, or what the phrasing cues read).
 */
export function classifiedByScores(
  themes: readonly SurveyTheme[],
  scores: readonly number[],
  decision: DecisionRule,
  comment: { text: string; analysed: AnalysedText; kind: CommentKind | undefined; sentiment?: CommentSentiment } & ThemeCountEvidence,
): Classified {
  const given = chosenThemes(themes, scores, decision, comment);
  const scoreOf = (id: string): number => scores[themes.findIndex((theme) => theme.id === id)];
  const best = given.reduce<string | undefined>((top, id) => (top === undefined || scoreOf(id) > scoreOf(top) ? id : top), undefined);
  return { themeIds: given, best, sentiment: comment.sentiment ?? commentSentiment(comment.text, comment.analysed, comment.kind) };
}

export interface ThemingScores {
  comments: number;
  /** Share of comments whose predicted theme set is exactly the labelled one. */
  exact: number;
  /** Of comments labelled with a theme, the share whose best-scoring predicted theme is one of them. */
  top1: number;
  /** Mean per comment of |predicted ∩ labelled| / |predicted ∪ labelled| (1 when both are empty). */
  jaccard: number;
  sentiment: number;
  /** Per theme: of those predicted, how many right; of those labelled, how many found. */
  perTheme: Record<string, { precision: number; recall: number }>;
  microPrecision: number;
  microRecall: number;
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole);

export function themingScores(
  set: readonly LabelledComment[],
  themeIds: readonly string[],
  classify: (text: string, kind: CommentKind | undefined) => Classified,
): ThemingScores {
  let exact = 0;
  let top1 = 0;
  let themed = 0;
  let jaccard = 0;
  let sentimentRight = 0;
  const counts = Object.fromEntries(themeIds.map((id) => [id, { truePositive: 0, predicted: 0, labelled: 0 }]));
  for (const comment of set) {
    const result = classify(comment.text, comment.kind);
    const predicted = new Set(result.themeIds);
    const labelled = new Set(comment.themes);
    const common = [...predicted].filter((id) => labelled.has(id)).length;
    const union = predicted.size + labelled.size - common;
    if (common === union) exact += 1;
    jaccard += union === 0 ? 1 : common / union;
    if (labelled.size > 0) {
      themed += 1;
      if (result.best !== undefined && labelled.has(result.best)) top1 += 1;
    }
    if (result.sentiment === comment.sentiment) sentimentRight += 1;
    for (const id of themeIds) {
      if (predicted.has(id)) counts[id].predicted += 1;
      if (labelled.has(id)) counts[id].labelled += 1;
      if (predicted.has(id) && labelled.has(id)) counts[id].truePositive += 1;
    }
  }
  const total = Object.values(counts).reduce(
    (sum, count) => ({
      truePositive: sum.truePositive + count.truePositive,
      predicted: sum.predicted + count.predicted,
      labelled: sum.labelled + count.labelled,
    }),
    { truePositive: 0, predicted: 0, labelled: 0 },
  );
  return {
    comments: set.length,
    exact: exact / set.length,
    top1: ratio(top1, themed),
    jaccard: jaccard / set.length,
    sentiment: sentimentRight / set.length,
    perTheme: Object.fromEntries(
      themeIds.map((id) => [
        id,
        { precision: ratio(counts[id].truePositive, counts[id].predicted), recall: ratio(counts[id].truePositive, counts[id].labelled) },
      ]),
    ),
    microPrecision: ratio(total.truePositive, total.predicted),
    microRecall: ratio(total.truePositive, total.labelled),
  };
}

export const percent = (value: number): string => `${(100 * value).toFixed(1)} %`;

/** Whether two lists of theme ids name the same themes: a comment themed exactly right. */
export const sameThemes = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id) => b.includes(id));

export function describeScores(name: string, scores: ThemingScores): string {
  return (
    `comment theming, ${name} (${scores.comments} comments): themes exactly right ${percent(scores.exact)}, top-1 ${percent(scores.top1)}, ` +
    `Jaccard ${percent(scores.jaccard)}, micro precision ${percent(scores.microPrecision)}, micro recall ${percent(scores.microRecall)}, sentiment right ${percent(scores.sentiment)}`
  );
}

export function describePerTheme(name: string, scores: ThemingScores, themeIds: readonly string[]): string {
  return `comment theming, ${name} precision / recall per theme: ${themeIds.map((id) => `${id} ${percent(scores.perTheme[id].precision)} / ${percent(scores.perTheme[id].recall)}`).join('; ')}`;
}
