import { stringify } from 'csv-stringify/sync';
import type { Report } from '../assembly/report.types';

/** Spreadsheets run a cell that starts with one of these as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet shows as text: a leading quote mark stops formula evaluation. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

const COLUMNS = ['level', 'theme_id', 'theme', 'item_id', 'item', 'bucket', 'n', 'ratings', 'mean', 'sd', 'rwg'];

/**
 * The report's scores as CSV: aggregate figures only, exactly those the JSON report shows (a
 * suppressed figure stays absent), never an individual answer or a comment. Quoted per RFC 4180.
 */
export function reportToCsv(report: Report): string {
  const rows: (string | number | null)[][] = [];
  const bucketLabel = new Map(report.buckets.map((bucket) => [bucket.id, bucket.label]));
  const label = (key: string): string => (key === 'self' ? 'Self' : key === 'others' ? 'All others' : (bucketLabel.get(key) ?? key));
  for (const theme of report.themes) {
    for (const [key, cell] of Object.entries(theme.scores)) {
      if (cell) rows.push(['theme', theme.id, theme.title, '', '', label(key), cell.n, cell.ratings, cell.mean, cell.sd, null]);
    }
  }
  for (const item of report.items) {
    const theme = report.themes.find((candidate) => candidate.id === item.themeId);
    for (const [key, cell] of Object.entries(item.scores)) {
      if (cell) rows.push(['item', item.themeId, theme?.title ?? '', item.id, item.text, label(key), cell.n, cell.ratings, cell.mean, cell.sd, cell.rwg]);
    }
  }
  const safe = rows.map((row) => row.map((value) => (typeof value === 'string' ? neutraliseFormula(value) : value)));
  return stringify([COLUMNS, ...safe], { record_delimiter: '\r\n', quoted_string: true, cast: { number: (value) => String(value) } });
}
