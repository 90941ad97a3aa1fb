import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isRecord, listAt, stringAt } from './raw-shape';
import { inspectPracticeSource, inspectSurveySource } from './survey-parser';
import { shownPath, SurveyValidationError, type SurveyValidationIssue } from './survey-validation.error';
import type { PracticeLibrary, SurveyDefinition } from './survey.types';
import { YamlSource } from './yaml-source';

export interface SurveyCatalog {
  surveys: SurveyDefinition[];
  practices: PracticeLibrary | null;
  byId(id: string): SurveyDefinition | undefined;
}

const isYamlFile = (file: string): boolean => /\.ya?ml$/i.test(file);

interface DefinitionFile {
  path: string;
  dir: string;
  shown: string;
  source: YamlSource | null;
  /** Problems found before any schema could be applied: unreadable file, YAML syntax. */
  issues: SurveyValidationIssue[];
  /** The practice library is told apart from surveys by its top-level `practices` key. */
  isLibrary: boolean;
}

function readDefinitionFile(path: string): DefinitionFile {
  const base = { path, dir: resolve(dirname(path)), shown: shownPath(path) };
  if (!isYamlFile(path))
    return { ...base, source: null, isLibrary: false, issues: [{ file: base.shown, path: '(root)', message: 'is not a YAML file (.yaml or .yml)' }] };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : `cannot be read (${(error as Error).message})`;
    return { ...base, source: null, isLibrary: false, issues: [{ file: base.shown, path: '(root)', message: reason }] };
  }
  const parsed = YamlSource.parse(text, base.shown);
  if ('issues' in parsed) return { ...base, source: null, issues: parsed.issues, isLibrary: /^["']?practices["']?\s*:/m.test(text) };
  return { ...base, source: parsed.source, issues: [], isLibrary: isRecord(parsed.source.data) && 'practices' in parsed.source.data };
}

/** Theme ids a survey file declares, read even from an invalid file so one mistake does not cascade. */
function declaredThemeIds(file: DefinitionFile): string[] {
  if (!file.source || file.isLibrary) return [];
  return listAt(file.source.data, 'themes').flatMap((theme) => stringAt(theme, 'id') ?? []);
}

interface Inspection {
  surveys: SurveyDefinition[];
  practices: PracticeLibrary | null;
  issues: SurveyValidationIssue[];
}

/**
 * Checks `targets`. `others` (the remaining definition files of the targets' folders) are not
 * checked: they only lend their theme ids to the practice library of their folder and their
 * survey ids to the uniqueness check.
 */
function inspectFiles(targets: DefinitionFile[], others: DefinitionFile[] = []): Inspection {
  const themeIdsByDir = new Map<string, Set<string>>();
  for (const file of [...targets, ...others]) {
    const ids = themeIdsByDir.get(file.dir) ?? new Set<string>();
    for (const id of declaredThemeIds(file)) ids.add(id);
    themeIdsByDir.set(file.dir, ids);
  }

  const surveys: SurveyDefinition[] = [];
  let practices: PracticeLibrary | null = null;
  const issues: SurveyValidationIssue[] = [];
  const surveyOwners = new Map<string, string>();
  const libraryOwners = new Map<string, string>();
  for (const file of others) {
    const id = file.source && !file.isLibrary ? stringAt(file.source.data, 'id') : undefined;
    if (id !== undefined) surveyOwners.set(`${file.dir}\n${id}`, file.shown);
  }
  for (const file of targets) {
    issues.push(...file.issues);
    if (!file.source) continue;
    if (file.isLibrary) {
      const owner = libraryOwners.get(file.dir);
      if (owner) issues.push({ file: file.shown, path: '(root)', message: `a folder holds one practice library, and ${owner} is already one` });
      libraryOwners.set(file.dir, file.shown);
      const result = inspectPracticeSource(file.source, themeIdsByDir.get(file.dir) ?? new Set());
      issues.push(...result.issues);
      practices = result.library ?? practices;
      continue;
    }
    const result = inspectSurveySource(file.source);
    issues.push(...result.issues);
    // Campaigns refer to surveys by id, so two files of one folder must not claim the same one,
    // whether or not the files are otherwise valid.
    const id = stringAt(file.source.data, 'id');
    const owner = id === undefined ? undefined : surveyOwners.get(`${file.dir}\n${id}`);
    if (owner) issues.push(file.source.issue(['id'], `'${id}' is already the id of ${owner}`));
    else if (id !== undefined) surveyOwners.set(`${file.dir}\n${id}`, file.shown);
    if (result.survey && !owner) surveys.push(result.survey);
  }
  return { surveys, practices, issues };
}

function yamlFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter(isYamlFile)
    .sort()
    .map((name) => join(dir, name));
}

/** Every definition of a folder, validated together; throws one error listing every problem of every file. */
export function loadSurveyCatalog(dir: string): SurveyCatalog {
  let paths: string[];
  try {
    paths = yamlFilesIn(dir);
  } catch {
    throw new SurveyValidationError([{ file: dir, path: '(root)', message: 'survey folder not found (set SURVEYS_DIR)' }]);
  }
  const { surveys, practices, issues } = inspectFiles(paths.map(readDefinitionFile));
  if (issues.length > 0) throw new SurveyValidationError(issues);
  if (surveys.length === 0) throw new SurveyValidationError([{ file: dir, path: '(root)', message: 'no survey definitions (*.yaml) found' }]);
  const byId = new Map(surveys.map((survey) => [survey.id, survey]));
  return { surveys, practices, byId: (id) => byId.get(id) };
}

/**
 * For `surveys:validate [files]`: every problem of the given files, [] when all are valid. A
 * practice library is checked against the theme ids of the surveys in its own folder.
 */
export function validateSurveyFiles(files: string[]): SurveyValidationIssue[] {
  const targets = files.map(readDefinitionFile);
  const targetPaths = new Set(targets.map((file) => resolve(file.path)));
  const others = [...new Set(targets.map((file) => file.dir))].flatMap((dir) => {
    try {
      return yamlFilesIn(dir)
        .filter((path) => !targetPaths.has(resolve(path)))
        .map(readDefinitionFile);
    } catch {
      return [];
    }
  });
  return inspectFiles(targets, others).issues;
}

/** The valid survey definitions of a folder, whatever the problems of its other files: what example files are checked against. */
export function validSurveysIn(dir: string): SurveyDefinition[] {
  try {
    return inspectFiles(yamlFilesIn(dir).map(readDefinitionFile)).surveys;
  } catch {
    return [];
  }
}
