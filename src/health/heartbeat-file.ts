import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { heartbeatText, type HeartbeatReading } from './heartbeat-freshness';

/** Written beside and renamed over the heartbeat, so that a check never reads half a heartbeat. */
export async function writeHeartbeat(file: string, nowMs: number): Promise<void> {
  const next = `${file}.${process.pid}.next`;
  await writeFile(next, heartbeatText(nowMs), 'utf8');
  await rename(next, file);
}

export async function readHeartbeat(file: string): Promise<HeartbeatReading> {
  try {
    return { state: 'read', text: await readFile(file, 'utf8') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    return { state: 'unreadable', reason: (error as Error).message };
  }
}

export async function removeHeartbeat(file: string): Promise<void> {
  await rm(file, { force: true });
}
