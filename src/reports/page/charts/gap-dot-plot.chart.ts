import { OTHERS_STYLE, SELF_STYLE } from './chart-palette';
import { type ChartSvg, finishChart, svg, type SvgFragment, wrapLabel } from './svg-markup';
import type { ChartScale } from './theme-bars.chart';
import { formatScore, formatSigned } from '../../assembly/score-format';

export interface GapRow {
  title: string;
  self: number | null;
  others: number | null;
  /** self - others as the report states it, or null. */
  gap: number | null;
  /** A word on the row, e.g. its classification when it is a blind spot. */
  note: string | null;
}

export interface GapPlotInput {
  id: string;
  title: string;
  description: string;
  scale: ChartScale;
  selfLabel: string;
  othersLabel: string;
  rows: readonly GapRow[];
}

const WIDTH = 720;
const PLOT_LEFT = 214;
const PLOT_RIGHT = 590;
const GAP_X = 612;
const ROW = 36;
const LEGEND = 30;
const AXIS = 40;
const LABEL_CHARS = 24;

export function dotX(value: number, scale: ChartScale): number {
  const clamped = Math.min(scale.max, Math.max(scale.min, value));
  return PLOT_LEFT + ((clamped - scale.min) / (scale.max - scale.min)) * (PLOT_RIGHT - PLOT_LEFT);
}

const othersDot = (x: number, y: number, label: string, role = 'others'): SvgFragment =>
  svg`<circle class="${role}" cx="${x}" cy="${y}" r="6.5" fill="${OTHERS_STYLE.colour}" stroke="#ffffff" stroke-width="1.5"><title>${label}</title></circle>`;
/** A diamond, not a second circle: the two marks differ in shape as well as colour. */
const selfMark = (x: number, y: number, label: string, role = 'self'): SvgFragment =>
  svg`<path class="${role}" d="M${x} ${y - 8} L${x + 8} ${y} L${x} ${y + 8} L${x - 8} ${y} Z" fill="${SELF_STYLE.colour}" stroke="#1d2433" stroke-width="1"><title>${label}</title></path>`;

function legend(input: GapPlotInput): SvgFragment {
  const selfAt = 26 + input.othersLabel.length * 6.6 + 30;
  return svg`<g class="legend">${othersDot(8, 12, input.othersLabel, 'key')}<text x="22" y="16.5" font-size="12" fill="#1d2433">${input.othersLabel}</text>${selfMark(selfAt, 12, input.selfLabel, 'key')}<text x="${selfAt + 14}" y="16.5" font-size="12" fill="#1d2433">${input.selfLabel}</text><text x="${GAP_X}" y="16.5" font-size="12" font-weight="600" fill="#1d2433">Gap (self − others)</text></g>`;
}

/**
 * One row per theme: where others place it and where the leader does, joined by a line whose
 * length is the gap, with the gap written out at the right. A figure the report does not show
 * has no mark.
 */
export function gapDotPlot(input: GapPlotInput): ChartSvg {
  const { scale } = input;
  const top = LEGEND;
  const bottom = top + input.rows.length * ROW;
  const ticks = Array.from({ length: scale.max - scale.min + 1 }, (_, index) => scale.min + index);
  const grid = svg`<g class="axis">${ticks.map((tick, index) => {
    const x = dotX(tick, scale);
    return svg`<line x1="${x}" y1="${top}" x2="${x}" y2="${bottom}" stroke="#c9cfdb" stroke-width="0.8"${index === 0 ? svg`` : svg` stroke-dasharray="3 3"`}/><text x="${x}" y="${bottom + 15}" font-size="11" text-anchor="middle" fill="#1d2433">${String(tick)}</text><text x="${x}" y="${bottom + 29}" font-size="10" text-anchor="middle" fill="#4a5468">${scale.labels[index] ?? ''}</text>`;
  })}</g>`;

  const rows = input.rows.map((row, index) => {
    const y = top + index * ROW + ROW / 2;
    const lines = wrapLabel(row.title, LABEL_CHARS);
    const band = index % 2 === 0 ? svg`<rect x="0" y="${y - ROW / 2}" width="${WIDTH}" height="${ROW}" fill="#f3f5f9"/>` : null;
    const label = svg`<text x="4" y="${y + 4 - ((lines.length - 1) * 14) / 2}" font-size="12.5" font-weight="600" fill="#1d2433">${lines.map((line, lineIndex) => svg`<tspan x="4" dy="${lineIndex === 0 ? 0 : 14}">${line}</tspan>`)}</text>`;
    const others = row.others === null ? null : dotX(row.others, scale);
    const self = row.self === null ? null : dotX(row.self, scale);
    const connector =
      others !== null && self !== null ? svg`<line x1="${others}" y1="${y}" x2="${self}" y2="${y}" stroke="#4a5468" stroke-width="2.5"/>` : null;
    const marks = svg`${others === null || row.others === null ? svg`<text class="missing" x="${PLOT_LEFT + 4}" y="${y + 4}" font-size="10.5" fill="#4a5468"><title>${input.othersLabel}: not shown</title>— not shown</text>` : othersDot(others, y, `${input.othersLabel}: ${formatScore(row.others)}`)}${self === null || row.self === null ? null : selfMark(self, y, `${input.selfLabel}: ${formatScore(row.self)}`)}`;
    const gapText =
      row.gap === null
        ? svg`<text x="${GAP_X}" y="${y + 4}" font-size="11" fill="#4a5468">—</text>`
        : svg`<text class="gap" x="${GAP_X}" y="${y + (row.note ? 0 : 4)}" font-size="12.5" font-weight="600" fill="#1d2433">${formatSigned(row.gap)}</text>`;
    const note = row.note ? svg`<text x="${GAP_X}" y="${y + 13}" font-size="10.5" fill="#4a5468">${row.note}</text>` : null;
    return { band, content: svg`<g class="row">${label}${connector}${marks}${gapText}${note}</g>` };
  });

  return finishChart({
    id: input.id,
    width: WIDTH,
    height: bottom + AXIS,
    title: input.title,
    description: input.description,
    body: svg`${legend(input)}${rows.flatMap((row) => (row.band ? [row.band] : []))}${grid}${rows.map((row) => row.content)}`,
  });
}
