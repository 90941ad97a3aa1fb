import type { CommentKind, CommentSentiment } from '../../aggregation/aggregate.types';

/**
 * A comment filed by hand under the leadership-360 themes it speaks about (the themes of
 * progress-pulse share their ids), with its sentiment: the shape of the shipped examples the
 * classifier learns from and of the labelled sets it is measured on.
 */
export interface LabelledComment {
  text: string;
  /** Free text unless it answers start/stop/continue. */
  kind?: CommentKind;
  themes: string[];
  sentiment: CommentSentiment;
}

/** Short names for the theme ids, so that a line of labelled data reads as the comment first. */
export const V = 'vision';
export const COM = 'communication';
export const DEC = 'decisions';
export const DEV = 'developing-others';
export const COL = 'collaboration';
export const EXE = 'execution';
export const SELF = 'self-awareness';
export const CALM = 'composure';

export function labelled(text: string, themes: string[], sentiment: CommentSentiment, kind?: CommentKind): LabelledComment {
  return { text, themes, sentiment, ...(kind ? { kind } : {}) };
}
