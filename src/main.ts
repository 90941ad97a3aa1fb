import 'reflect-metadata';
import { startApp } from './app.factory';
import { ConfigurationError, loadAppConfig } from './config/app-config';

async function main(): Promise<void> {
  const config = loadAppConfig();
  await startApp(config);
  if (config.role !== 'worker') process.stdout.write(`feedback360 (${config.role}) listening on ${config.publicUrl}  (API docs: ${config.publicUrl}/api/docs)\n`);
  else process.stdout.write('feedback360 worker running\n');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`feedback360 could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
