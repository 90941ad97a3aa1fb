import { join } from 'node:path';
import { loadSurveyCatalog } from '../../src/surveys/survey-catalog';
import { prepareTheming } from '../../src/theming/standalone-theming';

let prepared: Promise<void> | undefined;

/**
 * Before any test: comment theming of the shipped surveys is prepared once, so that on a fresh
 * clone the embeddings of the example comments (a minute and a half to compute on two cores) are on disk before
 * the first test that themes a comment, instead of inside its time limit. Once per run: the unit
 * and e2e projects both ask, and loading the encoder again would only find them on disk.
 */
export default function globalSetup(): Promise<void> {
  prepared ??= prepareShippedTheming();
  return prepared;
}

async function prepareShippedTheming(): Promise<void> {
  const started = Date.now();
  const surveysDir = join(__dirname, '..', '..', 'surveys');
  const { surveys } = loadSurveyCatalog(surveysDir);
  await prepareTheming({ surveysDir, surveys });
  const seconds = (Date.now() - started) / 1000;
  if (seconds > 5) process.stdout.write(`\nComment theming prepared for the tests in ${seconds.toFixed(1)} s (embeddings computed once, then kept on disk)\n`);
}
