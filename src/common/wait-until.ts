export interface WaitOptions<T> {
  /** What is awaited, named when the wait gives up: "5 emails", "every invitation marked sent". */
  what: string;
  /** Default 20 s. */
  timeoutMs?: number;
  /** Pause between polls; default 50 ms. */
  intervalMs?: number;
  /** Whether a polled value is the one awaited; by default, whether it is truthy. */
  done?: (value: T) => boolean;
  /** Sees every polled value, e.g. to show progress. */
  onPoll?: (value: T) => void;
}

export class WaitTimeoutError extends Error {
  constructor(readonly what: string) {
    super(`Timed out waiting for ${what}`);
    this.name = 'WaitTimeoutError';
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls until a value is done and returns it, or gives up with a WaitTimeoutError once the time
 * is up: for waiting on something that happens elsewhere (a worker, a mail server, a process).
 */
export async function waitUntil<T>(poll: () => T | Promise<T>, options: WaitOptions<T>): Promise<T> {
  const done = options.done ?? ((value: T) => Boolean(value));
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  for (;;) {
    const value = await poll();
    options.onPoll?.(value);
    if (done(value)) return value;
    if (Date.now() > deadline) throw new WaitTimeoutError(options.what);
    await sleep(options.intervalMs ?? 50);
  }
}
