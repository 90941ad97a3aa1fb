import { svg, type SvgFragment } from './svg-markup';

/**
 * Okabe and Ito's palette, told apart by people with any common colour-vision deficiency. Each
 * series also has its own texture, so that a greyscale print or a reader who sees no colour at
 * all can still match bars to the legend.
 */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

export type Texture = 'solid' | 'diagonal' | 'dots' | 'horizontal' | 'cross' | 'vertical';

export interface SeriesStyle {
  colour: string;
  texture: Texture;
}

/** The leader's own view: warm and striped, the one series a reader compares everything with. */
export const SELF_STYLE: SeriesStyle = { colour: OKABE_ITO.orange, texture: 'diagonal' };
/** Everyone but the leader: the plain, dark reference. */
export const OTHERS_STYLE: SeriesStyle = { colour: OKABE_ITO.blue, texture: 'solid' };

const BUCKET_STYLES: readonly SeriesStyle[] = [
  { colour: OKABE_ITO.bluishGreen, texture: 'dots' },
  { colour: OKABE_ITO.reddishPurple, texture: 'horizontal' },
  { colour: OKABE_ITO.vermillion, texture: 'cross' },
  { colour: OKABE_ITO.skyBlue, texture: 'vertical' },
  { colour: OKABE_ITO.black, texture: 'solid' },
];

/** The style of the n-th shown bucket, in report order. */
export function bucketStyle(index: number): SeriesStyle {
  return BUCKET_STYLES[index % BUCKET_STYLES.length];
}

const round = (value: number): number => Math.round(value * 10) / 10;

/** The marks of a texture as one path string, inside the box (x, y, width, height). */
function texturePath(texture: Texture, x: number, y: number, width: number, height: number): string {
  const marks: string[] = [];
  const middle = round(y + height / 2);
  const step = (every: number, from: number, mark: (at: number) => string): void => {
    for (let at = x + from; at <= x + width - from; at += every) marks.push(mark(round(at)));
  };
  switch (texture) {
    case 'solid':
      break;
    case 'diagonal':
      step(6, 2, (at) => (at + height - 4 <= x + width - 1 ? `M${at} ${round(y + height - 2)}l${height - 4} ${-(height - 4)}` : ''));
      break;
    case 'dots':
      step(5, 2.5, (at) => `M${at} ${middle}h0`);
      break;
    case 'horizontal':
      if (width > 4)
        marks.push(`M${round(x + 2)} ${round(y + height / 3)}H${round(x + width - 2)}M${round(x + 2)} ${round(y + (2 * height) / 3)}H${round(x + width - 2)}`);
      break;
    case 'cross':
      step(9, 3, (at) => (at + 3 <= x + width - 1 ? `M${at} ${round(middle - 1.5)}l3 3m0 -3l-3 3` : ''));
      break;
    case 'vertical':
      step(4, 2, (at) => `M${at} ${round(y + 2)}V${round(y + height - 2)}`);
      break;
  }
  return marks.join('');
}

/**
 * A box filled with the series' colour and drawn over with its texture. The texture is plain
 * geometry, not an SVG <pattern>: Chromium prints patterns as bitmaps, which made a report's PDF
 * thirty times larger and blurred its bars.
 */
export function texturedBox(
  style: SeriesStyle,
  box: { x: number; y: number; width: number; height: number },
  attributes: { series?: string; value?: string; title?: string } = {},
): SvgFragment {
  const path = texturePath(style.texture, box.x, box.y, box.width, box.height);
  const rect = attributes.series
    ? svg`<rect data-series="${attributes.series}" data-value="${attributes.value ?? ''}" x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" fill="${style.colour}" stroke="#1d2433" stroke-width="0.5">${attributes.title ? svg`<title>${attributes.title}</title>` : null}</rect>`
    : svg`<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="2" fill="${style.colour}" stroke="#1d2433" stroke-width="0.6"/>`;
  const marks = path
    ? svg`<path d="${path}" fill="none" stroke="#ffffff" stroke-width="${style.texture === 'dots' ? 2.2 : 1.3}" stroke-linecap="round" pointer-events="none"/>`
    : null;
  return svg`${rect}${marks}`;
}
