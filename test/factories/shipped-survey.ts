import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSurveyCatalog } from '../../src/surveys/survey-catalog';
import type { SurveyDefinition } from '../../src/surveys/survey.types';

/**
 * For tests: one shipped survey definition, loaded on its own so that a problem in another file
 * of surveys/ does not fail tests that are not about it.
 */
export function loadShippedSurvey(id: string): SurveyDefinition {
  const dir = mkdtempSync(join(tmpdir(), 'f360-survey-'));
  try {
    copyFileSync(join(__dirname, '..', '..', 'surveys', `${id}.yaml`), join(dir, `${id}.yaml`));
    const survey = loadSurveyCatalog(dir).byId(id);
    if (!survey) throw new Error(`surveys/${id}.yaml does not define the survey '${id}'`);
    return survey;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
