/**
 * Waits for `work` to settle, but at most `ms`: whether it settled in time. For shutdown steps
 * that a lost connection can stall for ever (a BullMQ worker whose Redis connection is
 * reconnecting never finishes closing), so that a stopping process still stops.
 */
export async function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const settled = work.then(
    () => true as const,
    () => true as const,
  );
  try {
    return await Promise.race([settled, late]);
  } finally {
    clearTimeout(timer);
  }
}
