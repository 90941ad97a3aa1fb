import { checkPracticeSemantics } from './practice-semantics';
import { checkAgainstSchema } from './schema-check';
import { applySurveyDefaults, type SurveyFile } from './survey-defaults';
import { checkSurveySemantics } from './survey-semantics';
import { mergeIssues, SurveyValidationError, type SurveyValidationIssue } from './survey-validation.error';
import type { PracticeLibrary, SurveyDefinition } from './survey.types';
import { YamlSource } from './yaml-source';

export { defaultClassificationRules } from './survey-defaults';

export interface SurveyInspection {
  survey: SurveyDefinition | null;
  issues: SurveyValidationIssue[];
}

export interface PracticeInspection {
  library: PracticeLibrary | null;
  issues: SurveyValidationIssue[];
}

/** Schema and semantic checks both run, so a file's problems all come out in one pass (each once). */
export function inspectSurveySource(source: YamlSource): SurveyInspection {
  const issues = mergeIssues(checkAgainstSchema(source, 'survey.schema.json'), checkSurveySemantics(source));
  // Only data the schema accepted reaches this cast.
  return { survey: issues.length === 0 ? applySurveyDefaults(source.data as SurveyFile) : null, issues };
}

export function inspectPracticeSource(source: YamlSource, knownThemeIds: ReadonlySet<string>): PracticeInspection {
  const issues = mergeIssues(checkAgainstSchema(source, 'practices.schema.json'), checkPracticeSemantics(source, knownThemeIds));
  if (issues.length > 0) return { library: null, issues };
  const file = source.data as PracticeLibrary;
  return {
    library: {
      id: file.id,
      version: file.version,
      title: file.title,
      practices: file.practices.map((practice) => ({ ...practice, themes: [...practice.themes] })),
    },
    issues,
  };
}

export function inspectSurveyDefinition(yamlText: string, file: string): SurveyInspection {
  const parsed = YamlSource.parse(yamlText, file);
  return 'issues' in parsed ? { survey: null, issues: parsed.issues } : inspectSurveySource(parsed.source);
}

export function inspectPracticeLibrary(yamlText: string, file: string, knownThemeIds: ReadonlySet<string>): PracticeInspection {
  const parsed = YamlSource.parse(yamlText, file);
  return 'issues' in parsed ? { library: null, issues: parsed.issues } : inspectPracticeSource(parsed.source, knownThemeIds);
}

/** The checked definition with its defaults; throws every problem of the file at once. */
export function parseSurveyDefinition(yamlText: string, file: string): SurveyDefinition {
  const { survey, issues } = inspectSurveyDefinition(yamlText, file);
  if (!survey) throw new SurveyValidationError(issues);
  return survey;
}

/** The checked library; `knownThemeIds` are the theme ids of the surveys it serves. */
export function parsePracticeLibrary(yamlText: string, file: string, knownThemeIds: ReadonlySet<string>): PracticeLibrary {
  const { library, issues } = inspectPracticeLibrary(yamlText, file, knownThemeIds);
  if (!library) throw new SurveyValidationError(issues);
  return library;
}
