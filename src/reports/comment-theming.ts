import type { CommentKind, StoredComment } from '../aggregation/aggregate.types';
import type { RaterGroupId, SurveyDefinition, SurveyTheme } from '../surveys/survey.types';
import { wordStems } from './text-analysis';

/** Where a coach's interview notes sit among a response's texts (not a survey question). */
export const INTERVIEW_NOTES_KEY = 'interview';

export type OpenAnswer = string | { start?: string; stop?: string; continue?: string };
export type OpenAnswers = Readonly<Record<string, OpenAnswer | undefined>>;

function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let start = 0; start + phrase.length <= words.length; start += 1) {
    if (phrase.every((stem, offset) => words[start + offset] === stem)) return true;
  }
  return false;
}

/**
 * The themes a comment speaks about, in survey order: a theme matches when one of its keywords
 * (a word, or a phrase matched as consecutive words) occurs in the comment. Words are compared
 * whole, by stem, so inflections match ("delegation" ~ "delegate") but a word merely containing
 * the keyword does not ("planet" is not "plan").
 */
export function themesForComment(text: string, themes: readonly SurveyTheme[]): string[] {
  const words = wordStems(text);
  if (words.length === 0) return [];
  return themes
    .filter((theme) => theme.keywords.some((keyword) => {
      const phrase = wordStems(keyword);
      return phrase.length > 0 && containsPhrase(words, phrase);
    }))
    .map((theme) => theme.id);
}

/**
 * Splits one response's open answers into separate comments, each with its themes and a random
 * sort key, so that nothing stored with a comment ties it to the rater's other comments. `random`
 * must be a cryptographic source in production: the report lists comments in sortKey order.
 */
export function extractComments(survey: SurveyDefinition, groupId: RaterGroupId, answers: OpenAnswers, random: () => number): StoredComment[] {
  const comments: StoredComment[] = [];
  const add = (questionId: string, kind: CommentKind, raw: string | undefined): void => {
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (text === '') return;
    comments.push({ groupId, questionId, kind, text, themeIds: themesForComment(text, survey.themes), sortKey: random() });
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
  return comments;
}
