import type { ItemKind } from '../surveys/survey.types';
import type { Questionnaire } from './questionnaire';
import { fill, FORM_LANGUAGES, formWords, type FormWords } from './form-words';
import { beforeYouStart, type BeforeYouStart } from './who-sees-what';

/** Shown above the form when the coach previews it: the form itself is exactly the rater's, its buttons off. */
export interface FormPreview {
  note: string;
  back: { href: string; label: string };
  groups: { label: string; href: string; current: boolean }[];
}

export interface FormView {
  q: Questionnaire;
  preview: FormPreview | null;
  action: string;
  saved: boolean;
  errors: string[];
  /** Hidden field proving the form came from this page. */
  guard: string;
  /** Where the rater may decline instead of answering; null in the coach's preview and on the contract's POST /r/:token. */
  declineHref: string | null;
  /** Where the page's script saves the draft while the rater types; null where nothing may be saved (the preview, the contract's POST /r/:token). */
  autosaveHref: string | null;
  /** The close date and who will see what, said before the first question. */
  beforeYouStart: BeforeYouStart;
  /** The page's language, its fixed words, and the languages the rater may switch to (none when the survey has only one). */
  lang: string;
  words: FormWords;
  languages: { code: string; name: string; selected: boolean }[];
  /** The form's closing note, and what the rater's group means, their placeholders filled in. */
  footnote: string;
  groupNotice: string;
  items: ItemView[];
  /** The items again, one section per theme, each headed "Section 3 of 8: <theme>"; the open questions are the last section. */
  sections: { heading: string; items: ItemView[] }[];
  questionsHeading: string;
  questions: { id: string; type: string; prompt: string; value: string; start: string; stop: string; continue: string }[];
}

export interface ItemView {
  id: string;
  text: string;
  choices: { value: string; label: string; checked: boolean; na: boolean }[];
}

/** The review step: every answer as the rater gave it, section by section, and the same answers as hidden fields to send. */
export interface ReviewView {
  q: Questionnaire;
  action: string;
  guard: string;
  lang: string;
  words: FormWords;
  intro: string;
  sections: { heading: string; rows: { text: string; answer: string }[] }[];
  hidden: { name: string; value: string }[];
}

type FormBody = Record<string, unknown>;

const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

function scaleChoices(q: Questionnaire, kind: ItemKind): { value: number; label: string }[] {
  if (kind === 'followUp' && q.followUpScale) return q.followUpScale.labels.map((label, index) => ({ value: index + 1, label }));
  if (kind === 'change' && q.changeScale) {
    const { min, labels } = q.changeScale;
    return labels.map((label, index) => ({ value: min + index, label: `${min + index > 0 ? '+' : ''}${min + index} ${label}` }));
  }
  return q.scale.labels.map((label, index) => ({ value: index + 1, label }));
}

/** What the page shows: every item's choices (with the current answer checked) and every text. */
export function toFormView(
  q: Questionnaire,
  values: Record<string, unknown>,
  action: string,
  options: {
    saved?: boolean;
    errors?: string[];
    guard?: string;
    preview?: FormPreview;
    declineHref?: string;
    autosaveHref?: string;
    language?: string;
    /** The languages of the survey; those the pages can be shown in are offered. */
    languages?: readonly string[];
  } = {},
): FormView {
  const language = options.language ?? 'en';
  const words = formWords(language);
  const offered = (options.languages ?? []).filter((code) => FORM_LANGUAGES.includes(code));
  const autosaveHref = options.preview ? null : (options.autosaveHref ?? null);
  return {
    q,
    preview: options.preview ?? null,
    action,
    saved: options.saved ?? false,
    errors: options.errors ?? [],
    guard: options.guard ?? '',
    declineHref: options.declineHref ?? null,
    autosaveHref,
    beforeYouStart: beforeYouStart(q, language),
    lang: language,
    words,
    languages: offered.length > 1 ? offered.map((code) => ({ code, name: formWords(code).languageName, selected: code === language })) : [],
    groupNotice: q.group.anonymous
      ? fill(words.anonymousNotice, { group: q.group.label, leader: q.leader.name, min: q.group.minResponses })
      : q.group.id === 'self'
        ? words.identifiedSelf
        : fill(words.identifiedOther, { group: q.group.label, leader: q.leader.name }),
    footnote: `${fill(words.footnote, { notObserved: q.scale.notObserved })}${autosaveHref ? ` ${words.footnoteAutosave}` : ''}`,
    ...sectioned(q, values, words),
  };
}

/** "Section 3 of 8: Decision making": one section per theme, then one for the open questions. */
function sectionHeadings(q: Questionnaire, words: FormWords): { themes: Map<string, string>; questions: string } {
  const themes = [...new Map(q.items.map((item) => [item.themeId, item.themeTitle])).entries()];
  const total = themes.length + (q.questions.length > 0 ? 1 : 0);
  return {
    themes: new Map(themes.map(([id, title], index) => [id, fill(words.section, { n: index + 1, total, title })])),
    questions: fill(words.section, { n: total, total, title: words.ownWords }),
  };
}

function sectioned(
  q: Questionnaire,
  values: Record<string, unknown>,
  words: FormWords,
): Pick<FormView, 'items' | 'sections' | 'questionsHeading' | 'questions'> {
  const headings = sectionHeadings(q, words);
  const items = q.items.map((item) => ({
    id: item.id,
    text: item.text,
    choices: [
      ...scaleChoices(q, item.kind).map((choice) => ({
        value: String(choice.value),
        label: choice.label,
        checked: values[item.id] === choice.value,
        na: false,
      })),
      { value: 'na', label: q.scale.notObserved, checked: false, na: true },
    ],
  }));
  const sections = [...headings.themes.entries()].map(([themeId, heading]) => ({
    heading,
    items: items.filter((_, index) => q.items[index].themeId === themeId),
  }));
  return {
    items,
    sections,
    questionsHeading: headings.questions,
    questions: q.questions.map((question) => {
      const value = values[question.id];
      const parts = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
      return {
        id: question.id,
        type: question.type,
        prompt: question.prompt,
        value: asText(value),
        start: asText(parts.start),
        stop: asText(parts.stop),
        continue: asText(parts.continue),
      };
    }),
  };
}

/**
 * The answers a rater is about to send, to read once more: the choice made for each statement
 * ("Not answered" when none), every text, and hidden fields that send exactly these answers.
 */
export function toReviewView(q: Questionnaire, answers: Record<string, unknown>, action: string, guard: string, language = 'en'): ReviewView {
  const words = formWords(language);
  const headings = sectionHeadings(q, words);
  const label = (item: Questionnaire['items'][number]): string => {
    const value = answers[item.id];
    return scaleChoices(q, item.kind).find((choice) => choice.value === value)?.label ?? fill(words.notAnswered, { notObserved: q.scale.notObserved });
  };
  const hidden: ReviewView['hidden'] = [];
  for (const item of q.items) if (typeof answers[item.id] === 'number') hidden.push({ name: item.id, value: String(answers[item.id]) });
  const questionRows = q.questions.flatMap((question) => {
    const value = answers[question.id];
    if (question.type === 'text') {
      if (asText(value)) hidden.push({ name: question.id, value: asText(value) });
      return [{ text: question.prompt, answer: asText(value) || words.nothingWritten }];
    }
    const parts = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
    return (['start', 'stop', 'continue'] as const).map((part) => {
      if (asText(parts[part])) hidden.push({ name: `${question.id}[${part}]`, value: asText(parts[part]) });
      return { text: `${question.prompt} ${words[part]}`, answer: asText(parts[part]) || words.nothingWritten };
    });
  });
  return {
    q,
    action,
    guard,
    lang: language,
    words,
    intro: fill(words.reviewIntro, { leader: q.leader.name }),
    sections: [
      ...[...headings.themes.entries()].map(([themeId, heading]) => ({
        heading,
        rows: q.items.filter((item) => item.themeId === themeId).map((item) => ({ text: item.text, answer: label(item) })),
      })),
      ...(questionRows.length > 0 ? [{ heading: headings.questions, rows: questionRows }] : []),
    ],
    hidden,
  };
}

/**
 * Turns the posted form into the `{answers}` body of the JSON API, so both front doors share one
 * validation. Only fields of the questionnaire are read; "na" and blanks are "not observed".
 */
export function formToAnswers(q: Questionnaire, form: FormBody): { answers: Record<string, unknown> } {
  const answers: Record<string, unknown> = {};
  for (const item of q.items) {
    const raw = form[item.id];
    if (raw === undefined || raw === '' || raw === 'na') continue;
    answers[item.id] = typeof raw === 'string' && /^[+-]?\d+$/.test(raw) ? Number(raw) : raw;
  }
  for (const question of q.questions) {
    const raw = form[question.id];
    if (raw !== undefined) answers[question.id] = raw;
  }
  return { answers };
}
