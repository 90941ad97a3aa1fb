import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { startApp } from './app.factory';
import { ConfigurationError, loadAppConfig } from './config/app-config';

/**
 * On SIGTERM or SIGINT: stop accepting requests, let in-flight requests and jobs finish, close
 * connections, exit 0. A second signal exits at once.
 */
function closeGracefullyOnSignal(app: INestApplicationContext): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (closing) process.exit(1);
    closing = true;
    process.stdout.write(`${signal} received: finishing in-flight work, then stopping\n`);
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`shutdown failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

async function main(): Promise<void> {
  const config = loadAppConfig();
  const app = await startApp(config);
  closeGracefullyOnSignal(app);
  if (config.role !== 'worker')
    process.stdout.write(`feedback360 (${config.role}) listening on ${config.publicUrl}  (API docs: ${config.publicUrl}/api/docs)\n`);
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
