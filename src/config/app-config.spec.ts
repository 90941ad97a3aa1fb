import { ConfigurationError, DEVELOPMENT_TOKEN_SECRET, loadAppConfig } from './app-config';

describe('loadAppConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const config = loadAppConfig({}, '/srv/app');
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/feedback360',
      redisUrl: 'redis://127.0.0.1:6379',
      smtpUrl: null,
      publicUrl: 'http://localhost:3000',
      role: 'all',
      queuePrefix: 'f360',
      surveysDir: '/srv/app/surveys',
      tokenSecret: DEVELOPMENT_TOKEN_SECRET,
      usingDevelopmentSecret: true,
      chromiumPath: '/usr/bin/chromium',
      workerHeartbeatFile: '/tmp/feedback360-worker.heartbeat',
      workerHeartbeatIntervalMs: 5_000,
      workerHeartbeatMaxAgeMs: 30_000,
      eventLoopDelayFile: null,
      mailBounceAddress: null,
      mailBounceSmtp: null,
      mailBounceWebhookSecret: null,
      reportFoldWaitMs: 5_000,
    });
  });

  it("bounds how long a report read waits for a closed campaign's fold, and names the variable when it is out of range", () => {
    expect(loadAppConfig({ REPORT_FOLD_WAIT_MS: '0' }).reportFoldWaitMs).toBe(0);
    for (const bad of ['-1', '30001', 'soon', '1.5'])
      expect(() => loadAppConfig({ REPORT_FOLD_WAIT_MS: bad })).toThrow('REPORT_FOLD_WAIT_MS must be a whole number of milliseconds, from 0 to 30000');
  });

  it('takes the bounce address apart for VERP, and listens for bounces only where one is set', () => {
    expect(loadAppConfig({ MAIL_BOUNCE_ADDRESS: 'bounces@Coach.Example' })).toMatchObject({
      mailBounceAddress: { local: 'bounces', domain: 'coach.example' },
      mailBounceSmtp: null,
    });
    expect(loadAppConfig({ MAIL_BOUNCE_ADDRESS: 'bounces@coach.example', MAIL_BOUNCE_SMTP_PORT: '2525' }).mailBounceSmtp).toEqual({
      host: '0.0.0.0',
      port: 2525,
    });
    expect(
      loadAppConfig({ MAIL_BOUNCE_ADDRESS: 'bounces@coach.example', MAIL_BOUNCE_SMTP_PORT: '25', MAIL_BOUNCE_SMTP_HOST: '127.0.0.1' }).mailBounceSmtp,
    ).toEqual({ host: '127.0.0.1', port: 25 });
    for (const bad of ['bounces', 'bounces+x@coach.example', 'bounces@localhost', 'a-local-part-far-too-long@coach.example', 'bo unces@coach.example']) {
      expect(() => loadAppConfig({ MAIL_BOUNCE_ADDRESS: bad })).toThrow('MAIL_BOUNCE_ADDRESS must be a plain address');
    }
    expect(() => loadAppConfig({ MAIL_BOUNCE_ADDRESS: 'bounces@coach.example', MAIL_BOUNCE_SMTP_PORT: 'smtp' })).toThrow(
      'MAIL_BOUNCE_SMTP_PORT must be a whole number from 0 to 65535',
    );
    expect(() => loadAppConfig({ MAIL_BOUNCE_SMTP_PORT: '2525' })).toThrow('MAIL_BOUNCE_SMTP_PORT needs MAIL_BOUNCE_ADDRESS');
  });

  it('takes bounces by HTTP only with a long enough bearer secret, beside a bounce address', () => {
    const secret = 'b'.repeat(32);
    expect(loadAppConfig({ MAIL_BOUNCE_ADDRESS: 'bounces@coach.example', MAIL_BOUNCE_WEBHOOK_SECRET: secret }).mailBounceWebhookSecret).toBe(secret);
    for (const bad of ['b'.repeat(31), `${'b'.repeat(32)} `, `${'b'.repeat(32)}/`]) {
      expect(() => loadAppConfig({ MAIL_BOUNCE_ADDRESS: 'bounces@coach.example', MAIL_BOUNCE_WEBHOOK_SECRET: bad })).toThrow(
        'MAIL_BOUNCE_WEBHOOK_SECRET must be 32 to 200 letters, digits, - or _',
      );
    }
    expect(() => loadAppConfig({ MAIL_BOUNCE_WEBHOOK_SECRET: secret })).toThrow('MAIL_BOUNCE_WEBHOOK_SECRET needs MAIL_BOUNCE_ADDRESS');
  });

  it('measures the event loop only when given an absolute file to write the figures to', () => {
    expect(loadAppConfig({ EVENT_LOOP_DELAY_FILE: '/tmp/f360-loop.json' }).eventLoopDelayFile).toBe('/tmp/f360-loop.json');
    expect(() => loadAppConfig({ EVENT_LOOP_DELAY_FILE: 'loop.json' })).toThrow('EVENT_LOOP_DELAY_FILE must be the absolute path of a file');
  });

  it('takes the worker heartbeat from an absolute file path, with a limit of at least two beats', () => {
    expect(
      loadAppConfig({ WORKER_HEARTBEAT_FILE: '/run/f360/worker.heartbeat', WORKER_HEARTBEAT_INTERVAL_MS: '250', WORKER_HEARTBEAT_MAX_AGE_MS: '1000' }),
    ).toMatchObject({
      workerHeartbeatFile: '/run/f360/worker.heartbeat',
      workerHeartbeatIntervalMs: 250,
      workerHeartbeatMaxAgeMs: 1_000,
    });
    for (const bad of ['worker.heartbeat', './worker.heartbeat', '/tmp/']) {
      expect(() => loadAppConfig({ WORKER_HEARTBEAT_FILE: bad })).toThrow('WORKER_HEARTBEAT_FILE must be the absolute path of a file');
    }
    expect(() => loadAppConfig({ WORKER_HEARTBEAT_INTERVAL_MS: '50' })).toThrow(
      'WORKER_HEARTBEAT_INTERVAL_MS must be a whole number of milliseconds, at least 100',
    );
    expect(() => loadAppConfig({ WORKER_HEARTBEAT_MAX_AGE_MS: 'soon' })).toThrow(
      'WORKER_HEARTBEAT_MAX_AGE_MS must be a whole number of milliseconds, at least 1000',
    );
    expect(() => loadAppConfig({ WORKER_HEARTBEAT_INTERVAL_MS: '20000' })).toThrow(
      'WORKER_HEARTBEAT_MAX_AGE_MS must be at least twice WORKER_HEARTBEAT_INTERVAL_MS',
    );
    expect(() => loadAppConfig({ WORKER_HEARTBEAT_INTERVAL_MS: '1000', WORKER_HEARTBEAT_MAX_AGE_MS: '1999' })).toThrow(
      'WORKER_HEARTBEAT_MAX_AGE_MS must be at least twice WORKER_HEARTBEAT_INTERVAL_MS',
    );
  });

  it('gives a stopping process 8 s to close its workers unless SHUTDOWN_GRACE_MS says otherwise', () => {
    expect(loadAppConfig({}).shutdownGraceMs).toBe(8_000);
    expect(loadAppConfig({ SHUTDOWN_GRACE_MS: '0' }).shutdownGraceMs).toBe(0);
    expect(loadAppConfig({ SHUTDOWN_GRACE_MS: '25000' }).shutdownGraceMs).toBe(25_000);
    for (const bad of ['-1', '2.5', 'soon', '2147483648']) {
      expect(() => loadAppConfig({ SHUTDOWN_GRACE_MS: bad })).toThrow('SHUTDOWN_GRACE_MS must be a whole number of milliseconds from 0 to 2147483647');
    }
  });

  it('takes the Chromium for PDFs from CHROMIUM_PATH, as an absolute path of a file', () => {
    expect(loadAppConfig({ CHROMIUM_PATH: '/opt/chromium/chrome' }).chromiumPath).toBe('/opt/chromium/chrome');
    for (const bad of ['chromium', './bin/chromium', '/usr/bin/']) {
      expect(() => loadAppConfig({ CHROMIUM_PATH: bad })).toThrow('CHROMIUM_PATH must be the absolute path of a Chromium executable');
    }
  });

  it('derives PUBLIC_URL from PORT and strips a trailing slash from a given one', () => {
    expect(loadAppConfig({ PORT: '4100' }).publicUrl).toBe('http://localhost:4100');
    expect(loadAppConfig({ PUBLIC_URL: 'https://feedback.example.com/' }).publicUrl).toBe('https://feedback.example.com');
  });

  it('lists every invalid variable at once, by name', () => {
    const attempt = () => loadAppConfig({ PORT: 'eighty', ROLE: 'cron', DATABASE_URL: 'mysql://x/y', QUEUE_PREFIX: 'a b' });
    expect(attempt).toThrow(ConfigurationError);
    try {
      attempt();
    } catch (error) {
      const message = (error as ConfigurationError).message;
      expect(message).toContain('PORT must be a whole number');
      expect(message).toContain('ROLE must be one of: api, worker, all');
      expect(message).toContain('DATABASE_URL must look like');
      expect(message).toContain('QUEUE_PREFIX must be');
      expect((error as ConfigurationError).problems).toHaveLength(4);
    }
  });

  it('requires a real TOKEN_SECRET and a real SMTP server in production', () => {
    expect(() => loadAppConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail:25' })).toThrow(/TOKEN_SECRET is required in production/);
    const secret = 'x'.repeat(40);
    expect(() => loadAppConfig({ NODE_ENV: 'production', TOKEN_SECRET: secret })).toThrow(/SMTP_URL is required in production/);
    expect(loadAppConfig({ NODE_ENV: 'production', TOKEN_SECRET: secret, SMTP_URL: 'smtp://mail:25' })).toMatchObject({
      tokenSecret: secret,
      usingDevelopmentSecret: false,
      smtpUrl: 'smtp://mail:25',
    });
  });
});
