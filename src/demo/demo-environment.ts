import { DemoError } from './demo.error';

export interface DemoEnvironment {
  env: NodeJS.ProcessEnv;
  /** What was changed from the caller's environment, and why, for the terminal. */
  notes: string[];
}

/**
 * The environment the demo starts the app with: everything in one process, mail to the embedded
 * catcher (the demo reads the rater links from it), and its own queue prefix so it never picks up
 * another instance's jobs on a shared Redis.
 */
export function demoEnvironment(source: NodeJS.ProcessEnv): DemoEnvironment {
  if (source.NODE_ENV === 'production') {
    throw new DemoError(
      'The demo creates sample data and shows every rater link in a mail catcher: it does not run with NODE_ENV=production. Unset NODE_ENV and point DATABASE_URL at a development database.',
    );
  }
  const env: NodeJS.ProcessEnv = { ...source };
  const notes: string[] = [];
  if (env.SMTP_URL) {
    notes.push('SMTP_URL is set, but the demo reads its invitations from the embedded mail catcher: ignoring it.');
    delete env.SMTP_URL;
  }
  if (env.ROLE && env.ROLE !== 'all') notes.push(`ROLE=${env.ROLE} is set, but the demo runs the api and the workers in one process: ignoring it.`);
  env.ROLE = 'all';
  env.QUEUE_PREFIX ||= 'f360-demo';
  // The sample campaign stays open (one rater is left for you), so the answers of groups too small
  // for a batch would wait up to an hour: fold them within seconds instead.
  env.AGGREGATION_MAX_WAIT_MS ||= '1000';
  env.SWEEP_INTERVAL_MS ||= '1000';
  // Lines of the app's own log would bury the demo's story; LOG_LEVEL=info brings them back.
  env.LOG_LEVEL ||= 'error';
  return { env, notes };
}
