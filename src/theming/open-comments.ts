import type { QuestionAsks, SurveyDefinition } from '../surveys/survey.types';
import type { CommentKind } from './comment.types';

/** Where a coach's interview notes sit among a response's texts (not a survey question). */
export const INTERVIEW_NOTES_KEY = 'interview';

export type OpenAnswer = string | { start?: string; stop?: string; continue?: string };
export type OpenAnswers = Readonly<Record<string, OpenAnswer | undefined>>;

/** One open text of a response, with the question it answers and how it is meant. */
export interface OpenComment {
  questionId: string;
  kind: CommentKind;
  text: string;
  /** What the question asks for, when it leans one way (survey.types.ts). */
  asks?: QuestionAsks;
}

/**
 * The comments in one response's open answers, trimmed, blanks left out: the answers to the
 * survey's questions, start/stop/continue apart, and a coach's interview notes.
 */
export function openComments(survey: SurveyDefinition, answers: OpenAnswers): OpenComment[] {
  const found: OpenComment[] = [];
  const add = (questionId: string, kind: CommentKind, raw: string | undefined, asks?: QuestionAsks): void => {
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (text !== '') found.push({ questionId, kind, text, ...(asks === undefined ? {} : { asks }) });
  };
  const addAnswer = (questionId: string, answer: OpenAnswer | undefined, asks?: QuestionAsks): void => {
    if (answer === undefined || answer === null) return;
    if (typeof answer === 'string') {
      add(questionId, 'text', answer, asks);
      return;
    }
    add(questionId, 'start', answer.start);
    add(questionId, 'stop', answer.stop);
    add(questionId, 'continue', answer.continue);
  };
  for (const question of survey.questions) addAnswer(question.id, answers[question.id], question.asks);
  const notes = answers[INTERVIEW_NOTES_KEY];
  if (typeof notes === 'string' && !survey.questions.some((question) => question.id === INTERVIEW_NOTES_KEY)) add(INTERVIEW_NOTES_KEY, 'text', notes);
  return found;
}
