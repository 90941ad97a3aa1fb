import { bucketStyle, OTHERS_STYLE, SELF_STYLE } from './charts/chart-palette';
import { distributionChart } from './charts/distribution.chart';
import { gapDotPlot } from './charts/gap-dot-plot.chart';
import type { ChartSvg } from './charts/svg-markup';
import { type ChartScale, type ChartSeries, themeBarsChart } from './charts/theme-bars.chart';
import type { ItemHighlight, Report, ReportComment, ReportItem, ReportTheme, ScoreCell } from '../assembly/report.types';
import { formatScore, formatSigned } from '../assembly/score-format';
import { type ClassificationView, classificationView, languageName, VIEWS_DIFFER_BELOW } from './report-page.words';

/** A figure as a table cell: null is a figure the report does not show, printed as an em dash. */
export interface CellView {
  text: string | null;
  /** Said beside the figure: "views differ", "uncertain", an interval. */
  note: string | null;
}

export interface CommentView {
  text: string;
  /** The shown group it came from, or null when it cannot be said. */
  source: string | null;
  /** Its language when theming cannot read it (code for the markup, and name, as "French"), else null. */
  language: { code: string; name: string } | null;
}

export interface DistributionView {
  chartSvg: ChartSvg;
}

export interface ItemRowView {
  text: string;
  cells: CellView[];
  agreement: CellView;
  distribution: DistributionView | null;
}

export interface ThemeRowView {
  title: string;
  anchor: string;
  cells: CellView[];
  gap: CellView;
  agreement: CellView;
  classification: ClassificationView;
  reason: string;
}

export interface ThemeSectionView extends ThemeRowView {
  items: ItemRowView[];
  works: CommentView[];
  workOn: CommentView[];
}

export interface ThemesOverviewView {
  barsSvg: ChartSvg;
  gapsSvg: ChartSvg;
}

export interface HighlightRowView {
  text: string;
  theme: string;
  others: CellView;
  self: CellView;
  gap: CellView;
  agreement: CellView;
  distribution: DistributionView | null;
}

export interface HighlightListView {
  title: string;
  explanation: string;
  /** Mixed views show how the ratings spread; the other lists need only the means. */
  showsDistribution: boolean;
  rows: HighlightRowView[];
}

export const cell = (value: number | null | undefined): CellView => ({ text: value === null || value === undefined ? null : formatScore(value), note: null });
export const signedCell = (value: number | null | undefined): CellView => ({
  text: value === null || value === undefined ? null : formatSigned(value),
  note: null,
});

/** Agreement (rwg), with "views differ" beside it when others do not agree. */
export const agreementCell = (rwg: number | null | undefined): CellView => ({
  ...cell(rwg),
  note: rwg !== null && rwg !== undefined && rwg < VIEWS_DIFFER_BELOW ? 'views differ' : null,
});

/** A mean with its 90 % interval beside it, when there is one. */
const meanCell = (score: ScoreCell | null | undefined): CellView => ({
  ...cell(score?.mean),
  note: score?.ci90 ? `${formatScore(score.ci90[0])}–${formatScore(score.ci90[1])}` : null,
});

/** The gap self minus others, marked "uncertain" when the report does not rely on it. */
const gapCell = (theme: ReportTheme): CellView => ({ ...signedCell(theme.gap), note: theme.gapReliable === false ? 'uncertain' : null });

/** The columns of every score table and the bars of the chart: self, each shown bucket, all others. */
export function scoreSeries(report: Report): ChartSeries[] {
  const shown = report.buckets.filter((bucket) => bucket.shown);
  return [
    ...(report.raterOverview.self !== null ? [{ key: 'self', label: 'Self', style: SELF_STYLE }] : []),
    ...shown.map((bucket, index) => ({ key: bucket.id, label: bucket.label, style: bucketStyle(index) })),
    { key: 'others', label: 'All others', style: OTHERS_STYLE },
  ];
}

export function chartScale(report: Report): ChartScale {
  return { min: report.scale.min, max: report.scale.max, labels: report.scale.labels };
}

/** Names a comment's shown group; "self" is the leader. */
export function commentSource(report: Report): (comment: { bucket: string | null }) => string | null {
  const labels = new Map(report.buckets.filter((bucket) => bucket.shown).map((bucket) => [bucket.id, bucket.label]));
  return (comment) => (comment.bucket === null ? null : comment.bucket === 'self' ? 'Self' : (labels.get(comment.bucket) ?? null));
}

/** A comment as the page lists it: its text, the shown group it came from, and its language when theming cannot read it. */
export function commentView(report: Report): (comment: ReportComment) => CommentView {
  const source = commentSource(report);
  return (comment) => ({
    text: comment.text,
    source: source(comment),
    language: comment.language ? { code: comment.language, name: languageName(comment.language) } : null,
  });
}

export const themeAnchor = (index: number): string => `theme-${index + 1}`;

/** Counts ids so every small chart on the page has its own. */
export class ChartIds {
  private next = 0;

  distribution(): string {
    this.next += 1;
    return `dist-${this.next}`;
  }
}

function distribution(report: Report, counts: Record<string, number> | null | undefined, title: string, ids: ChartIds): DistributionView | null {
  if (!counts) return null;
  const values = Array.from({ length: report.scale.max - report.scale.min + 1 }, (_, index) => {
    const value = String(report.scale.min + index);
    return { value, label: report.scale.labels[index] ?? value, count: counts[value] ?? 0 };
  });
  return { chartSvg: distributionChart({ id: ids.distribution(), title, values }) };
}

function themeRow(theme: ReportTheme, index: number, series: readonly ChartSeries[]): ThemeRowView {
  return {
    title: theme.title,
    anchor: themeAnchor(index),
    cells: series.map((entry) => meanCell(theme.scores[entry.key])),
    gap: gapCell(theme),
    agreement: agreementCell(theme.agreement),
    classification: classificationView(theme.classification),
    reason: theme.classificationReason,
  };
}

export function themeRows(report: Report): ThemeRowView[] {
  const series = scoreSeries(report);
  return report.themes.map((theme, index) => themeRow(theme, index, series));
}

function itemRow(report: Report, item: ReportItem, series: readonly ChartSeries[], ids: ChartIds): ItemRowView {
  const others = item.scores.others ?? null;
  return {
    text: item.text,
    cells: series.map((entry) => cell(item.scores[entry.key]?.mean)),
    agreement: agreementCell(others?.rwg),
    distribution: distribution(report, others?.distribution, `All others' ratings of: ${item.text}`, ids),
  };
}

export function themeSections(report: Report, ids: ChartIds): ThemeSectionView[] {
  const series = scoreSeries(report);
  const toComment = commentView(report);
  return report.themes.map((theme, index) => ({
    ...themeRow(theme, index, series),
    items: report.items.filter((item) => item.themeId === theme.id).map((item) => itemRow(report, item, series, ids)),
    works: theme.comments.filter((comment) => comment.sentiment === 'positive').map(toComment),
    workOn: theme.comments.filter((comment) => comment.sentiment !== 'positive').map(toComment),
  }));
}

export function themesOverview(report: Report): ThemesOverviewView | null {
  if (report.themes.length === 0) return null;
  const series = scoreSeries(report);
  const scale = chartScale(report);
  const range = `on the ${scale.min} to ${scale.max} scale (${scale.labels[0] ?? scale.min} to ${scale.labels[scale.labels.length - 1] ?? scale.max})`;
  return {
    barsSvg: themeBarsChart({
      id: 'theme-bars',
      title: 'Mean rating of each theme by rater group',
      description: `Bars for ${series.map((entry) => entry.label).join(', ')}, ${range}. The same figures are in the table "Themes: scores and classification".`,
      scale,
      series,
      themes: report.themes.map((theme) => ({
        title: theme.title,
        values: Object.fromEntries(series.map((entry) => [entry.key, theme.scores[entry.key]?.mean ?? null])),
      })),
    }),
    gapsSvg: gapDotPlot({
      id: 'theme-gaps',
      title: 'Self and all others per theme, with the gap',
      description: `For each theme, all others' mean (circle) and the leader's own (diamond) ${range}, and the gap, self minus others. The same figures are in the table "Themes: scores and classification".`,
      scale,
      selfLabel: 'Self',
      othersLabel: 'All others',
      rows: report.themes.map((theme) => ({
        title: theme.title,
        self: theme.scores.self?.mean ?? null,
        others: theme.scores.others?.mean ?? null,
        gap: theme.gap,
        note:
          theme.classification === 'blind_spot' || theme.classification === 'hidden_strength'
            ? classificationView(theme.classification).label.toLowerCase()
            : null,
      })),
    }),
  };
}

export function highlightLists(report: Report, ids: ChartIds): HighlightListView[] {
  const themeTitle = new Map(report.themes.map((theme) => [theme.id, theme.title]));
  const row = (highlight: ItemHighlight, withDistribution: boolean): HighlightRowView => ({
    text: highlight.text,
    theme: themeTitle.get(highlight.themeId) ?? '',
    others: cell(highlight.others),
    self: cell(highlight.self),
    gap: signedCell(highlight.gap),
    agreement: agreementCell(highlight.rwg),
    distribution: withDistribution ? distribution(report, highlight.distribution, `All others' ratings of: ${highlight.text}`, ids) : null,
  });
  const lists: [string, string, readonly ItemHighlight[], boolean][] = [
    ['Rated highest by others', 'The behaviours others see most often.', report.itemHighlights.top, false],
    ['Rated lowest by others', 'The behaviours others see least often.', report.itemHighlights.bottom, false],
    [
      'The leader rates higher than others',
      'The largest gaps where the self-rating is above the rating of all others.',
      report.itemHighlights.selfHigher,
      false,
    ],
    [
      'Others rate higher than the leader',
      'The largest gaps where all others rate the behaviour above the self-rating.',
      report.itemHighlights.othersHigher,
      false,
    ],
    ['Mixed views', 'Items where others disagree most among themselves: their ratings are spread out.', report.itemHighlights.mixedViews, true],
  ];
  return lists.map(([title, explanation, highlights, showsDistribution]) => ({
    title,
    explanation,
    showsDistribution,
    rows: highlights.map((highlight) => row(highlight, showsDistribution)),
  }));
}
