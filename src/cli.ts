import 'reflect-metadata';
import { Command } from 'commander';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError, loadAppConfig } from './config/app-config';
import { runDemo } from './demo/demo-runner';
import { validateSurveyFiles } from './surveys/survey-catalog';
import { formatIssue } from './surveys/survey-validation.error';

const program = new Command('feedback360').description('360-degree feedback for executive coaching');

program
  .command('surveys:validate')
  .description('check survey definitions (default: every *.yaml in the surveys folder)')
  .argument('[files...]', 'YAML files to check')
  .action((files: string[]) => {
    const dir = loadAppConfig().surveysDir;
    const targets = files.length > 0 ? files : readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => join(dir, name));
    const issues = validateSurveyFiles(targets);
    for (const file of targets) {
      if (!issues.some((issue) => file.endsWith(issue.file.replace(/:\d+$/, '')))) process.stdout.write(`✓ ${file}\n`);
    }
    for (const issue of issues) process.stdout.write(`${formatIssue(issue)}\n`);
    if (issues.length > 0) {
      process.stdout.write(`\n${issues.length} problem${issues.length === 1 ? '' : 's'} found.\n`);
      process.exitCode = 1;
    }
  });

program
  .command('demo')
  .description('start the system and run a sample 360 with simulated raters, then keep serving')
  .action(async () => {
    const demo = await runDemo({ keepServing: true, log: (line) => process.stdout.write(`${line}\n`) });
    let stopping = false;
    const stop = (): void => {
      if (stopping) process.exit(1);
      stopping = true;
      process.stdout.write('\nStopping ...\n');
      demo.stop().then(() => process.exit(0), () => process.exit(1));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigurationError || error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
