import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { inspectPracticeLibrary, inspectSurveyDefinition } from './survey-parser';
import { SurveyValidationError, type SurveyValidationIssue } from './survey-validation.error';
import type { PracticeLibrary, SurveyDefinition } from './survey.types';

export interface SurveyCatalog {
  surveys: SurveyDefinition[];
  practices: PracticeLibrary | null;
  byId(id: string): SurveyDefinition | undefined;
}

const isYaml = (file: string): boolean => /\.ya?ml$/.test(file);

/** The practice library is told apart by its top-level `practices:` key. */
const isPracticeLibrary = (text: string): boolean => /^practices\s*:/m.test(text);

function displayName(file: string): string {
  const shown = relative(process.cwd(), file);
  return shown.startsWith('..') ? file : shown;
}

interface Inspection {
  surveys: SurveyDefinition[];
  practices: PracticeLibrary | null;
  issues: SurveyValidationIssue[];
}

/** Surveys first, so the practice library can be checked against their theme ids. */
function inspectFiles(files: string[], themeSources: string[] = files): Inspection {
  const texts = new Map([...new Set([...files, ...themeSources])].map((file) => [file, readFileSync(file, 'utf8')]));
  const isLibrary = (file: string): boolean => isPracticeLibrary(texts.get(file) ?? '');
  const inspected = new Map(
    [...texts.keys()].filter((file) => !isLibrary(file)).map((file) => [file, inspectSurveyDefinition(texts.get(file) ?? '', displayName(file))]),
  );
  const surveys = files.flatMap((file) => inspected.get(file)?.survey ?? []);
  const issues = files.flatMap((file) => inspected.get(file)?.issues ?? []);
  const themeIds = new Set(themeSources.flatMap((file) => inspected.get(file)?.survey?.themes.map((theme) => theme.id) ?? []));

  let practices: PracticeLibrary | null = null;
  for (const file of files.filter(isLibrary)) {
    const result = inspectPracticeLibrary(texts.get(file) ?? '', displayName(file), themeIds);
    issues.push(...result.issues);
    practices = result.library ?? practices;
  }
  const owners = new Map<string, string>();
  for (const file of files) {
    const survey = inspected.get(file)?.survey;
    if (!survey) continue;
    const owner = owners.get(survey.id);
    if (owner) issues.push({ file: displayName(file), path: 'id', message: `'${survey.id}' is already the id of ${owner}` });
    owners.set(survey.id, displayName(file));
  }
  return { surveys, practices, issues };
}

/** Every definition of a folder, validated together; throws one error listing every problem. */
export function loadSurveyCatalog(dir: string): SurveyCatalog {
  let files: string[];
  try {
    files = readdirSync(dir).filter(isYaml).sort().map((name) => join(dir, name));
  } catch {
    throw new SurveyValidationError([{ file: dir, path: '(root)', message: 'survey folder not found (set SURVEYS_DIR)' }]);
  }
  const { surveys, practices, issues } = inspectFiles(files);
  if (issues.length > 0) throw new SurveyValidationError(issues);
  if (surveys.length === 0) throw new SurveyValidationError([{ file: dir, path: '(root)', message: 'no survey definitions (*.yaml) found' }]);
  const byId = new Map(surveys.map((survey) => [survey.id, survey]));
  return { surveys, practices, byId: (id) => byId.get(id) };
}

/** For `surveys:validate`: practice files are checked against the surveys beside them. */
export function validateSurveyFiles(files: string[]): SurveyValidationIssue[] {
  const neighbours = [...new Set(files.map((file) => dirname(file)))].flatMap((dir) =>
    readdirSync(dir).filter(isYaml).map((name) => join(dir, name)),
  );
  return inspectFiles(files, [...new Set([...files, ...neighbours])]).issues;
}

