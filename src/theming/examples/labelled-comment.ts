import type { CommentKind, CommentSentiment } from '../comment.types';

/**
 * A comment filed by hand under the themes it speaks about, with its sentiment: one line of an
 * example file (`surveys/examples/<survey id>.comments.jsonl`), which the classifier learns from,
 * and of the labelled sets it is measured on.
 */
export interface LabelledComment {
  text: string;
  /** Free text unless it answers start/stop/continue. */
  kind?: CommentKind;
  /** Theme ids of the survey the file is labelled for; empty for a comment about none of them. */
  themes: string[];
  sentiment: CommentSentiment;
  /**
   * Which comments were written together (a round of writing, and the theme or item written
   * for): paraphrases of one another, which cross-validation never splits between training and
   * test. Optional: a single line is a batch of its own.
   */
  batch?: string;
}
