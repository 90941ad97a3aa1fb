import type { RaterGroupId, SurveyDefinition, SurveyItem, SurveyQuestion } from '../surveys/survey.types';
import type { Ratings, TextAnswers } from './response.entity';

export const MAX_TEXT_LENGTH = 5_000;
const SSC_KEYS = ['start', 'stop', 'continue'] as const;

export interface ValidatedAnswers {
  ratings: Ratings;
  texts: TextAnswers;
}

export type AnswerValidation = { ok: true; answers: ValidatedAnswers } | { ok: false; errors: string[] };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ratingRange(survey: SurveyDefinition, item: SurveyItem): { min: number; max: number } {
  if (item.kind === 'followUp' && survey.followUpScale) return { min: 1, max: survey.followUpScale.labels.length };
  return item.kind === 'change' && survey.changeScale ? { min: survey.changeScale.min, max: survey.changeScale.max } : { min: 1, max: survey.scale.points };
}

function checkText(key: string, value: unknown, errors: string[]): string | undefined {
  if (typeof value !== 'string') {
    errors.push(`${key}: must be text`);
    return undefined;
  }
  if (value.length > MAX_TEXT_LENGTH) {
    errors.push(`${key}: must be at most ${MAX_TEXT_LENGTH} characters (got ${value.length})`);
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : undefined;
}

function checkStartStopContinue(key: string, value: unknown, errors: string[]): TextAnswers[string] | undefined {
  if (!isPlainObject(value)) {
    errors.push(`${key}: must be an object with any of start, stop, continue`);
    return undefined;
  }
  const answer: { start?: string; stop?: string; continue?: string } = {};
  for (const part of Object.keys(value)) {
    if (!(SSC_KEYS as readonly string[]).includes(part)) {
      errors.push(`${key}.${part}: unknown key (expected start, stop or continue)`);
      continue;
    }
    const text = checkText(`${key}.${part}`, value[part], errors);
    if (text !== undefined) answer[part as (typeof SSC_KEYS)[number]] = text;
  }
  return Object.keys(answer).length > 0 ? answer : undefined;
}

export function questionsForGroup(survey: SurveyDefinition, groupId: RaterGroupId): SurveyQuestion[] {
  return survey.questions.filter((question) => question.groups.includes(groupId));
}

export function allItems(survey: SurveyDefinition): SurveyItem[] {
  return survey.themes.flatMap((theme) => theme.items);
}

/**
 * Checks a rater's `{answers}` body against the campaign's survey snapshot. Every problem is
 * reported at once, each naming its key. Omitted items count as "not observed" (null). A draft
 * may be empty; a submission must say something.
 */
export function validateAnswers(survey: SurveyDefinition, groupId: RaterGroupId, body: unknown, mode: 'submit' | 'draft'): AnswerValidation {
  if (!isPlainObject(body)) return { ok: false, errors: ['body: must be a JSON object like {"answers": {...}}'] };
  const errors = Object.keys(body)
    .filter((key) => key !== 'answers')
    .map((key) => `${key}: unknown key (expected only "answers")`);
  const raw = body.answers;
  if (!isPlainObject(raw)) return { ok: false, errors: [...errors, 'answers: must be an object keyed by item and question ids'] };

  const items = new Map(allItems(survey).map((item) => [item.id, item]));
  const questions = new Map(questionsForGroup(survey, groupId).map((question) => [question.id, question]));
  const ratings: Ratings = Object.fromEntries([...items.keys()].map((id) => [id, null]));
  const texts: TextAnswers = {};

  for (const key of Object.keys(raw)) {
    const value = raw[key];
    const path = `answers.${key}`;
    const item = items.get(key);
    if (item) {
      const { min, max } = ratingRange(survey, item);
      if (value === null) continue;
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        errors.push(`${path}: must be a whole number from ${min} to ${max}, or null for "not observed"`);
        continue;
      }
      ratings[key] = value;
      continue;
    }
    const question = questions.get(key);
    if (!question) {
      errors.push(`${path}: unknown key (not an item or question of this survey for the ${groupId} group)`);
      continue;
    }
    if (value === null) continue;
    const answer = question.type === 'text' ? checkText(path, value, errors) : checkStartStopContinue(path, value, errors);
    if (answer !== undefined) texts[key] = answer;
  }

  if (errors.length > 0) return { ok: false, errors };
  const saidSomething = Object.values(ratings).some((rating) => rating !== null) || Object.keys(texts).length > 0;
  if (mode === 'submit' && !saidSomething) return { ok: false, errors: ['answers: rate at least one statement or write a comment before submitting'] };
  return { ok: true, answers: { ratings, texts } };
}
