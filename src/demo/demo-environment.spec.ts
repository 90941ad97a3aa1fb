import { demoEnvironment } from './demo-environment';
import { DemoError } from './demo.error';

describe('demoEnvironment', () => {
  it('runs everything in one process with the embedded mail catcher and a queue prefix of its own', () => {
    const { env, notes } = demoEnvironment({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/f360_demo' });
    expect(env).toEqual({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/f360_demo',
      ROLE: 'all',
      QUEUE_PREFIX: 'f360-demo',
      AGGREGATION_MAX_WAIT_MS: '1000',
      SWEEP_INTERVAL_MS: '1000',
      LOG_LEVEL: 'error',
    });
    expect(notes).toEqual([]);
  });

  it('ignores SMTP_URL and another ROLE, and says so', () => {
    const source = { SMTP_URL: 'smtp://mail.example:587', ROLE: 'api' };
    const { env, notes } = demoEnvironment(source);
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.ROLE).toBe('all');
    expect(notes).toEqual([
      'SMTP_URL is set, but the demo reads its invitations from the embedded mail catcher: ignoring it.',
      'ROLE=api is set, but the demo runs the api and the workers in one process: ignoring it.',
    ]);
    expect(source.SMTP_URL).toBe('smtp://mail.example:587');
  });

  it('keeps a queue prefix, log level and fold timing chosen by the caller', () => {
    expect(demoEnvironment({ QUEUE_PREFIX: 'mine', LOG_LEVEL: 'info', AGGREGATION_MAX_WAIT_MS: '60000' }).env).toEqual(
      expect.objectContaining({ QUEUE_PREFIX: 'mine', LOG_LEVEL: 'info', AGGREGATION_MAX_WAIT_MS: '60000' }),
    );
  });

  it('refuses to run in production', () => {
    expect(() => demoEnvironment({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.example:587' })).toThrow(DemoError);
  });
});
