import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { shownPath, SurveyValidationError, type SurveyValidationIssue } from '../../surveys/survey-validation.error';
import { validSurveysIn } from '../../surveys/survey-catalog';
import type { SurveyDefinition } from '../../surveys/survey.types';
import { EXAMPLE_FILE_SUFFIX, EXAMPLES_FOLDER, parseExampleFile, surveyIdOfExampleFile } from './example-file';
import type { LabelledComment } from './labelled-comment';

export interface ExampleFilesCheck {
  examples: LabelledComment[];
  issues: SurveyValidationIssue[];
}

/** One example file, checked against the theme ids of the survey it is named after. */
export function checkExampleFile(path: string, surveys: readonly SurveyDefinition[]): ExampleFilesCheck {
  const file = shownPath(path);
  const surveyId = surveyIdOfExampleFile(path);
  if (surveyId === null)
    return { examples: [], issues: [{ file, path: '(root)', message: `is not an example file: name it <survey id>${EXAMPLE_FILE_SUFFIX}` }] };
  const survey = surveys.find((candidate) => candidate.id === surveyId);
  if (!survey)
    return {
      examples: [],
      issues: [
        { file, path: '(root)', message: `no survey has the id '${surveyId}': an example file is named after the survey its comments are labelled for` },
      ],
    };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { examples: [], issues: [{ file, path: '(root)', message: `cannot be read (${(error as Error).message})` }] };
  }
  return parseExampleFile(text, file, new Set(survey.themes.map((theme) => theme.id)));
}

/** The example files of a surveys folder (none when it has no examples folder). */
export function exampleFilesIn(surveysDir: string): string[] {
  const folder = join(surveysDir, EXAMPLES_FOLDER);
  try {
    return readdirSync(folder)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => join(folder, name));
  } catch {
    return [];
  }
}

/** Every example of every file of a surveys folder, and every problem of them. */
export function loadCommentExamples(surveysDir: string, surveys: readonly SurveyDefinition[]): ExampleFilesCheck {
  const checks = exampleFilesIn(surveysDir).map((path) => checkExampleFile(path, surveys));
  return { examples: checks.flatMap((check) => check.examples), issues: checks.flatMap((check) => check.issues) };
}

/**
 * For `surveys:validate`: every problem of the given example files, each checked against the
 * valid surveys of the surveys folder it lies in (`<folder>/examples/<survey id>.comments.jsonl`).
 */
export function validateExampleFiles(files: readonly string[]): SurveyValidationIssue[] {
  const surveysByFolder = new Map<string, SurveyDefinition[]>();
  return files.flatMap((path) => {
    const folder = resolve(dirname(path), '..');
    let surveys = surveysByFolder.get(folder);
    if (!surveys) {
      surveys = validSurveysIn(folder);
      surveysByFolder.set(folder, surveys);
    }
    return checkExampleFile(path, surveys).issues;
  });
}

/**
 * The labelled comments the classifier learns from: every example file of the surveys folder,
 * checked at start like the surveys themselves, so that a wrong theme id stops the app naming
 * the file, the line and the reason. An example teaches the themes of any survey that shares
 * its theme ids (progress-pulse shares leadership-360's).
 */
export class ExampleBank {
  constructor(readonly examples: readonly LabelledComment[]) {}

  /** The examples of a surveys folder; throws with every problem of every file. */
  static load(surveysDir: string, surveys: readonly SurveyDefinition[]): ExampleBank {
    const { examples, issues } = loadCommentExamples(surveysDir, surveys);
    if (issues.length > 0) throw new SurveyValidationError(issues);
    return new ExampleBank(examples);
  }
}
