import { waitUntil, WaitTimeoutError } from '../common/wait-until';
import { DemoError } from './demo.error';

export interface ProgressWaitOptions<T> {
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

/**
 * Waits until done, then prints one line with how the count moved. A slow wait still shows signs
 * of life every few seconds, and gives up with a hint instead of hanging.
 */
export async function waitShowingProgress<T>(options: ProgressWaitOptions<T>): Promise<T> {
  let lastLogged = Date.now();
  const states: string[] = [];
  const show = (value: T): void => {
    const state = options.progress(value);
    if (states[states.length - 1] !== state) states.push(state);
    if (!options.done(value) && Date.now() - lastLogged >= QUIET_MS) {
      options.log(`${options.label}: ${progressTrail(states)} (still waiting)`);
      lastLogged = Date.now();
    }
  };
  try {
    const value = await waitUntil(options.poll, {
      what: options.label,
      done: options.done,
      onPoll: show,
      timeoutMs: options.timeoutMs,
      intervalMs: options.intervalMs ?? 250,
    });
    options.log(`${options.label}: ${progressTrail(states)}`);
    return value;
  } catch (error) {
    if (!(error instanceof WaitTimeoutError)) throw error;
    throw new DemoError(`${options.label}: gave up after ${Math.round(options.timeoutMs / 1000)} s at ${states[states.length - 1]}. ${options.hint}`);
  }
}
