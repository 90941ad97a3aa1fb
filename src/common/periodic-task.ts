import { Logger } from '@nestjs/common';

/**
 * Runs `task` every `intervalMs`, never two at once, and keeps going when a run fails (the
 * database or Redis may be away for a while). Returns a function that stops it.
 */
export function runPeriodically(name: string, intervalMs: number, task: () => Promise<void>): () => Promise<void> {
  const logger = new Logger(name);
  let running: Promise<void> | null = null;
  const tick = (): void => {
    if (running) return;
    running = task()
      .catch((error: unknown) => logger.warn({ err: (error as Error).message }, 'periodic run failed; will try again'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  setImmediate(tick);
  return async () => {
    clearInterval(timer);
    await running;
  };
}
