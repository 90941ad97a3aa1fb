/**
 * The health check of a worker (ROLE=worker), which serves no HTTP: `node dist/worker-health.js`
 * exits 0 when the worker's heartbeat is fresh and 1, saying why, when it is missing, unreadable
 * or older than WORKER_HEARTBEAT_MAX_AGE_MS. It runs every few seconds in the container, so it
 * loads the configuration and nothing of the app.
 */
import { ConfigurationError, loadAppConfig } from './config/app-config';
import { readHeartbeat } from './health/heartbeat-file';
import { inSeconds, judgeHeartbeat } from './health/heartbeat-freshness';

async function main(): Promise<number> {
  const config = loadAppConfig();
  const verdict = judgeHeartbeat(await readHeartbeat(config.workerHeartbeatFile), Date.now(), config.workerHeartbeatMaxAgeMs);
  if (!verdict.healthy) {
    process.stderr.write(`unhealthy: ${verdict.problem} (${config.workerHeartbeatFile})\n`);
    return 1;
  }
  process.stdout.write(`healthy: the last heartbeat is ${inSeconds(verdict.ageMs)} old (limit ${inSeconds(config.workerHeartbeatMaxAgeMs)})\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`unhealthy: ${error instanceof ConfigurationError ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
