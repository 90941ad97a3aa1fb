import type { EntityManager, QueryRunner } from 'typeorm';

/**
 * Advisory locks of a campaign are taken as (space, hash of the campaign id): Postgres keeps the
 * two-key space apart from the one-key space the migrations lock in (360_360_001), and each space
 * apart from the others (the settle's claim is 360_360_002).
 */
const INTERVIEW_CHANGE_LOCK_SPACE = 360_360_003;

/**
 * Held (exclusively, to the end of the transaction) while an interview is taken back out: a
 * version cut meanwhile could count the interview, then lose it.
 */
export async function lockForInterviewChange(tx: EntityManager, campaignId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [INTERVIEW_CHANGE_LOCK_SPACE, campaignId]);
}

/**
 * Held (shared: cuts do not wait for each other) around a version cut, on its connection and taken
 * before its transaction starts. A REPEATABLE READ transaction reads as of its first statement, so
 * a lock taken inside it would let the cut read an interview that a removal it waited for then took
 * out. Returns the release.
 */
export async function holdInterviewChanges(runner: QueryRunner, campaignId: string): Promise<() => Promise<void>> {
  await runner.query(`SELECT pg_advisory_lock_shared($1, hashtext($2))`, [INTERVIEW_CHANGE_LOCK_SPACE, campaignId]);
  return async () => {
    await runner.query(`SELECT pg_advisory_unlock_shared($1, hashtext($2))`, [INTERVIEW_CHANGE_LOCK_SPACE, campaignId]);
  };
}
