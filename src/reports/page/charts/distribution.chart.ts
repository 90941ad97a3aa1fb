import { OKABE_ITO } from './chart-palette';
import { type ChartSvg, finishChart, svg } from './svg-markup';

export interface DistributionInput {
  id: string;
  /** Whose ratings of what, e.g. "All others' ratings of: Listens without interrupting". */
  title: string;
  /** Every scale value in order, with its count (0 included). */
  values: readonly { value: string; label: string; count: number }[];
}

const COLUMN = 20;
const COLUMN_GAP = 6;
const COUNT_LINE = 14;
const MAX_BAR = 28;
const VALUE_LINE = 14;

/**
 * A small histogram: one column per scale value, always in the same place, its count written
 * above and the value below, so position, not colour, says which value a count belongs to.
 */
export function distributionChart(input: DistributionInput): ChartSvg {
  const most = Math.max(1, ...input.values.map((entry) => entry.count));
  const baseline = COUNT_LINE + MAX_BAR;
  const width = input.values.length * (COLUMN + COLUMN_GAP) - COLUMN_GAP;
  const columns = input.values.map((entry, index) => {
    const x = index * (COLUMN + COLUMN_GAP);
    const height = (entry.count / most) * MAX_BAR;
    const bar =
      entry.count > 0
        ? svg`<rect data-value="${entry.value}" data-count="${String(entry.count)}" x="${x}" y="${baseline - height}" width="${COLUMN}" height="${height}" fill="${OKABE_ITO.blue}"/>`
        : null;
    return svg`${bar}<text x="${x + COLUMN / 2}" y="${baseline - height - 2.5}" font-size="11.5" text-anchor="middle" fill="#1d2433">${String(entry.count)}</text><text x="${x + COLUMN / 2}" y="${baseline + VALUE_LINE - 1}" font-size="10.5" text-anchor="middle" fill="#4a5468">${entry.value}</text>`;
  });
  const description = input.values.map((entry) => `${entry.label} (${entry.value}): ${entry.count}`).join(', ');
  return finishChart({
    id: input.id,
    width,
    height: baseline + VALUE_LINE + 1,
    title: input.title,
    description: `Number of ratings per scale value. ${description}.`,
    body: svg`<line x1="0" y1="${baseline}" x2="${width}" y2="${baseline}" stroke="#4a5468" stroke-width="0.8"/>${columns}`,
  });
}
