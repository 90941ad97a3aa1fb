import { isRecord, listAt, numberAt, recordAt, stringAt } from './raw-shape';
import type { SurveyValidationIssue } from './survey-validation.error';
import { SURVEY_BASE_LANGUAGE as BASE_LANGUAGE } from './translate-survey';
import type { PathSegment, YamlSource } from './yaml-source';

/** A language and an optional region, as browsers send them in Accept-Language: fr, de, pt-BR. */
export const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

type Keyed = { what: string; ids: string[]; key: string };

/** Ids of a list of entries (themes, items, questions), skipping entries the schema will already have refused. */
const idsIn = (entries: readonly unknown[]): string[] => entries.map((entry) => stringAt(entry, 'id')).filter((id): id is string => id !== undefined);

/**
 * A rater reads every text in their language or none: a translation must cover each text of the
 * survey (a missing one is an error, never an English line in a French form) and name nothing
 * the survey does not have (a renamed id would otherwise leave its translation behind, unread).
 */
export function checkTranslations(source: YamlSource): SurveyValidationIssue[] {
  const translations = recordAt(source.data, 'translations');
  if (!translations) return [];
  return Object.entries(translations).flatMap(([language, translation]) => {
    if (!LANGUAGE_CODE.test(language)) return [source.issue(['translations', language], `'${language}' is not a language code: write it as fr, de or pt-BR`)];
    if (language === BASE_LANGUAGE) {
      return [source.issue(['translations', language], `the survey itself is in English ('${BASE_LANGUAGE}'): translate it into other languages only`)];
    }
    return isRecord(translation) ? checkLanguage(source, language, translation) : [];
  });
}

function checkLanguage(source: YamlSource, language: string, translation: Record<string, unknown>): SurveyValidationIssue[] {
  const at = (...path: PathSegment[]): PathSegment[] => ['translations', language, ...path];
  const survey = source.data;
  const issues: SurveyValidationIssue[] = [];

  if (stringAt(survey, 'intro') !== undefined && translation.intro === undefined) issues.push(source.issue(at(), "missing 'intro': the survey has one"));
  if (stringAt(survey, 'intro') === undefined && translation.intro !== undefined)
    issues.push(source.issue(at('intro'), 'the survey has no intro to translate'));

  const points = numberAt(recordAt(survey, 'scale'), 'points');
  issues.push(...labelCount(source, at('scale', 'labels'), recordAt(translation, 'scale'), points, 'scale.points'));
  for (const scale of ['changeScale', 'followUpScale'] as const) {
    const original = recordAt(survey, scale);
    const translated = recordAt(translation, scale);
    if (original && !translated && translation[scale] === undefined) issues.push(source.issue(at(), `missing '${scale}': the survey has one`));
    if (!original && translation[scale] !== undefined) issues.push(source.issue(at(scale), `the survey has no ${scale} to translate`));
    if (original && translated) issues.push(...labelCount(source, at(scale, 'labels'), translated, listAt(original, 'labels').length, `${scale}.labels`));
  }

  const perGoal = recordAt(survey, 'perGoal');
  const keyed: Keyed[] = [
    { what: 'group', key: 'groups', ids: idsIn(listAt(survey, 'groups')) },
    { what: 'theme', key: 'themes', ids: idsIn(listAt(survey, 'themes')) },
    { what: 'item', key: 'items', ids: idsIn(listAt(survey, 'themes').flatMap((theme) => listAt(theme, 'items'))) },
    { what: 'question', key: 'questions', ids: idsIn(listAt(survey, 'questions')) },
  ];
  for (const entry of keyed) issues.push(...coverage(source, at(entry.key), translation[entry.key], entry));
  if (perGoal) {
    const block = recordAt(translation, 'perGoal');
    if (!block) {
      if (translation.perGoal === undefined) issues.push(source.issue(at(), "missing 'perGoal': the survey asks questions once per goal"));
    } else {
      issues.push(...coverage(source, at('perGoal', 'items'), block.items, { what: 'per-goal item', key: 'items', ids: idsIn(listAt(perGoal, 'items')) }));
      issues.push(
        ...coverage(source, at('perGoal', 'questions'), block.questions, {
          what: 'per-goal question',
          key: 'questions',
          ids: idsIn(listAt(perGoal, 'questions')),
        }),
      );
    }
  } else if (translation.perGoal !== undefined) {
    issues.push(source.issue(at('perGoal'), 'the survey has no perGoal block to translate'));
  }
  issues.push(...selfPrompts(source, language, translation));
  return issues;
}

function labelCount(
  source: YamlSource,
  path: PathSegment[],
  translated: Record<string, unknown> | undefined,
  expected: number | undefined,
  from: string,
): SurveyValidationIssue[] {
  const labels = translated?.labels;
  if (expected === undefined || !Array.isArray(labels) || labels.length === expected) return [];
  return [source.issue(path, `must have exactly ${expected} labels, as ${from} says, found ${labels.length}`)];
}

/** Every id of the survey translated, and no id the survey does not have. */
function coverage(source: YamlSource, path: PathSegment[], translated: unknown, { what, ids }: Keyed): SurveyValidationIssue[] {
  if (translated !== undefined && !isRecord(translated)) return [];
  const given = translated ?? {};
  const known = new Set(ids);
  return [
    ...ids.filter((id) => !(id in given)).map((id) => source.issue(path, `missing the translation of ${what} '${id}'`)),
    ...Object.keys(given)
      .filter((id) => !known.has(id))
      .map((id) => source.issue([...path, id], `the survey has no ${what} '${id}'`)),
  ];
}

/** The leader's own wording of a question is translated where the survey has one, and only there. */
function selfPrompts(source: YamlSource, language: string, translation: Record<string, unknown>): SurveyValidationIssue[] {
  const check = (questions: unknown[], translated: Record<string, unknown> | undefined, path: PathSegment[]): SurveyValidationIssue[] =>
    questions.flatMap((question) => {
      const id = stringAt(question, 'id');
      const entry = id === undefined ? undefined : recordAt(translated, id);
      if (!id || !entry) return [];
      const hasSelf = stringAt(question, 'selfPrompt') !== undefined;
      if (hasSelf && entry.selfPrompt === undefined) return [source.issue([...path, id], "missing 'selfPrompt': the question has a wording for the leader")];
      if (!hasSelf && entry.selfPrompt !== undefined) return [source.issue([...path, id, 'selfPrompt'], 'the question has no selfPrompt to translate')];
      return [];
    });
  return [
    ...check(listAt(source.data, 'questions'), recordAt(translation, 'questions'), ['translations', language, 'questions']),
    ...check(listAt(recordAt(source.data, 'perGoal'), 'questions'), recordAt(recordAt(translation, 'perGoal'), 'questions'), [
      'translations',
      language,
      'perGoal',
      'questions',
    ]),
  ];
}
