import { heartbeatText, judgeHeartbeat } from './heartbeat-freshness';

const NOW = Date.parse('2025-03-04T10:00:00.000Z');
const LIMIT = 30_000;
const writtenAgo = (ms: number) => ({ state: 'read' as const, text: heartbeatText(NOW - ms) });

describe('judgeHeartbeat', () => {
  it('is healthy while the last heartbeat is no older than the limit, and says how old it is', () => {
    expect(judgeHeartbeat(writtenAgo(0), NOW, LIMIT)).toEqual({ healthy: true, ageMs: 0 });
    expect(judgeHeartbeat(writtenAgo(4_200), NOW, LIMIT)).toEqual({ healthy: true, ageMs: 4_200 });
    expect(judgeHeartbeat(writtenAgo(LIMIT), NOW, LIMIT)).toEqual({ healthy: true, ageMs: LIMIT });
  });

  it('is unhealthy once the heartbeat is older than the limit, by a millisecond or by days', () => {
    expect(judgeHeartbeat(writtenAgo(LIMIT + 1), NOW, LIMIT)).toMatchObject({ healthy: false });
    expect(judgeHeartbeat(writtenAgo(31_000), NOW, LIMIT)).toEqual({
      healthy: false,
      problem: 'the last heartbeat is 31.0 s old (limit 30.0 s): the worker has stopped, its queues are not running, or it cannot reach Redis or Postgres',
    });
    expect(judgeHeartbeat(writtenAgo(3 * 24 * 3600 * 1000), NOW, LIMIT)).toMatchObject({ healthy: false, problem: expect.stringContaining('259200.0 s old') });
  });

  it('is unhealthy when there is no heartbeat', () => {
    expect(judgeHeartbeat({ state: 'missing' }, NOW, LIMIT)).toEqual({
      healthy: false,
      problem: 'no heartbeat yet: the worker has not started its queues, or has stopped',
    });
  });

  it('is unhealthy when the heartbeat cannot be read or holds no time', () => {
    expect(judgeHeartbeat({ state: 'unreadable', reason: 'EACCES: permission denied' }, NOW, LIMIT)).toEqual({
      healthy: false,
      problem: 'the heartbeat cannot be read: EACCES: permission denied',
    });
    for (const text of [
      '',
      '\n',
      'alive',
      '1741082400000',
      '2025-03-04',
      '2025-03-04T10:00:00Z',
      '2025-02-30T10:00:00.000Z',
      '2025-13-04T10:00:00.000Z',
      `${heartbeatText(NOW).trim()} and more`,
    ]) {
      expect(judgeHeartbeat({ state: 'read', text }, NOW, LIMIT)).toEqual({
        healthy: false,
        problem: `the heartbeat holds no time: ${JSON.stringify(text.trim())}`,
      });
    }
    expect(judgeHeartbeat({ state: 'read', text: 'x'.repeat(500) }, NOW, LIMIT)).toEqual({
      healthy: false,
      problem: `the heartbeat holds no time: "${'x'.repeat(40)}"`,
    });
  });

  it('takes a heartbeat a little ahead of the clock as fresh, and one further ahead than the limit as no proof of life', () => {
    expect(judgeHeartbeat(writtenAgo(-1_500), NOW, LIMIT)).toEqual({ healthy: true, ageMs: -1_500 });
    expect(judgeHeartbeat(writtenAgo(-LIMIT), NOW, LIMIT)).toEqual({ healthy: true, ageMs: -LIMIT });
    expect(judgeHeartbeat(writtenAgo(-3_600_000), NOW, LIMIT)).toEqual({
      healthy: false,
      problem: "the heartbeat is dated 3600.0 s ahead of this clock: the clock was set back; the worker's next heartbeat will tell",
    });
  });
});

describe('heartbeatText', () => {
  it('writes the time in UTC to the millisecond, on one line', () => {
    expect(heartbeatText(NOW + 7)).toBe('2025-03-04T10:00:00.007Z\n');
  });
});
