/**
 * Building blocks of the report's charts. Charts are assembled with the `svg` tagged template,
 * which escapes every interpolated string and passes through only fragments it built itself, so
 * a theme title or a group label can never become markup. A finished chart is a `ChartSvg`: the
 * only kind of value the report page prints without escaping.
 */

declare const chartBrand: unique symbol;

/** Markup of a finished chart, every text in it escaped. Only `finishChart` makes one. */
export type ChartSvg = string & { readonly [chartBrand]: true };

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]);
}

/** A piece of markup made by `svg`: interpolating it into another `svg` keeps it as markup. */
export interface SvgFragment {
  readonly markup: string;
}

/** Fragments `svg` made; an object that merely looks like one is refused, not trusted. */
const madeBySvg = new WeakSet<SvgFragment>();

function fragment(markup: string): SvgFragment {
  const made = Object.freeze({ markup });
  madeBySvg.add(made);
  return made;
}

function trustedMarkup(value: SvgFragment): string {
  if (!madeBySvg.has(value)) throw new Error('chart markup must come from the svg template');
  return value.markup;
}

export type SvgValue = string | number | SvgFragment | readonly SvgFragment[] | null | false;

/** Coordinates to two decimals: enough for print, and stable for tests. */
export function coordinate(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`chart coordinate is not a finite number: ${value}`);
  return String(Math.round(value * 100) / 100);
}

function interpolate(value: SvgValue): string {
  if (value === null || value === false) return '';
  if (typeof value === 'number') return coordinate(value);
  if (typeof value === 'string') return escapeXml(value);
  if (Array.isArray(value)) return value.map(trustedMarkup).join('');
  return trustedMarkup(value as SvgFragment);
}

export function svg(strings: TemplateStringsArray, ...values: SvgValue[]): SvgFragment {
  return fragment(strings.reduce((markup, part, index) => markup + part + (index < values.length ? interpolate(values[index]) : ''), ''));
}

export interface ChartFrame {
  /** Unique on the page: the chart's ids (title, patterns) derive from it. */
  id: string;
  width: number;
  height: number;
  /** Short name of the chart, read first by a screen reader. */
  title: string;
  /** What the chart shows, in words, with the main figures. */
  description: string;
  body: SvgFragment;
  defs?: SvgFragment | null;
}

/** Ids may only hold characters that need no escaping in a url(#...) reference. */
export function chartId(id: string): string {
  if (!/^[a-z][a-z0-9-]*$/.test(id)) throw new Error(`chart id must be lower-case letters, digits and dashes: ${id}`);
  return id;
}

export function finishChart(frame: ChartFrame): ChartSvg {
  const id = chartId(frame.id);
  const markup = svg`<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${frame.width} ${frame.height}" width="${frame.width}" height="${frame.height}" aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif"><title id="${id}-title">${frame.title}</title><desc id="${id}-desc">${frame.description}</desc>${frame.defs ? svg`<defs>${frame.defs}</defs>` : null}${frame.body}</svg>`;
  return markup.markup as ChartSvg;
}

/**
 * Splits a label into lines of at most `maxChars` characters at spaces (a longer word stays
 * whole), at most `maxLines` lines, the last one shortened with an ellipsis when needed.
 */
export function wrapLabel(text: string, maxChars: number, maxLines = 2): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.length > 0 ? lines[lines.length - 1] : null;
    if (last !== null && `${last} ${word}`.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const rest = lines.slice(maxLines - 1).join(' ');
  kept[maxLines - 1] = rest.length > maxChars ? `${rest.slice(0, Math.max(1, maxChars - 1)).trimEnd()}…` : rest;
  return kept;
}
