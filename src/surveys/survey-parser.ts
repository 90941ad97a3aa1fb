import { checkAgainstSchema } from './schema-check';
import { checkPracticeSemantics, checkSurveySemantics } from './survey-semantics';
import { SurveyValidationError, type SurveyValidationIssue } from './survey-validation.error';
import type { ClassificationRules, PracticeLibrary, RaterGroupId, SurveyDefinition, SurveyGroup, SurveyItem, SurveyQuestion, SurveyTheme } from './survey.types';
import { YamlSource } from './yaml-source';

type Raw<T> = { [K in keyof T]?: T[K] extends (infer U)[] ? Raw<U>[] : T[K] extends object ? Raw<T[K]> : T[K] };

const round2 = (value: number): number => Math.round(value * 100) / 100;

export function defaultClassificationRules(points: number): ClassificationRules {
  const thirdOfRange = round2((points - 1) / 3);
  return {
    blindSpotGap: thirdOfRange,
    blindSpotGapInBottomThird: 0.75,
    hiddenStrengthGap: thirdOfRange,
    hiddenStrengthGapInTopThird: 0.75,
    strengthMinAgreement: 0.5,
    mixedViewsBelowAgreement: 0.3,
  };
}

/** Fills in what a definition may leave out; runs only on data the schema has accepted. */
function withDefaults(raw: Raw<SurveyDefinition>): SurveyDefinition {
  const scale = raw.scale as SurveyDefinition['scale'];
  const groups: SurveyGroup[] = (raw.groups ?? []).map((group) => ({
    id: group.id as RaterGroupId,
    label: group.label as string,
    anonymous: group.anonymous as boolean,
    minResponses: group.minResponses ?? (group.anonymous ? 3 : 1),
  }));
  const themes: SurveyTheme[] = (raw.themes ?? []).map((theme) => ({
    id: theme.id as string,
    title: theme.title as string,
    ...(theme.description ? { description: theme.description } : {}),
    keywords: (theme.keywords ?? []) as string[],
    items: (theme.items ?? []).map((item): SurveyItem => ({ id: item.id as string, text: item.text as string, selfText: item.selfText as string, kind: item.kind ?? 'likert' })),
  }));
  const questions: SurveyQuestion[] = (raw.questions ?? []).map((question) => ({
    id: question.id as string,
    type: question.type as SurveyQuestion['type'],
    prompt: question.prompt as string,
    ...(question.selfPrompt ? { selfPrompt: question.selfPrompt } : {}),
    groups: (question.groups as RaterGroupId[] | undefined) ?? groups.map((group) => group.id),
  }));
  return {
    id: raw.id as string,
    version: raw.version as number,
    title: raw.title as string,
    ...(raw.description ? { description: raw.description } : {}),
    ...(raw.intro ? { intro: raw.intro } : {}),
    scale,
    ...(raw.changeScale ? { changeScale: raw.changeScale as SurveyDefinition['changeScale'] } : {}),
    groups,
    themes,
    questions,
    report: {
      classification: { ...defaultClassificationRules(scale.points), ...(raw.report?.classification ?? {}) } as ClassificationRules,
      priorities: raw.report?.priorities ?? 3,
    },
  };
}

/** Issues of a survey file, without throwing; the definition when there are none. */
export function inspectSurveyDefinition(yamlText: string, file: string): { survey: SurveyDefinition | null; issues: SurveyValidationIssue[] } {
  const parsed = YamlSource.parse(yamlText, file);
  if ('issues' in parsed) return { survey: null, issues: parsed.issues };
  const schemaIssues = checkAgainstSchema(parsed.source, 'survey.schema.json');
  const issues = [...schemaIssues, ...checkSurveySemantics(parsed.source)];
  return { survey: issues.length === 0 ? withDefaults(parsed.source.data as Raw<SurveyDefinition>) : null, issues };
}

export function parseSurveyDefinition(yamlText: string, file: string): SurveyDefinition {
  const { survey, issues } = inspectSurveyDefinition(yamlText, file);
  if (!survey) throw new SurveyValidationError(issues);
  return survey;
}

export function inspectPracticeLibrary(yamlText: string, file: string, knownThemeIds: ReadonlySet<string>): { library: PracticeLibrary | null; issues: SurveyValidationIssue[] } {
  const parsed = YamlSource.parse(yamlText, file);
  if ('issues' in parsed) return { library: null, issues: parsed.issues };
  const issues = [...checkAgainstSchema(parsed.source, 'practices.schema.json'), ...checkPracticeSemantics(parsed.source, knownThemeIds)];
  return { library: issues.length === 0 ? (parsed.source.data as PracticeLibrary) : null, issues };
}

export function parsePracticeLibrary(yamlText: string, file: string, knownThemeIds: ReadonlySet<string>): PracticeLibrary {
  const { library, issues } = inspectPracticeLibrary(yamlText, file, knownThemeIds);
  if (!library) throw new SurveyValidationError(issues);
  return library;
}
