import { waitUntil, WaitTimeoutError } from './wait-until';

describe('waitUntil', () => {
  it('polls until the condition holds', async () => {
    const answers = [false, false, true];
    let polls = 0;
    await waitUntil(
      () => {
        polls += 1;
        return answers.shift() ?? false;
      },
      { what: 'the third poll', intervalMs: 1 },
    );
    expect(polls).toBe(3);
  });

  it('returns the first value that is done, after showing each one', async () => {
    const counts = [0, 4, 11, 12];
    const seen: number[] = [];
    const value = await waitUntil(async () => counts.shift() ?? 0, { what: '11 answers', done: (n) => n >= 11, onPoll: (n) => seen.push(n), intervalMs: 1 });
    expect(value).toBe(11);
    expect(seen).toEqual([0, 4, 11]);
  });

  it('gives up naming what it waited for, having polled until the time was up', async () => {
    let polls = 0;
    const started = Date.now();
    const wait = waitUntil(
      () => {
        polls += 1;
        return false;
      },
      { what: '5 emails', timeoutMs: 30, intervalMs: 5 },
    );
    await expect(wait).rejects.toThrow(new WaitTimeoutError('5 emails'));
    await expect(wait).rejects.toThrow('Timed out waiting for 5 emails');
    expect(Date.now() - started).toBeGreaterThanOrEqual(30);
    expect(polls).toBeGreaterThan(1);
  });

  it('passes on a failing poll instead of waiting on', async () => {
    await expect(waitUntil(() => Promise.reject(new Error('app exited with 1')), { what: 'health', timeoutMs: 1_000 })).rejects.toThrow('app exited with 1');
  });
});
