import { randomBytes } from 'node:crypto';
import { AggregationRepository } from '../../src/aggregation/aggregation.repository';
import { CampaignRepository } from '../../src/campaigns/campaign.repository';
import type { CampaignEntity } from '../../src/campaigns/campaign.entity';
import type { InvitationEntity } from '../../src/campaigns/invitation.entity';
import { waitUntil } from '../../src/common/wait-until';
import { type InvitationContext, ResponseRepository, type SubmitOutcome } from '../../src/responses/response.repository';
import { foldHeldOpen } from '../factories/settle-work.factory';
import { surveyFactory } from '../factories/survey.factory';
import { sessionsWaitingForLocks, useTestDatabase } from '../utils/test-database';

const t = useTestDatabase();
let responses: ResponseRepository;
/** The same repository in another api process: its own connection pool. */
let otherProcess: ResponseRepository;
/** The coach's side, in a third process. */
let campaigns: CampaignRepository;

beforeAll(async () => {
  responses = new ResponseRepository(t.db);
  otherProcess = new ResponseRepository(await t.connectAgain());
  campaigns = new CampaignRepository(await t.connectAgain());
});

const ANSWERS = { ratings: { 'communication.listens': 5, 'execution.commits': null }, texts: { strengths: 'Says what she will do, then does it' } };
const sealed = { iv: randomBytes(12), ciphertext: randomBytes(40), authTag: randomBytes(16) };

/** An invitation of a fresh campaign, looked up by its token hash as the rater's request does. */
async function invited(
  campaign: Partial<CampaignEntity> = {},
  invitation: Partial<InvitationEntity> = {},
): Promise<{ row: InvitationEntity; context: InvitationContext }> {
  const { id } = await t.rows.campaign(campaign);
  const row = await t.rows.invitation(id, invitation);
  const context = await responses.findInvitation(row.tokenHash);
  if (!context) throw new Error('the invitation was not found by its token hash');
  return { row, context };
}

/** Whole rows, every column, as JSON (the day as written: YYYY-MM-DD). */
async function storedResponses(campaignId: string): Promise<Record<string, unknown>[]> {
  const found: { row: Record<string, unknown> }[] = await t.db.query(`SELECT to_jsonb(r) AS row FROM responses r WHERE campaign_id = $1`, [campaignId]);
  return found.map(({ row }) => row);
}

async function invitationRow(id: string): Promise<{ answered: boolean; reminded_round: number }> {
  const [row]: { answered: boolean; reminded_round: number }[] = await t.db.query(`SELECT answered, reminded_round FROM invitations WHERE id = $1`, [id]);
  return row;
}

describe('ResponseRepository: finding an invitation by its token hash', () => {
  it("gives that invitation's campaign, group, state, survey and leader, and nothing for an unknown hash", async () => {
    const closesAt = new Date('2031-03-01T17:00:00Z');
    const engagement = await t.rows.engagement({ leaderName: 'Dana Reyes' });
    const survey = surveyFactory({ title: 'Dana’s 360' });
    const campaign = await t.rows.campaign({ engagementId: engagement.id, surveySnapshot: survey, closesAt });
    await t.rows.invitation(campaign.id, { groupId: 'peer' });
    const invitation = await t.rows.invitation(campaign.id, { groupId: 'direct_report', answered: true });
    await invited();

    expect(await responses.findInvitation(invitation.tokenHash)).toEqual({
      invitationId: invitation.id,
      campaignId: campaign.id,
      groupId: 'direct_report',
      answered: true,
      declined: false,
      campaignStatus: 'open',
      closesAt,
      survey,
      leaderName: 'Dana Reyes',
      raterLanguage: null,
    });
    expect(await responses.findInvitation(randomBytes(32).toString('hex'))).toBeNull();
    expect(await responses.findInvitation(invitation.tokenNonce)).toBeNull();
  });
});

describe('ResponseRepository.submit', () => {
  it("stores the answer once, with nothing that leads back to the invitation, marks the invitation answered, forgets its reminder round, and drops only the rater's draft", async () => {
    const { row, context } = await invited({}, { remindedRound: 2 });
    const draftId = `draft-${row.id}`;
    await responses.saveDraft(draftId, context.campaignId, sealed);
    await responses.saveDraft('draft-of-someone-else', context.campaignId, sealed);

    expect(await responses.submit(context, draftId, ANSWERS)).toEqual({ stored: true });

    const [stored, ...more] = await storedResponses(context.campaignId);
    expect(more).toEqual([]);
    const today: { day: string }[] = await t.db.query(`SELECT CURRENT_DATE::text AS day`);
    expect(stored).toEqual({
      id: expect.any(String),
      campaign_id: context.campaignId,
      group_id: 'peer',
      submitted_on: today[0].day,
      ratings: ANSWERS.ratings,
      texts: ANSWERS.texts,
      aggregated: false,
      // Only the coach's own entries are marked; every rater's answer reads the same.
      interview: false,
      counted_in: null,
    });
    expect(stored.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(JSON.stringify(stored)).not.toContain(row.id);
    expect(await invitationRow(row.id)).toEqual({ answered: true, reminded_round: 0 });
    expect(await responses.findDraft(draftId)).toBeNull();
    expect(await responses.findDraft('draft-of-someone-else')).toEqual(sealed);
  });

  it("refuses a second submission as 'answered' and keeps the first answer only", async () => {
    const { context } = await invited();
    expect(await responses.submit(context, 'draft-1', ANSWERS)).toEqual({ stored: true });
    expect(await responses.submit(context, 'draft-1', { ratings: { 'communication.listens': 1 }, texts: {} })).toEqual({ stored: false, reason: 'answered' });
    const stored = await storedResponses(context.campaignId);
    expect(stored.map((row) => row.ratings)).toEqual([ANSWERS.ratings]);
  });

  it('stores exactly one answer when the same link is submitted many times at once from two processes', async () => {
    const { context } = await invited();
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, index) => (index % 2 === 0 ? responses : otherProcess).submit(context, 'draft-1', ANSWERS)),
    );
    expect(outcomes.filter((outcome) => outcome.stored)).toHaveLength(1);
    expect(outcomes.filter((outcome) => !outcome.stored && outcome.reason === 'answered')).toHaveLength(7);
    expect(await storedResponses(context.campaignId)).toHaveLength(1);
  });

  const unanswerable: [string, Partial<CampaignEntity>][] = [
    ['closed', { status: 'closed', closedAt: new Date() }],
    ['past its closing date though still open', { closesAt: new Date(Date.now() - 1000) }],
    ['not launched yet', { status: 'draft', launchedAt: null }],
  ];

  it.each(unanswerable)("refuses an answer to a campaign %s as 'closed', storing nothing and keeping the draft", async (_state, campaign) => {
    const { row, context } = await invited(campaign);
    await responses.saveDraft('draft-kept', context.campaignId, sealed);
    expect(await responses.submit(context, 'draft-kept', ANSWERS)).toEqual({ stored: false, reason: 'closed' });
    expect(await storedResponses(context.campaignId)).toEqual([]);
    expect((await invitationRow(row.id)).answered).toBe(false);
    expect(await responses.findDraft('draft-kept')).toEqual(sealed);
  });

  it('goes through while a settle of the campaign holds its lock', async () => {
    const { row, context } = await invited();
    await t.rows.responses(context.campaignId, 2);
    await t.rows.invitation(context.campaignId, { answered: true });
    const settle = foldHeldOpen();
    const settling = new AggregationRepository(t.db).settleOnce(context.campaignId, settle.work, { skipLocked: false });
    await settle.folding;
    try {
      const outcome = await Promise.race([
        otherProcess.submit(context, 'draft-1', ANSWERS),
        new Promise((resolve) => setTimeout(() => resolve('still waiting after 3 s'), 3_000)),
      ]);
      expect(outcome).toEqual({ stored: true });
    } finally {
      settle.letGo();
      await settling;
    }
    expect((await invitationRow(row.id)).answered).toBe(true);
    const waiting: { count: number }[] = await t.db.query(`SELECT COUNT(*)::int AS count FROM responses WHERE campaign_id = $1 AND NOT aggregated`, [
      context.campaignId,
    ]);
    expect(waiting[0].count).toBe(1);
  });
});

/**
 * Runs `pause` in a transaction of a session of its own, which holds the row locks it took until
 * `run` is done (whatever it throws): for pausing a transaction of the code under test mid-way.
 */
async function whileLocked(pause: string, params: unknown[], run: () => Promise<void>): Promise<void> {
  const blocker = t.db.createQueryRunner();
  await blocker.connect();
  await blocker.startTransaction();
  try {
    await blocker.query(pause, params);
    await run();
  } finally {
    await blocker.commitTransaction();
    await blocker.release();
  }
}

/** Resolves once `count` sessions of the test database wait for a lock. */
const sessionsWaiting = (count: number, what: string): Promise<void> =>
  waitUntil(async () => (await sessionsWaitingForLocks(t.db)) >= count, { what, timeoutMs: 5_000, intervalMs: 20 }).then(() => undefined);

describe('ResponseRepository: a submission racing the close of its campaign', () => {
  it('makes a close wait for a submission under way, so that no answer commits after the campaign closed', async () => {
    const { row, context } = await invited();
    const waitingBefore = await sessionsWaitingForLocks(t.db);
    let submitting: Promise<SubmitOutcome> = Promise.resolve({ stored: false, reason: 'closed' });
    let closing: Promise<boolean> = Promise.resolve(false);
    let answersWhenClosed: number | undefined;
    let first = '';
    let heldUntil = new Date(0);
    // Another session holds the invitation row: the submission stops mid-transaction, having checked the campaign.
    await whileLocked(`SELECT 1 FROM invitations WHERE id = $1 FOR UPDATE`, [row.id], async () => {
      submitting = otherProcess.submit(context, 'draft-1', ANSWERS);
      await sessionsWaiting(waitingBefore + 1, 'the submission to wait for the invitation row');
      closing = campaigns.close(context.campaignId).then(async (closed) => {
        answersWhenClosed = (await storedResponses(context.campaignId)).length;
        return closed;
      });
      first = await Promise.race([
        closing.then(() => 'the close returned while the submission was under way'),
        sessionsWaiting(waitingBefore + 2, 'the close to wait').then(() => 'the close waits for the submission'),
      ]);
      [{ now: heldUntil }] = await t.db.query(`SELECT clock_timestamp() AS now`);
    });

    expect(await submitting).toEqual({ stored: true });
    expect(await closing).toBe(true);
    // The answer had committed when the close did: the close's final fold takes it in.
    expect(answersWhenClosed).toBe(1);
    expect(first).toBe('the close waits for the submission');
    // The campaign reads as closed from when the close took effect, after the answer it waited for, not from when it began waiting.
    const [{ closed_at: closedAt }] = await t.db.query(`SELECT closed_at FROM campaigns WHERE id = $1`, [context.campaignId]);
    expect((closedAt as Date).getTime()).toBeGreaterThanOrEqual(heldUntil.getTime());
    expect((await invitationRow(row.id)).answered).toBe(true);
  });

  const settles: [string, (repository: ResponseRepository, context: InvitationContext) => Promise<SubmitOutcome>][] = [
    ['submission', (repository, context) => repository.submit(context, 'draft-1', ANSWERS)],
    ['decline', (repository, context) => repository.decline(context, 'draft-1', 'Too little contact with her')],
  ];

  it.each(settles)("refuses as 'closed' a %s that waited for a close under way, storing nothing", async (_what, settle) => {
    const { row, context } = await invited();
    await responses.saveDraft('draft-of-another-rater', context.campaignId, sealed);
    const waitingBefore = await sessionsWaitingForLocks(t.db);
    let closing: Promise<boolean> = Promise.resolve(false);
    let settling: Promise<SubmitOutcome> = Promise.resolve({ stored: true });
    // Another session holds a draft the close deletes: the close stops mid-transaction, the campaign row closed.
    await whileLocked(`SELECT 1 FROM drafts WHERE id = $1 FOR UPDATE`, ['draft-of-another-rater'], async () => {
      closing = campaigns.close(context.campaignId);
      await sessionsWaiting(waitingBefore + 1, 'the close to wait for the draft');
      settling = settle(otherProcess, context);
      await Promise.race([settling, sessionsWaiting(waitingBefore + 2, 'the rater to wait for the close')]);
    });

    expect(await closing).toBe(true);
    expect(await settling).toEqual({ stored: false, reason: 'closed' });
    expect(await storedResponses(context.campaignId)).toEqual([]);
    const reasons: unknown[] = await t.db.query(`SELECT 1 FROM decline_reasons WHERE campaign_id = $1`, [context.campaignId]);
    expect(reasons).toEqual([]);
    const [invitation]: { answered: boolean; declined: boolean }[] = await t.db.query(`SELECT answered, declined FROM invitations WHERE id = $1`, [row.id]);
    expect(invitation).toEqual({ answered: false, declined: false });
  });
});
