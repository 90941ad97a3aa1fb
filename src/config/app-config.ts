import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, MinLength, validateSync } from 'class-validator';

export const ROLES = ['api', 'worker', 'all'] as const;
export type Role = (typeof ROLES)[number];

const PORT_RULE = 'PORT must be a whole number from 0 to 65535';
/** An absolute path that names a file, not a folder. */
// eslint-disable-next-line no-control-regex -- a NUL is the one character no path may hold
const ABSOLUTE_FILE_PATH = /^\/[^\u0000]*[^/]$/;

/**
 * A plain address whose local part leaves room for "+" and a 45-character tag within the 64
 * characters SMTP allows a local part; no "+" of its own, so the tag is whatever follows it.
 */
const BOUNCE_ADDRESS = /^[A-Za-z0-9._-]{1,18}@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
const BOUNCE_ADDRESS_RULE =
  'MAIL_BOUNCE_ADDRESS must be a plain address such as bounces@coach.example (a local part of at most 18 letters, digits, ".", "_" or "-", without "+")';
const SHUTDOWN_GRACE_RULE = 'SHUTDOWN_GRACE_MS must be a whole number of milliseconds from 0 to 2147483647';
const BOUNCE_PORT_RULE = 'MAIL_BOUNCE_SMTP_PORT must be a whole number from 0 to 65535';

/** Used only when TOKEN_SECRET is unset outside production, with a warning at start. */
export const DEVELOPMENT_TOKEN_SECRET = 'feedback360-development-secret-do-not-use-in-production';

/**
 * The environment variables the app reads, with their defaults. This file is the only place
 * that reads `process.env`; everything else receives an `AppConfig`.
 */
class EnvironmentVariables {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: string = 'development';

  @Transform(({ value }) => (value === undefined || value === '' ? 3000 : Number(value)))
  @IsInt({ message: PORT_RULE })
  @Min(0, { message: PORT_RULE })
  @Max(65535, { message: PORT_RULE })
  PORT: number = 3000;

  @Matches(/^postgres(ql)?:\/\/[^/]+\/[A-Za-z0-9_-]+(\?.*)?$/, { message: 'DATABASE_URL must look like postgres://user@host:5432/database' })
  DATABASE_URL: string = 'postgres://postgres@127.0.0.1:5432/feedback360';

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must look like redis://host:6379' })
  REDIS_URL: string = 'redis://127.0.0.1:6379';

  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must look like smtp://user:pass@host:587 (or be unset for the embedded mail catcher)' })
  SMTP_URL?: string;

  @IsString()
  @MinLength(3)
  MAIL_FROM: string = 'feedback360 <no-reply@feedback360.local>';

  @IsOptional()
  @Matches(BOUNCE_ADDRESS, { message: BOUNCE_ADDRESS_RULE })
  MAIL_BOUNCE_ADDRESS?: string;

  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: BOUNCE_PORT_RULE })
  @Min(0, { message: BOUNCE_PORT_RULE })
  @Max(65535, { message: BOUNCE_PORT_RULE })
  MAIL_BOUNCE_SMTP_PORT?: number;

  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{32,200}$/, { message: 'MAIL_BOUNCE_WEBHOOK_SECRET must be 32 to 200 letters, digits, - or _ (e.g. `openssl rand -hex 32`)' })
  MAIL_BOUNCE_WEBHOOK_SECRET?: string;

  @Matches(/^[A-Za-z0-9.:-]{1,255}$/, { message: 'MAIL_BOUNCE_SMTP_HOST must be an IP address or a host name to listen on, e.g. 0.0.0.0' })
  MAIL_BOUNCE_SMTP_HOST: string = '0.0.0.0';

  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'PUBLIC_URL must be an http(s) URL, e.g. https://feedback.example.com' })
  PUBLIC_URL?: string;

  @IsIn(ROLES, { message: `ROLE must be one of: ${ROLES.join(', ')}` })
  ROLE: string = 'all';

  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'QUEUE_PREFIX must be 1-40 letters, digits, - or _' })
  QUEUE_PREFIX: string = 'f360';

  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'TOKEN_SECRET must be at least 32 characters' })
  TOKEN_SECRET?: string;

  @IsOptional()
  @IsString()
  SURVEYS_DIR?: string;

  @Transform(({ value }) => (value === undefined || value === '' ? 60_000 : Number(value)))
  @IsInt({ message: 'SWEEP_INTERVAL_MS must be a whole number of milliseconds' })
  @Min(500)
  SWEEP_INTERVAL_MS: number = 60_000;

  @Transform(({ value }) => (value === undefined || value === '' ? 3_600_000 : Number(value)))
  @IsInt({ message: 'AGGREGATION_MAX_WAIT_MS must be a whole number of milliseconds, at least 1000' })
  @Min(1000, { message: 'AGGREGATION_MAX_WAIT_MS must be a whole number of milliseconds, at least 1000' })
  AGGREGATION_MAX_WAIT_MS: number = 3_600_000;

  @Transform(({ value }) => (value === undefined || value === '' ? 5_000 : Number(value)))
  @IsInt({ message: 'REPORT_FOLD_WAIT_MS must be a whole number of milliseconds, from 0 to 30000' })
  @Min(0, { message: 'REPORT_FOLD_WAIT_MS must be a whole number of milliseconds, from 0 to 30000' })
  @Max(30_000, { message: 'REPORT_FOLD_WAIT_MS must be a whole number of milliseconds, from 0 to 30000' })
  REPORT_FOLD_WAIT_MS: number = 5_000;

  @Transform(({ value }) => (value === undefined || value === '' ? 2_000 : Number(value)))
  @IsInt({ message: 'JOB_RETRY_DELAY_MS must be a whole number of milliseconds, at least 10' })
  @Min(10, { message: 'JOB_RETRY_DELAY_MS must be a whole number of milliseconds, at least 10' })
  JOB_RETRY_DELAY_MS: number = 2_000;

  @Transform(({ value }) => (value === undefined || value === '' ? 900_000 : Number(value)))
  @IsInt({ message: 'MAIL_RETRY_AFTER_MS must be a whole number of milliseconds, at least 1000' })
  @Min(1000, { message: 'MAIL_RETRY_AFTER_MS must be a whole number of milliseconds, at least 1000' })
  MAIL_RETRY_AFTER_MS: number = 900_000;

  @Transform(({ value }) => (value === undefined || value === '' ? 10 : Number(value)))
  @IsInt({ message: 'RATE_LIMIT_SIGN_IN_PER_MINUTE must be a whole number of at least 1' })
  @Min(1, { message: 'RATE_LIMIT_SIGN_IN_PER_MINUTE must be a whole number of at least 1' })
  RATE_LIMIT_SIGN_IN_PER_MINUTE: number = 10;

  @Transform(({ value }) => (value === undefined || value === '' ? 300 : Number(value)))
  @IsInt({ message: 'RATE_LIMIT_RATER_PER_MINUTE must be a whole number of at least 1' })
  @Min(1, { message: 'RATE_LIMIT_RATER_PER_MINUTE must be a whole number of at least 1' })
  RATE_LIMIT_RATER_PER_MINUTE: number = 300;

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  @Matches(ABSOLUTE_FILE_PATH, { message: 'CHROMIUM_PATH must be the absolute path of a Chromium executable, e.g. /usr/bin/chromium' })
  CHROMIUM_PATH: string = '/usr/bin/chromium';

  @Matches(ABSOLUTE_FILE_PATH, { message: 'WORKER_HEARTBEAT_FILE must be the absolute path of a file, e.g. /tmp/feedback360-worker.heartbeat' })
  WORKER_HEARTBEAT_FILE: string = '/tmp/feedback360-worker.heartbeat';

  @Transform(({ value }) => (value === undefined || value === '' ? 5_000 : Number(value)))
  @IsInt({ message: 'WORKER_HEARTBEAT_INTERVAL_MS must be a whole number of milliseconds, at least 100' })
  @Min(100, { message: 'WORKER_HEARTBEAT_INTERVAL_MS must be a whole number of milliseconds, at least 100' })
  WORKER_HEARTBEAT_INTERVAL_MS: number = 5_000;

  @Transform(({ value }) => (value === undefined || value === '' ? 30_000 : Number(value)))
  @IsInt({ message: 'WORKER_HEARTBEAT_MAX_AGE_MS must be a whole number of milliseconds, at least 1000' })
  @Min(1000, { message: 'WORKER_HEARTBEAT_MAX_AGE_MS must be a whole number of milliseconds, at least 1000' })
  WORKER_HEARTBEAT_MAX_AGE_MS: number = 30_000;

  @Transform(({ value }) => (value === undefined || value === '' ? 8_000 : Number(value)))
  @IsInt({ message: SHUTDOWN_GRACE_RULE })
  @Min(0, { message: SHUTDOWN_GRACE_RULE })
  // Node's timers take at most 2^31 - 1 ms, and read anything longer as 1 ms.
  @Max(2_147_483_647, { message: SHUTDOWN_GRACE_RULE })
  SHUTDOWN_GRACE_MS: number = 8_000;

  @IsOptional()
  @Matches(ABSOLUTE_FILE_PATH, { message: 'EVENT_LOOP_DELAY_FILE must be the absolute path of a file, e.g. /tmp/feedback360-loop.json' })
  EVENT_LOOP_DELAY_FILE?: string;
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  databaseUrl: string;
  redisUrl: string;
  /** Unset: mail goes to the embedded catcher, readable at /dev/outbox. */
  smtpUrl: string | null;
  mailFrom: string;
  /**
   * Bounces, when set: invitations and reminders go out with the envelope sender
   * `<local>+<tag>@<domain>` of this address (VERP), the tag naming the delivery; the header From
   * stays `mailFrom`.
   */
  mailBounceAddress: { local: string; domain: string } | null;
  /** Where the worker listens for bounce messages by SMTP (roles worker and all); null: it does not. */
  mailBounceSmtp: { host: string; port: number } | null;
  /** The bearer secret of POST /api/mail/bounces, for relays that forward bounces by HTTP; null: that route answers 404. */
  mailBounceWebhookSecret: string | null;
  publicUrl: string;
  role: Role;
  queuePrefix: string;
  tokenSecret: string;
  /** True when TOKEN_SECRET was not given and the development secret is in use. */
  usingDevelopmentSecret: boolean;
  surveysDir: string;
  sweepIntervalMs: number;
  /**
   * Longest an answer waits for a batch of its group before it is folded anyway (rounded to
   * the end of a window of this length; the next sweep then folds it).
   */
  aggregationMaxWaitMs: number;
  /**
   * Longest a read of a closed campaign's report waits for the close's fold before it serves the
   * version before it, with a note (0: never waits).
   */
  reportFoldWaitMs: number;
  /** First delay of BullMQ's exponential backoff between a job's 8 attempts (255 times it in all). */
  jobRetryDelayMs: number;
  /** How long after an invitation's attempts gave up the sweep tries a new round (doubling, see delivery-retry). */
  mailRetryAfterMs: number;
  /** Per client address and minute: sign-up and log-in attempts, and requests on rater links. */
  signInAttemptsPerMinute: number;
  raterRequestsPerMinute: number;
  logLevel: string;
  /** The Chromium that prints report PDFs; checked when the first PDF is asked for. */
  chromiumPath: string;
  /**
   * Roles worker and all write the time to this file every `workerHeartbeatIntervalMs` while
   * their queue workers run and Redis and Postgres answer; the container's health check fails
   * when it is missing or older than `workerHeartbeatMaxAgeMs`.
   */
  workerHeartbeatFile: string;
  workerHeartbeatIntervalMs: number;
  workerHeartbeatMaxAgeMs: number;
  /**
   * On SIGTERM, how long the queue workers and queues may take to close (running jobs finish)
   * before the process stops anyway: a job cut short returns to the queue as stalled. Below
   * Docker's default 10 s between SIGTERM and SIGKILL, so the process exits on its own.
   */
  shutdownGraceMs: number;
  /**
   * Unset in production. When set, the process measures how long its event loop is held up and
   * writes the figures (milliseconds: p50, p99, max) to this file on SIGUSR2: how a benchmark
   * sees whether anything blocks requests, without a route in the public API.
   */
  eventLoopDelayFile: string | null;
}

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

function withoutEmptyValues(env: NodeJS.ProcessEnv): Record<string, string> {
  const entries = Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '');
  return Object.fromEntries(entries);
}

/** Validates the environment once; throws a ConfigurationError listing every problem. */
export function loadAppConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const vars = plainToInstance(EnvironmentVariables, withoutEmptyValues(env), { exposeDefaultValues: true });
  // One message per variable: the first rule it breaks is the one worth fixing.
  const problems = validateSync(vars, { stopAtFirstError: true }).map((error) => Object.values(error.constraints ?? {})[0] ?? `${error.property} is invalid`);
  if (vars.NODE_ENV === 'production' && !vars.SMTP_URL) {
    // The embedded catcher shows every rater's personal link at /dev/outbox: never in production.
    problems.push('SMTP_URL is required in production (the embedded mail catcher is for development only)');
  }
  if (vars.NODE_ENV === 'production' && !vars.TOKEN_SECRET) {
    problems.push('TOKEN_SECRET is required in production: a random secret of at least 32 characters (e.g. `openssl rand -base64 48`)');
  }
  if (vars.WORKER_HEARTBEAT_MAX_AGE_MS < 2 * vars.WORKER_HEARTBEAT_INTERVAL_MS && !problems.some((problem) => problem.startsWith('WORKER_HEARTBEAT_'))) {
    // One late beat (a slow database answer, a busy event loop) must not make a worker unhealthy.
    problems.push('WORKER_HEARTBEAT_MAX_AGE_MS must be at least twice WORKER_HEARTBEAT_INTERVAL_MS');
  }
  // Bounces are taken only for the bounce address's VERP addresses: without one, none would be.
  for (const receiver of ['MAIL_BOUNCE_SMTP_PORT', 'MAIL_BOUNCE_WEBHOOK_SECRET'] as const) {
    if (vars[receiver] !== undefined && !vars.MAIL_BOUNCE_ADDRESS && !problems.some((problem) => problem.startsWith('MAIL_BOUNCE_'))) {
      problems.push(`${receiver} needs MAIL_BOUNCE_ADDRESS: the address whose tagged form bounces are sent to`);
    }
  }
  if (problems.length > 0) throw new ConfigurationError(problems);
  return {
    env: vars.NODE_ENV as AppConfig['env'],
    port: vars.PORT,
    databaseUrl: vars.DATABASE_URL,
    redisUrl: vars.REDIS_URL,
    smtpUrl: vars.SMTP_URL ?? null,
    mailFrom: vars.MAIL_FROM,
    mailBounceAddress: vars.MAIL_BOUNCE_ADDRESS ? splitAddress(vars.MAIL_BOUNCE_ADDRESS) : null,
    mailBounceSmtp: vars.MAIL_BOUNCE_SMTP_PORT === undefined ? null : { host: vars.MAIL_BOUNCE_SMTP_HOST, port: vars.MAIL_BOUNCE_SMTP_PORT },
    mailBounceWebhookSecret: vars.MAIL_BOUNCE_WEBHOOK_SECRET ?? null,
    publicUrl: (vars.PUBLIC_URL ?? `http://localhost:${vars.PORT}`).replace(/\/+$/, ''),
    role: vars.ROLE as Role,
    queuePrefix: vars.QUEUE_PREFIX,
    tokenSecret: vars.TOKEN_SECRET ?? DEVELOPMENT_TOKEN_SECRET,
    usingDevelopmentSecret: !vars.TOKEN_SECRET,
    surveysDir: surveysDirOf(vars, cwd),
    sweepIntervalMs: vars.SWEEP_INTERVAL_MS,
    aggregationMaxWaitMs: vars.AGGREGATION_MAX_WAIT_MS,
    reportFoldWaitMs: vars.REPORT_FOLD_WAIT_MS,
    jobRetryDelayMs: vars.JOB_RETRY_DELAY_MS,
    mailRetryAfterMs: vars.MAIL_RETRY_AFTER_MS,
    signInAttemptsPerMinute: vars.RATE_LIMIT_SIGN_IN_PER_MINUTE,
    raterRequestsPerMinute: vars.RATE_LIMIT_RATER_PER_MINUTE,
    logLevel: vars.LOG_LEVEL,
    chromiumPath: vars.CHROMIUM_PATH,
    workerHeartbeatFile: vars.WORKER_HEARTBEAT_FILE,
    workerHeartbeatIntervalMs: vars.WORKER_HEARTBEAT_INTERVAL_MS,
    workerHeartbeatMaxAgeMs: vars.WORKER_HEARTBEAT_MAX_AGE_MS,
    shutdownGraceMs: vars.SHUTDOWN_GRACE_MS,
    eventLoopDelayFile: vars.EVENT_LOOP_DELAY_FILE ?? null,
  };
}

/** Domains compare without case; the local part is kept as written, since a relay may not fold it. */
function splitAddress(address: string): { local: string; domain: string } {
  const at = address.lastIndexOf('@');
  return { local: address.slice(0, at), domain: address.slice(at + 1).toLowerCase() };
}

/**
 * Where the survey definitions are, from the environment alone: commands that only read the
 * surveys (checking them, preparing comment theming while an image is built) need no other
 * setting, and must not fail for want of the secrets the running product requires.
 */
export function surveysDirOf(env: { SURVEYS_DIR?: string } = process.env, cwd: string = process.cwd()): string {
  return env.SURVEYS_DIR ?? `${cwd}/surveys`;
}
