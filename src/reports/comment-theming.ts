import type { RaterGroupId, SurveyDefinition, SurveyTheme } from '../surveys/survey.types';
import type { StoredComment } from '../aggregation/aggregate.types';
import type { TextAnswers } from '../responses/response.entity';
import { wordStems } from './text-analysis';

function containsSequence(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0) return false;
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((stem, offset) => haystack[start + offset] === stem)) return true;
  }
  return false;
}

/** Where a coach's interview notes sit among a response's texts (not a survey question). */
export const INTERVIEW_NOTES_KEY = 'interview';

const keywordStemsCache = new WeakMap<SurveyTheme, string[][]>();

function keywordStems(theme: SurveyTheme): string[][] {
  let stems = keywordStemsCache.get(theme);
  if (!stems) {
    stems = theme.keywords.map(wordStems).filter((phrase) => phrase.length > 0);
    keywordStemsCache.set(theme, stems);
  }
  return stems;
}

/**
 * The themes a comment speaks about: a theme matches when one of its keywords (a word or a
 * phrase) occurs in the comment, comparing word stems so inflections match ("listens" ~ "listen")
 * but other words sharing letters do not ("planet" is not "plan").
 */
export function themesForComment(text: string, themes: SurveyTheme[]): string[] {
  const stems = wordStems(text);
  return themes.filter((theme) => keywordStems(theme).some((phrase) => containsSequence(stems, phrase))).map((theme) => theme.id);
}

/**
 * Splits a response's open answers into separate comments, each with its themes and a random
 * sort key, so that nothing in the stored comments ties two of them to the same rater.
 */
export function extractComments(survey: SurveyDefinition, groupId: RaterGroupId, answers: TextAnswers, random: () => number): StoredComment[] {
  const comments: StoredComment[] = [];
  const add = (questionId: string, kind: StoredComment['kind'], raw: string | undefined): void => {
    const text = raw?.trim();
    if (!text) return;
    comments.push({ groupId, questionId, kind, text, themeIds: themesForComment(text, survey.themes), sortKey: random() });
  };
  for (const question of survey.questions) {
    const answer = answers[question.id];
    if (answer === undefined) continue;
    if (typeof answer === 'string') {
      add(question.id, 'text', answer);
    } else {
      add(question.id, 'start', answer.start);
      add(question.id, 'stop', answer.stop);
      add(question.id, 'continue', answer.continue);
    }
  }
  const notes = answers[INTERVIEW_NOTES_KEY];
  if (typeof notes === 'string') add(INTERVIEW_NOTES_KEY, 'text', notes);
  return comments;
}
