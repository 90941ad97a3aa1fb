import 'reflect-metadata';
import { Command } from 'commander';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigurationError, surveysDirOf } from './config/app-config';
import { DemoError } from './demo/demo.error';
import { runDemo } from './demo/demo-runner';
import { runEngagementDemo } from './demo/engagement-demo-runner';
import { loadSurveyCatalog, validateSurveyFiles } from './surveys/survey-catalog';
import { formatIssue, shownPath, SurveyValidationError, type SurveyValidationIssue } from './surveys/survey-validation.error';
import { exampleFilesIn, validateExampleFiles } from './theming/examples/example-bank';
import { EXAMPLE_FILE_SUFFIX } from './theming/examples/example-file';
import { byTenths, embeddedLine } from './theming/embeddings/embedding-progress';
import { prepareTheming } from './theming/standalone-theming';

const print = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

function surveyFilesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => /\.ya?ml$/.test(name))
      .sort()
      .map((name) => join(dir, name));
  } catch {
    throw new DemoError(`The surveys folder ${dir} cannot be read: set SURVEYS_DIR, or name the files to check.`);
  }
}

/** Survey definitions, and the example comments labelled for them (`examples/<survey id>.comments.jsonl`). */
function validateSurveys(files: string[]): void {
  const targets = files.length > 0 ? files : [...surveyFilesIn(surveysDirOf()), ...exampleFilesIn(surveysDirOf())];
  const isExampleFile = (file: string): boolean => file.endsWith(EXAMPLE_FILE_SUFFIX);
  const issues: SurveyValidationIssue[] = [
    ...validateSurveyFiles(targets.filter((file) => !isExampleFile(file))),
    ...validateExampleFiles(targets.filter(isExampleFile)),
  ];
  for (const file of targets) {
    const own = issues.filter((issue) => resolve(issue.file) === resolve(file));
    if (own.length === 0) print(`✓ ${shownPath(file)}`);
    for (const issue of own) print(formatIssue(issue));
  }
  // An issue the checker files under another name (none expected) must still be seen.
  for (const issue of issues.filter((candidate) => !targets.some((file) => resolve(candidate.file) === resolve(file)))) print(formatIssue(issue));
  if (issues.length > 0) {
    print(`${issues.length} problem${issues.length === 1 ? '' : 's'} found.`);
    process.exitCode = 1;
  }
}

/**
 * Builds the comment classifier of every installed survey once, so that the embeddings it is
 * built from are on disk before the first worker starts (an image build runs this).
 */
async function prepareInstalledTheming(): Promise<void> {
  const surveysDir = surveysDirOf();
  const { surveys } = loadSurveyCatalog(surveysDir);
  print(
    `Preparing comment theming for ${surveys.length} surveys (the first time, computing the embeddings of the example comments takes about a minute and a half on two cores) ...`,
  );
  await prepareTheming({
    surveysDir,
    surveys,
    embedded: byTenths((embedded, total) => print(embeddedLine(embedded, total))),
    ready: (surveyId, milliseconds) => print(`✓ ${surveyId}: ready in ${(milliseconds / 1000).toFixed(1)} s`),
  });
}

async function demo(): Promise<void> {
  serveUntilSignal(await runDemo({ keepServing: true, log: print }));
}

async function engagementDemo(): Promise<void> {
  serveUntilSignal(await runEngagementDemo({ keepServing: true, log: print }));
}

function serveUntilSignal(running: { stop(): Promise<void> }): void {
  let stopping = false;
  const stop = (): void => {
    // A second Ctrl-C means "now", not "gracefully".
    if (stopping) process.exit(1);
    stopping = true;
    print('Stopping: finishing in-flight requests and jobs ...');
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Shutdown failed: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const program = new Command('feedback360').description('360-degree feedback for executive coaches');

program
  .command('surveys:validate')
  .description('check survey files (default: all in surveys/)')
  .argument('[files...]', 'YAML files to check (default: the surveys folder, SURVEYS_DIR)')
  .action(validateSurveys);

program
  .command('theming:prepare')
  .description('compute and cache the sentence embeddings comment theming is built from, for every installed survey')
  .action(prepareInstalledTheming);

program.command('demo').description('run a sample 360 end to end, then keep serving').action(demo);

program
  .command('demo:engagement')
  .description('run a whole coaching engagement: contracting, baseline 360, program, check-ins, mid and final reviews; then keep serving')
  .action(engagementDemo);

const isExpected = (error: unknown): error is Error =>
  error instanceof DemoError || error instanceof ConfigurationError || error instanceof SurveyValidationError;

program.parseAsync(process.argv).catch((error: unknown) => {
  if (isExpected(error)) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`Unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
