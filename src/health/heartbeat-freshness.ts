/** What the health check found at the heartbeat's path. */
export type HeartbeatReading = { state: 'missing' } | { state: 'unreadable'; reason: string } | { state: 'read'; text: string };

export type HeartbeatVerdict = { healthy: true; ageMs: number } | { healthy: false; problem: string };

/** The heartbeat's content: the time it was written, to the millisecond, in UTC. */
export function heartbeatText(writtenAtMs: number): string {
  return `${new Date(writtenAtMs).toISOString()}\n`;
}

export const inSeconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/**
 * Healthy when the heartbeat was written at most `maxAgeMs` ago. A time ahead of the clock by
 * less than that is the writer's clock being a little ahead and counts as fresh; further ahead,
 * the clock was set back, and the heartbeat proves nothing until the worker writes the next one
 * (otherwise a dead worker's heartbeat would pass for as long as the clock was moved).
 */
export function judgeHeartbeat(reading: HeartbeatReading, nowMs: number, maxAgeMs: number): HeartbeatVerdict {
  if (reading.state === 'missing') return { healthy: false, problem: 'no heartbeat yet: the worker has not started its queues, or has stopped' };
  if (reading.state === 'unreadable') return { healthy: false, problem: `the heartbeat cannot be read: ${reading.reason}` };
  const text = reading.text.trim();
  const writtenAtMs = Date.parse(text);
  // Only what heartbeatText writes: Date.parse also takes other forms, and rolls 30 February over.
  if (Number.isNaN(writtenAtMs) || heartbeatText(writtenAtMs).trim() !== text)
    return { healthy: false, problem: `the heartbeat holds no time: ${JSON.stringify(text.slice(0, 40))}` };
  const ageMs = nowMs - writtenAtMs;
  if (ageMs > maxAgeMs) {
    return {
      healthy: false,
      problem: `the last heartbeat is ${inSeconds(ageMs)} old (limit ${inSeconds(maxAgeMs)}): the worker has stopped, its queues are not running, or it cannot reach Redis or Postgres`,
    };
  }
  if (ageMs < -maxAgeMs)
    return {
      healthy: false,
      problem: `the heartbeat is dated ${inSeconds(-ageMs)} ahead of this clock: the clock was set back; the worker's next heartbeat will tell`,
    };
  return { healthy: true, ageMs };
}
