const TIMED_OUT = Symbol('timed out');

/** The value of `promise`, or TIMED_OUT once `ms` have passed first; the timer never outlives the race. */
async function raceTimer<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Resolves within `ms` or rejects: for health checks and fire-and-forget enqueues. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  const value = await raceTimer(promise, ms);
  if (value === TIMED_OUT) throw new Error(`${what} timed out after ${ms} ms`);
  return value;
}

/**
 * Waits for `work` to settle, but at most `ms`: whether it settled in time. For shutdown steps
 * that a lost connection can stall for ever (a BullMQ worker whose Redis connection is
 * reconnecting never finishes closing), so that a stopping process still stops.
 */
export async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  const settled = work.then(
    () => true,
    () => true,
  );
  return (await raceTimer(settled, ms)) !== TIMED_OUT;
}
