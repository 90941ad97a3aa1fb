import { DemoError } from './demo.error';

export interface WaitOptions<T> {
  /** Printed before the progress, e.g. "Waiting for aggregation". */
  label: string;
  poll: () => Promise<T>;
  /** The state shown to the user, e.g. "9/11". */
  progress: (value: T) => string;
  done: (value: T) => boolean;
  log: (line: string) => void;
  timeoutMs: number;
  /** Said when giving up: what is likely wrong. */
  hint: string;
  intervalMs?: number;
}

const QUIET_MS = 3_000;

/** First, next-to-last and last state, e.g. "0/11 ... 9/11 ... 11/11". */
export function progressTrail(states: readonly string[]): string {
  const shown = states.length <= 3 ? states : [states[0], ...states.slice(-2)];
  return shown.join(' ... ');
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls until done, then prints one line with how the count moved. A slow wait still shows signs
 * of life every few seconds, and gives up with a hint instead of hanging.
 */
export async function waitUntil<T>(options: WaitOptions<T>): Promise<T> {
  const started = Date.now();
  let lastLogged = started;
  const states: string[] = [];
  for (;;) {
    const value = await options.poll();
    const state = options.progress(value);
    if (states[states.length - 1] !== state) states.push(state);
    if (options.done(value)) {
      options.log(`${options.label}: ${progressTrail(states)}`);
      return value;
    }
    const now = Date.now();
    if (now - started > options.timeoutMs) {
      throw new DemoError(`${options.label}: gave up after ${Math.round(options.timeoutMs / 1000)} s at ${state}. ${options.hint}`);
    }
    if (now - lastLogged >= QUIET_MS) {
      options.log(`${options.label}: ${progressTrail(states)} (still waiting)`);
      lastLogged = now;
    }
    await sleep(options.intervalMs ?? 250);
  }
}
