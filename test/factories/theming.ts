import { join } from 'node:path';
import { loadSurveyCatalog } from '../../src/surveys/survey-catalog';
import { ExampleBank } from '../../src/theming/examples/example-bank';
import type { LabelledComment } from '../../src/theming/examples/labelled-comment';
import { standaloneThemingService } from '../../src/theming/standalone-theming';
import type { ThemingService } from '../../src/theming/theming.service';

export const SHIPPED_SURVEYS_DIR = join(__dirname, '..', '..', 'surveys');

let bank: ExampleBank | undefined;
let theming: ThemingService | undefined;

/** The labelled comments shipped in surveys/examples, loaded and checked as the app loads them. */
export function shippedExamples(): readonly LabelledComment[] {
  bank ??= ExampleBank.load(SHIPPED_SURVEYS_DIR, loadSurveyCatalog(SHIPPED_SURVEYS_DIR).surveys);
  return bank.examples;
}

/** Comment theming wired as the app wires it, with the shipped examples; one per test file, so the encoder loads once. */
export function shippedTheming(): ThemingService {
  shippedExamples();
  theming ??= standaloneThemingService({ surveysDir: SHIPPED_SURVEYS_DIR, surveys: [], bank });
  return theming;
}
