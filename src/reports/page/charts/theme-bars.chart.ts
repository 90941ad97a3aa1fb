import { type SeriesStyle, texturedBox } from './chart-palette';
import { type ChartSvg, finishChart, svg, type SvgFragment, wrapLabel } from './svg-markup';
import { formatScore } from '../../assembly/score-format';

export interface ChartSeries {
  /** The score key of the report: a bucket id, "self" or "others". */
  key: string;
  label: string;
  style: SeriesStyle;
}

export interface ChartScale {
  min: number;
  max: number;
  labels: readonly string[];
}

export interface ThemeBarsInput {
  id: string;
  title: string;
  description: string;
  scale: ChartScale;
  series: readonly ChartSeries[];
  /** One group of bars per theme; a null value is a figure the report does not show. */
  themes: readonly { title: string; values: Readonly<Record<string, number | null>> }[];
}

const WIDTH = 720;
const PLOT_LEFT = 214;
const PLOT_RIGHT = WIDTH - 58;
const BAR = 12;
const BAR_GAP = 3;
const GROUP_GAP = 18;
const LEGEND_ROW = 22;
const AXIS = 40;
const LABEL_CHARS = 24;

/** Legend entries laid out left to right, wrapping onto new rows. */
function legend(series: readonly ChartSeries[]): { body: SvgFragment; height: number } {
  let x = 0;
  let row = 0;
  const entries = series.map((entry) => {
    const width = 24 + entry.label.length * 6.6 + 22;
    if (x > 0 && x + width > WIDTH) {
      x = 0;
      row += 1;
    }
    const at = { x, y: row * LEGEND_ROW };
    x += width;
    return svg`<g transform="translate(${at.x} ${at.y})">${texturedBox(entry.style, { x: 0, y: 3, width: 18, height: 12 })}<text x="22" y="13.5" font-size="12" fill="#1d2433">${entry.label}</text></g>`;
  });
  return { body: svg`<g class="legend">${entries}</g>`, height: (row + 1) * LEGEND_ROW + 10 };
}

/** Where a scale value lies on the x axis: the scale's minimum at the left edge of the plot. */
export function barX(value: number, scale: ChartScale): number {
  const span = scale.max - scale.min;
  const clamped = Math.min(scale.max, Math.max(scale.min, value));
  return PLOT_LEFT + ((clamped - scale.min) / span) * (PLOT_RIGHT - PLOT_LEFT);
}

function gridAndAxis(scale: ChartScale, top: number, bottom: number): SvgFragment {
  const ticks = Array.from({ length: scale.max - scale.min + 1 }, (_, index) => scale.min + index);
  return svg`<g class="axis">${ticks.map((tick, index) => {
    const x = barX(tick, scale);
    const label = scale.labels[index] ?? '';
    return svg`<line x1="${x}" y1="${top}" x2="${x}" y2="${bottom}" stroke="#c9cfdb" stroke-width="0.8"${index === 0 ? svg`` : svg` stroke-dasharray="3 3"`}/><text x="${x}" y="${bottom + 15}" font-size="11" text-anchor="middle" fill="#1d2433">${String(tick)}</text><text x="${x}" y="${bottom + 29}" font-size="10" text-anchor="middle" fill="#4a5468">${label}</text>`;
  })}</g>`;
}

/**
 * Horizontal bars, one group per theme and one bar per rater group (self, each shown bucket,
 * all others), drawn from the scale's lowest point so that differences read at a glance. Every
 * bar carries its figure; a figure the report does not show is written "— not shown", never
 * drawn as a short bar.
 */
export function themeBarsChart(input: ThemeBarsInput): ChartSvg {
  const { id, scale, series } = input;
  const key = legend(series);
  const groupHeight = series.length * BAR + (series.length - 1) * BAR_GAP;
  const top = key.height;
  const plotBottom = top + input.themes.length * (groupHeight + GROUP_GAP);

  const groups = input.themes.map((theme, themeIndex) => {
    const y0 = top + themeIndex * (groupHeight + GROUP_GAP) + GROUP_GAP / 2;
    const lines = wrapLabel(theme.title, LABEL_CHARS);
    const labelTop = y0 + groupHeight / 2 - ((lines.length - 1) * 15) / 2 + 4;
    const band = themeIndex % 2 === 0 ? svg`<rect x="0" y="${y0 - GROUP_GAP / 2}" width="${WIDTH}" height="${groupHeight + GROUP_GAP}" fill="#f3f5f9"/>` : null;
    const bars = series.map((entry, seriesIndex) => {
      const y = y0 + seriesIndex * (BAR + BAR_GAP);
      const value = theme.values[entry.key] ?? null;
      if (value === null) {
        return svg`<text class="missing" data-series="${entry.key}" x="${PLOT_LEFT + 4}" y="${y + BAR - 2}" font-size="10.5" fill="#4a5468"><title>${entry.label}: not shown</title>— not shown</text>`;
      }
      const end = barX(value, scale);
      const box = { x: PLOT_LEFT, y, width: end - PLOT_LEFT, height: BAR };
      return svg`${texturedBox(entry.style, box, { series: entry.key, value: formatScore(value), title: `${entry.label}: ${formatScore(value)}` })}<text x="${end + 5}" y="${y + BAR - 2}" font-size="10.5" fill="#1d2433">${formatScore(value)}</text>`;
    });
    return {
      band,
      content: svg`<g class="theme"><text x="4" y="${labelTop}" font-size="12.5" font-weight="600" fill="#1d2433">${lines.map((line, index) => svg`<tspan x="4" dy="${index === 0 ? 0 : 15}">${line}</tspan>`)}</text>${bars}</g>`,
    };
  });

  return finishChart({
    id,
    width: WIDTH,
    height: plotBottom + AXIS,
    title: input.title,
    description: input.description,
    // Bands first, grid lines over them, bars and figures on top.
    body: svg`${key.body}${groups.flatMap((group) => (group.band ? [group.band] : []))}${gridAndAxis(scale, top, plotBottom)}${groups.map((group) => group.content)}`,
  });
}
