import type { CellAggregate } from '../../aggregation/aggregate.types';
import { cellRwg, cellSampleSd } from '../../aggregation/cell-statistics';
import type { SurveyDefinition, SurveyItem } from '../../surveys/survey.types';
import type { ItemScoreCell, ScoreCell } from './report.types';
import { meanInterval } from './mean-interval';
import { round2, roundedMean } from './score-format';

/** The values an item is rated on: 1..points, min..max of the change scale, or 1..n of the follow-up scale. */
export function scaleValues(survey: SurveyDefinition, item: SurveyItem): number[] {
  if (item.kind === 'followUp') return Array.from({ length: survey.followUpScale?.labels.length ?? 4 }, (_, index) => index + 1);
  const [min, max] = item.kind === 'change' ? [survey.changeScale?.min ?? -3, survey.changeScale?.max ?? 3] : [1, survey.scale.points];
  return Array.from({ length: max - min + 1 }, (_, index) => min + index);
}

/** A cell as the report prints it, or null when nobody rated there. */
export function scoreCell(cell: CellAggregate | undefined): ScoreCell | null {
  if (!cell || cell.ratings === 0) return null;
  const sd = cellSampleSd(cell);
  const shown = { n: cell.raters, mean: roundedMean(cell.sum, cell.ratings), sd: sd === null ? null : round2(sd) };
  return { n: shown.n, ratings: cell.ratings, mean: shown.mean, sd: shown.sd, ci90: meanInterval(shown) };
}

/** Agreement uses the item's own scale (A = max - min + 1); every scale value is listed, 0 included. */
export function itemScoreCell(cell: CellAggregate | undefined, values: readonly number[]): ItemScoreCell | null {
  const score = scoreCell(cell);
  if (!score || !cell) return null;
  const rwg = cellRwg(cell, values.length);
  const distribution: Record<string, number> = Object.fromEntries(values.map((value) => [String(value), 0]));
  for (const [value, count] of Object.entries(cell.histogram)) distribution[value] = (distribution[value] ?? 0) + count;
  return { ...score, rwg: rwg === null ? null : round2(rwg), distribution };
}
