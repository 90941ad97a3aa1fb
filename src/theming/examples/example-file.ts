import { basename } from 'node:path';
import type { SurveyValidationIssue } from '../../surveys/survey-validation.error';
import { COMMENT_KINDS, COMMENT_SENTIMENTS } from '../comment.types';
import type { LabelledComment } from './labelled-comment';

/**
 * Example comments sit beside the survey they are labelled for: `examples/<survey id>.comments.jsonl`
 * in the surveys folder, one JSON object a line:
 * `{"text": "...", "themes": ["vision"], "sentiment": "positive", "kind": "start", "batch": "round-2/vision"}`.
 */
export const EXAMPLE_FILE_SUFFIX = '.comments.jsonl';
export const EXAMPLES_FOLDER = 'examples';

/** The id of the survey a file's examples are labelled for, from its name. */
export function surveyIdOfExampleFile(path: string): string | null {
  const name = basename(path);
  return name.endsWith(EXAMPLE_FILE_SUFFIX) && name.length > EXAMPLE_FILE_SUFFIX.length ? name.slice(0, -EXAMPLE_FILE_SUFFIX.length) : null;
}

/** Comments are answers; the product stores none longer than this. */
const MAX_TEXT = 5_000;
const KEYS = new Set(['text', 'themes', 'sentiment', 'kind', 'batch']);

/**
 * The examples of one file, and every problem of it: a line that is not JSON, an unknown key, a
 * theme id the survey does not have (`themeIds`), each named with the line and the path in it.
 */
export function parseExampleFile(text: string, file: string, themeIds: ReadonlySet<string>): { examples: LabelledComment[]; issues: SurveyValidationIssue[] } {
  const examples: LabelledComment[] = [];
  const issues: SurveyValidationIssue[] = [];
  const seen = new Map<string, number>();
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const issue = (path: string, message: string): void => {
      issues.push({ file, line, path, message });
    };
    let entry: unknown;
    try {
      entry = JSON.parse(raw);
    } catch (error) {
      issue('(line)', `is not valid JSON (${(error as Error).message})`);
      return;
    }
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      issue('(line)', 'must be a JSON object: {"text", "themes", "sentiment"}');
      return;
    }
    const record = entry as Record<string, unknown>;
    const before = issues.length;
    for (const key of Object.keys(record)) if (!KEYS.has(key)) issue(key, `unknown key (expected text, themes, sentiment, kind, batch)`);
    const { text: comment, themes, sentiment, kind, batch } = record;
    if (typeof comment !== 'string' || comment.trim() === '') issue('text', 'is required: the comment, as a rater wrote it');
    else if (comment.length > MAX_TEXT) issue('text', `is longer than ${MAX_TEXT} characters`);
    else if (seen.has(comment)) issue('text', `repeats line ${seen.get(comment)}`);
    if (!Array.isArray(themes)) issue('themes', 'is required: a list of theme ids, [] for a comment about none');
    else
      themes.forEach((id, position) => {
        if (typeof id !== 'string' || !themeIds.has(id))
          issue(`themes[${position}]`, `'${String(id)}' is not a theme of this survey (${[...themeIds].join(', ')})`);
        else if (themes.indexOf(id) !== position) issue(`themes[${position}]`, `'${id}' is listed twice`);
      });
    if (!COMMENT_SENTIMENTS.includes(sentiment as never)) issue('sentiment', `must be one of ${COMMENT_SENTIMENTS.join(', ')}`);
    if (kind !== undefined && !COMMENT_KINDS.includes(kind as never)) issue('kind', `must be one of ${COMMENT_KINDS.join(', ')}, or left out for free text`);
    if (batch !== undefined && (typeof batch !== 'string' || batch.trim() === ''))
      issue('batch', 'must be a non-empty text naming the comments written together');
    if (issues.length > before) return;
    seen.set(comment as string, line);
    examples.push({
      text: comment as string,
      themes: themes as string[],
      sentiment: sentiment as LabelledComment['sentiment'],
      ...(kind === undefined ? {} : { kind: kind as LabelledComment['kind'] }),
      ...(batch === undefined ? {} : { batch: batch as string }),
    });
  });
  return { examples, issues };
}
