import type { CommentKind, CommentSentiment, StoredComment } from '../aggregation/aggregate.types';
import type { RaterGroupId, SurveyDefinition, SurveyTheme } from '../surveys/survey.types';
import { analyzeComments } from './classifier/comment-analyzer';
import { commentSentiment } from './sentiment/comment-sentiment';
import { analyseText } from './text/text-pipeline';

/** Where a coach's interview notes sit among a response's texts (not a survey question). */
export const INTERVIEW_NOTES_KEY = 'interview';

export type OpenAnswer = string | { start?: string; stop?: string; continue?: string };
export type OpenAnswers = Readonly<Record<string, OpenAnswer | undefined>>;

/** The themes a comment speaks about, in survey order; empty when it fits none. */
export async function themesForComment(text: string, themes: readonly SurveyTheme[]): Promise<string[]> {
  const [analysis] = await analyzeComments(themes, [{ text, kind: 'text' }]);
  return analysis.themeIds;
}

/** The sentiment of a comment stored before sentiment was: it needs no themes. */
export function sentimentOfComment(text: string, kind: CommentKind): CommentSentiment {
  return commentSentiment(text, analyseText(text), kind);
}

/**
 * Splits one response's open answers into separate comments, each with its themes, its
 * sentiment and a random sort key, so that nothing stored with a comment ties it to the rater's
 * other comments. `random` must be a cryptographic source in production: the report lists
 * comments in sortKey order.
 */
/** One open text of a response, with the question it answers and how it is meant. */
export interface OpenComment {
  questionId: string;
  kind: CommentKind;
  text: string;
}

/**
 * The comments in one response's open answers, trimmed, blanks left out: the answers to the
 * survey's questions, start/stop/continue apart, and a coach's interview notes.
 */
export function openComments(survey: SurveyDefinition, answers: OpenAnswers): OpenComment[] {
  const found: OpenComment[] = [];
  const add = (questionId: string, kind: CommentKind, raw: string | undefined): void => {
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (text !== '') found.push({ questionId, kind, text });
  };
  const addAnswer = (questionId: string, answer: OpenAnswer | undefined): void => {
    if (answer === undefined || answer === null) return;
    if (typeof answer === 'string') {
      add(questionId, 'text', answer);
      return;
    }
    add(questionId, 'start', answer.start);
    add(questionId, 'stop', answer.stop);
    add(questionId, 'continue', answer.continue);
  };
  for (const question of survey.questions) addAnswer(question.id, answers[question.id]);
  const notes = answers[INTERVIEW_NOTES_KEY];
  if (typeof notes === 'string' && !survey.questions.some((question) => question.id === INTERVIEW_NOTES_KEY)) add(INTERVIEW_NOTES_KEY, 'text', notes);
  return found;
}

export async function extractComments(
  survey: SurveyDefinition,
  groupId: RaterGroupId,
  answers: OpenAnswers,
  random: () => number,
  knownMeanings?: ReadonlyMap<string, Float32Array>,
): Promise<StoredComment[]> {
  const found = openComments(survey, answers);
  const analyses = await analyzeComments(survey.themes, found, knownMeanings);
  return found.map(({ questionId, kind, text }, index) => ({ groupId, questionId, kind, text, themeIds: analyses[index].themeIds, sentiment: analyses[index].sentiment, sortKey: random() }));
}
