import { DemoError } from './demo.error';
import { progressTrail, waitShowingProgress } from './progress-wait';

describe('progressTrail', () => {
  it('keeps the first and the last two states', () => {
    expect(progressTrail(['0/11'])).toBe('0/11');
    expect(progressTrail(['0/11', '9/11', '11/11'])).toBe('0/11 ... 9/11 ... 11/11');
    expect(progressTrail(['0/11', '3/11', '9/11', '11/11'])).toBe('0/11 ... 9/11 ... 11/11');
  });
});

describe('waitShowingProgress', () => {
  it('polls until done and prints one line with the trail of counts', async () => {
    const counts = [0, 0, 4, 11];
    const lines: string[] = [];
    const value = await waitShowingProgress({
      label: 'Waiting for aggregation',
      poll: async () => counts.shift() ?? 11,
      progress: (n) => `${n}/11`,
      done: (n) => n === 11,
      log: (line) => lines.push(line),
      timeoutMs: 5_000,
      hint: '',
      intervalMs: 1,
    });
    expect(value).toBe(11);
    expect(lines).toEqual(['Waiting for aggregation: 0/11 ... 4/11 ... 11/11']);
  });

  it('gives up with the hint instead of hanging', async () => {
    const wait = waitShowingProgress({
      label: 'Invitations sent',
      poll: async () => 3,
      progress: (n) => `${n}/12`,
      done: () => false,
      log: () => undefined,
      timeoutMs: 20,
      hint: 'Is the worker running?',
      intervalMs: 5,
    });
    await expect(wait).rejects.toThrow(new DemoError('Invitations sent: gave up after 0 s at 3/12. Is the worker running?'));
  });
});
