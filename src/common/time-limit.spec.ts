import { settlesWithin, withTimeout } from './time-limit';

describe('settlesWithin', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('answers true as soon as the work settles, resolved or rejected', async () => {
    await expect(settlesWithin(Promise.resolve('done'), 1_000)).resolves.toBe(true);
    await expect(settlesWithin(Promise.reject(new Error('failed')), 1_000)).resolves.toBe(true);
  });

  it('answers false once the time is up for work that never settles, and leaves no timer behind', async () => {
    let answered: boolean | undefined;
    const answer = settlesWithin(new Promise(() => undefined), 1_000).then((settled) => (answered = settled));
    await jest.advanceTimersByTimeAsync(999);
    expect(answered).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1);
    await answer;
    expect(answered).toBe(false);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('clears its timer when the work settles first', async () => {
    await settlesWithin(Promise.resolve(), 60_000);
    expect(jest.getTimerCount()).toBe(0);
  });
});

describe('withTimeout', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("gives the work's value, or its error, when it settles in time, and leaves no timer behind", async () => {
    await expect(withTimeout(Promise.resolve('PONG'), 1_000, 'redis ping')).resolves.toBe('PONG');
    await expect(withTimeout(Promise.reject(new Error('refused')), 1_000, 'redis ping')).rejects.toThrow('refused');
    expect(jest.getTimerCount()).toBe(0);
  });

  it('rejects naming what timed out once the time is up', async () => {
    const answer = expect(withTimeout(new Promise(() => undefined), 1_500, 'redis ping')).rejects.toThrow('redis ping timed out after 1500 ms');
    await jest.advanceTimersByTimeAsync(1_500);
    await answer;
  });
});
