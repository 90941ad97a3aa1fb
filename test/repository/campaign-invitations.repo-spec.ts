import { CampaignRepository } from '../../src/campaigns/campaign.repository';
import { ReminderRoundRepository } from '../../src/campaigns/reminder-round.repository';
import { deriveRaterToken, hashToken } from '../../src/common/tokens';
import { sessionsWaitingForLocks, useTestDatabase } from '../utils/test-database';
import { waitUntil } from '../../src/common/wait-until';

const SECRET = 'repository-test-secret-of-at-least-32-chars';

const t = useTestDatabase();
let campaigns: CampaignRepository;
/** The same repository in another api process: its own connection pool. */
let otherProcess: CampaignRepository;
let rounds: ReminderRoundRepository;
let otherRounds: ReminderRoundRepository;

beforeAll(async () => {
  campaigns = new CampaignRepository(t.db);
  const otherPool = await t.connectAgain();
  otherProcess = new CampaignRepository(otherPool);
  rounds = new ReminderRoundRepository(t.db);
  otherRounds = new ReminderRoundRepository(otherPool);
});

const raters = (group: 'peer' | 'direct_report' | 'boss', count: number, tag: string): { name: string; email: string; groupId: typeof group }[] =>
  Array.from({ length: count }, (_, index) => ({ name: `${group} ${index}`, email: `${tag}-${group}-${index}@example.com`, groupId: group }));

interface InvitationRow {
  id: string;
  rater_id: string;
  group_id: string;
  token_nonce: string;
  token_hash: string;
  delivery_status: string;
}

async function invitationsOf(campaignId: string): Promise<InvitationRow[]> {
  return t.db.query(`SELECT id, rater_id, group_id, token_nonce, token_hash, delivery_status FROM invitations WHERE campaign_id = $1`, [campaignId]);
}

describe('CampaignRepository: launching and inviting', () => {
  it("opens a draft once, with one invitation per rater whose stored hash is that of the token derived from its nonce, in the rater's group", async () => {
    const campaign = await t.rows.campaign({ status: 'draft', launchedAt: null });
    const { added } = await campaigns.addRaters(campaign.id, [...raters('peer', 2, 'launch'), ...raters('boss', 1, 'launch')]);

    const ids = await campaigns.openAndInvite(campaign.id, SECRET);

    const invitations = await invitationsOf(campaign.id);
    expect([...(ids ?? [])].sort()).toEqual(invitations.map((invitation) => invitation.id).sort());
    expect(invitations.map((invitation) => invitation.rater_id).sort()).toEqual(added.map((rater) => rater.id).sort());
    for (const invitation of invitations) {
      expect(invitation.token_hash).toBe(hashToken(deriveRaterToken(SECRET, invitation.token_nonce)));
      expect(invitation.group_id).toBe(added.find((rater) => rater.id === invitation.rater_id)?.groupId);
      expect(invitation.delivery_status).toBe('queued');
    }
    expect(new Set(invitations.map((invitation) => invitation.token_nonce)).size).toBe(3);
    const [opened]: { status: string; launched: boolean }[] = await t.db.query(
      `SELECT status, launched_at IS NOT NULL AS launched FROM campaigns WHERE id = $1`,
      [campaign.id],
    );
    expect(opened).toEqual({ status: 'open', launched: true });

    expect(await campaigns.openAndInvite(campaign.id, SECRET)).toBeNull();
    expect(await invitationsOf(campaign.id)).toHaveLength(3);
  });

  it('launches once when two launches of one campaign arrive at the same time', async () => {
    const campaign = await t.rows.campaign({ status: 'draft', launchedAt: null });
    await campaigns.addRaters(campaign.id, raters('peer', 4, 'twice'));
    const outcomes = await Promise.all([campaigns.openAndInvite(campaign.id, SECRET), otherProcess.openAndInvite(campaign.id, SECRET)]);
    expect(outcomes.filter((ids) => ids === null)).toHaveLength(1);
    expect(outcomes.find((ids) => ids !== null)).toHaveLength(4);
    expect(await invitationsOf(campaign.id)).toHaveLength(4);
  });

  it('invites, in an open campaign, only the raters who have no invitation yet', async () => {
    const campaign = await t.rows.campaign({ status: 'draft', launchedAt: null });
    await campaigns.addRaters(campaign.id, raters('peer', 2, 'first'));
    const launched = (await campaigns.openAndInvite(campaign.id, SECRET)) ?? [];
    const { added } = await campaigns.addRaters(campaign.id, raters('direct_report', 2, 'later'));

    const invited = await campaigns.inviteNewRaters(campaign.id, SECRET);

    const invitations = await invitationsOf(campaign.id);
    expect(invitations).toHaveLength(4);
    expect(
      invitations
        .filter((invitation) => invited.includes(invitation.id))
        .map((invitation) => invitation.rater_id)
        .sort(),
    ).toEqual(added.map((rater) => rater.id).sort());
    expect(invited.filter((id) => launched.includes(id))).toEqual([]);
    expect(await campaigns.inviteNewRaters(campaign.id, SECRET)).toEqual([]);
  });

  it('invites every rater once, each mailed by one caller, when raters are added by two requests at the same moment', async () => {
    const campaign = await t.rows.campaign();
    const first = await campaigns.addRaters(campaign.id, raters('peer', 2, 'first-request'));
    // Invitation transactions read the raters still uninvited, then wait to write until the test lets them.
    const blocker = t.db.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query(`LOCK TABLE invitations IN SHARE MODE`);
    const waitingBefore = await sessionsWaitingForLocks(t.db);
    const invitingFirst = campaigns.inviteNewRaters(campaign.id, SECRET);
    let invitingSecond: Promise<string[]> = Promise.resolve([]);
    let second: Awaited<ReturnType<CampaignRepository['addRaters']>> = { added: [], duplicates: [] };
    try {
      await waitUntil(async () => (await sessionsWaitingForLocks(t.db)) > waitingBefore, {
        what: 'the first request to wait to write its invitations',
        timeoutMs: 5_000,
        intervalMs: 20,
      });
      // The second request's rater arrives after the first read who was uninvited; it reads both.
      second = await otherProcess.addRaters(campaign.id, raters('direct_report', 1, 'second-request'));
      invitingSecond = otherProcess.inviteNewRaters(campaign.id, SECRET);
      await waitUntil(async () => (await sessionsWaitingForLocks(t.db)) > waitingBefore + 1, {
        what: 'the second request to wait to write its invitations',
        timeoutMs: 5_000,
        intervalMs: 20,
      });
    } finally {
      await blocker.commitTransaction();
      await blocker.release();
    }

    const outcomes = await Promise.allSettled([invitingFirst, invitingSecond]);
    expect(outcomes.map((outcome) => (outcome.status === 'fulfilled' ? 'invited' : String(outcome.reason)))).toEqual(['invited', 'invited']);
    const invitations = await invitationsOf(campaign.id);
    expect(invitations.map((invitation) => invitation.rater_id).sort()).toEqual([...first.added, ...second.added].map((rater) => rater.id).sort());
    const mailed = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? outcome.value : []));
    expect([...mailed].sort()).toEqual(invitations.map((invitation) => invitation.id).sort());
  });

  it('adds the raters whose email is new to the campaign and names the others, whatever other campaigns hold', async () => {
    const campaign = await t.rows.campaign({ status: 'draft', launchedAt: null });
    const elsewhere = await t.rows.campaign({ status: 'draft', launchedAt: null });
    await campaigns.addRaters(elsewhere.id, raters('peer', 2, 'dup'));
    await campaigns.addRaters(campaign.id, raters('peer', 1, 'dup'));

    const { added, duplicates } = await campaigns.addRaters(campaign.id, [...raters('peer', 2, 'dup'), ...raters('boss', 1, 'dup')]);

    expect(added.map((rater) => [rater.email, rater.groupId]).sort()).toEqual([
      ['dup-boss-0@example.com', 'boss'],
      ['dup-peer-1@example.com', 'peer'],
    ]);
    expect(duplicates).toEqual(['dup-peer-0@example.com']);
    expect((await campaigns.listRaters(campaign.id)).map((rater) => rater.email).sort()).toEqual([
      'dup-boss-0@example.com',
      'dup-peer-0@example.com',
      'dup-peer-1@example.com',
    ]);
  });
});

describe('CampaignRepository: reminders, progress and closing', () => {
  it('numbers reminder rounds one after another, also when two start at once, and names only invitations not answered', async () => {
    const campaign = await t.rows.campaign();
    const unanswered = [await t.rows.invitation(campaign.id), await t.rows.invitation(campaign.id, { groupId: 'boss' })];
    await t.rows.invitation(campaign.id, { answered: true });

    const first = await rounds.startReminderRound(campaign.id);
    expect(first?.round).toBe(1);
    expect([...(first?.invitationIds ?? [])].sort()).toEqual(unanswered.map((invitation) => invitation.id).sort());
    const together = await Promise.all([rounds.startReminderRound(campaign.id), otherRounds.startReminderRound(campaign.id)]);
    expect(together.map((round) => round?.round).sort()).toEqual([2, 3]);
    const [stored]: { reminder_rounds: number }[] = await t.db.query(`SELECT reminder_rounds FROM campaigns WHERE id = $1`, [campaign.id]);
    expect(stored.reminder_rounds).toBe(3);
  });

  it('keeps a counted round for the sweep until its mails are queued, offering only the latest, and never lowers the record of a later round', async () => {
    const campaign = await t.rows.campaign();
    const unanswered = await t.rows.invitation(campaign.id, { deliveryStatus: 'sent' });
    await t.rows.invitation(campaign.id, { answered: true, deliveryStatus: 'sent' });
    const closed = await t.rows.campaign({ status: 'closed', closedAt: new Date() });
    await t.db.query(`UPDATE campaigns SET reminder_rounds = 1 WHERE id = $1`, [closed.id]);
    const waiting = async () => (await rounds.unqueuedReminderRounds(1_000)).filter((round) => [campaign.id, closed.id].includes(round.campaignId));
    const queued = async () =>
      (await t.db.query(`SELECT reminder_rounds_queued FROM campaigns WHERE id = $1`, [campaign.id]))[0].reminder_rounds_queued as number;

    expect(await rounds.startReminderRound(campaign.id)).toEqual({
      campaignId: campaign.id,
      round: 1,
      invitationIds: [unanswered.id],
      invitationsWaiting: false,
    });
    // Counted, not yet queued: the sweep is offered it (never a closed campaign's round).
    expect(await waiting()).toEqual([{ campaignId: campaign.id, round: 1, invitationIds: [unanswered.id] }]);
    await rounds.startReminderRound(campaign.id);
    expect(await waiting()).toEqual([{ campaignId: campaign.id, round: 2, invitationIds: [unanswered.id] }]);

    // An invitation that has not gone out yet holds the round back: its rater gets the invitation first.
    const late = await t.rows.invitation(campaign.id);
    expect(await waiting()).toEqual([]);
    expect(await rounds.startReminderRound(campaign.id)).toMatchObject({ round: 3, invitationsWaiting: true });
    await t.db.query(`UPDATE invitations SET delivery_status = 'sent' WHERE id = $1`, [late.id]);
    expect((await waiting()).map((round) => [round.round, [...round.invitationIds].sort()])).toEqual([[3, [unanswered.id, late.id].sort()]]);

    await rounds.markReminderRoundQueued(campaign.id, 3);
    expect(await waiting()).toEqual([]);
    // Round 2's queueing, answering late, leaves round 3's record as it is.
    await rounds.markReminderRoundQueued(campaign.id, 2);
    expect(await queued()).toBe(3);
  });

  it.each([
    ['a draft', { status: 'draft' as const, launchedAt: null }],
    ['a closed campaign', { status: 'closed' as const, closedAt: new Date() }],
  ])('starts no reminder round in %s', async (_kind, state) => {
    const campaign = await t.rows.campaign(state);
    await t.rows.invitation(campaign.id);
    expect(await rounds.startReminderRound(campaign.id)).toBeNull();
    const [stored]: { reminder_rounds: number }[] = await t.db.query(`SELECT reminder_rounds FROM campaigns WHERE id = $1`, [campaign.id]);
    expect(stored.reminder_rounds).toBe(0);
  });

  it('counts invited and answered per group, and folded answers from the response tallies only', async () => {
    const campaign = await t.rows.campaign();
    for (const answered of [true, true, false]) await t.rows.invitation(campaign.id, { groupId: 'peer', answered });
    await t.rows.invitation(campaign.id, { groupId: 'boss' });
    await t.db.query(
      `INSERT INTO aggregates (campaign_id, group_id, scope_kind, scope_id, raters, ratings, sum, sum_squares, histogram) VALUES
       ($1, 'peer', 'responses', '*', 3, 0, 0, 0, '{}'), ($1, 'boss', 'responses', '*', 1, 0, 0, 0, '{}'), ($1, 'peer', 'item', 'communication.clear', 3, 3, 12, 48, '{"4":3}')`,
      [campaign.id],
    );

    expect((await campaigns.progress(campaign.id)).sort((a, b) => a.groupId.localeCompare(b.groupId))).toEqual([
      { groupId: 'boss', invited: 1, responded: 0, declined: 0, notDelivered: 0 },
      { groupId: 'peer', invited: 3, responded: 2, declined: 0, notDelivered: 0 },
    ]);
    expect(await campaigns.aggregatedCount(campaign.id)).toBe(4);
    expect(await campaigns.aggregatedCount((await t.rows.campaign()).id)).toBe(0);
  });

  it('lists invitations never handed to the mail queue only of open campaigns', async () => {
    const open = await t.rows.campaign();
    const queued = await t.rows.invitation(open.id);
    await t.rows.invitation(open.id, { deliveryStatus: 'sent' });
    await t.rows.invitation(open.id, { deliveryStatus: 'failed' });
    await t.rows.invitation((await t.rows.campaign({ status: 'closed', closedAt: new Date() })).id);

    const undelivered = await campaigns.undeliveredInvitationIds(1_000);
    expect(undelivered).toContain(queued.id);
    const states: { status: string; delivery_status: string }[] = await t.db.query(
      `SELECT c.status, i.delivery_status FROM invitations i JOIN campaigns c ON c.id = i.campaign_id WHERE i.id = ANY($1::uuid[])`,
      [undelivered],
    );
    expect(states.every((state) => state.status === 'open' && state.delivery_status === 'queued')).toBe(true);
    expect(await campaigns.undeliveredInvitationIds(1)).toHaveLength(1);
  });

  it("closes a campaign once and deletes its drafts, not another campaign's", async () => {
    const campaign = await t.rows.campaign();
    const elsewhere = await t.rows.campaign();
    for (const [id, campaignId] of [
      ['draft-a', campaign.id],
      ['draft-b', elsewhere.id],
    ]) {
      await t.db.query(`INSERT INTO drafts (id, campaign_id, iv, ciphertext, auth_tag, saved_on) VALUES ($1, $2, '\\x00', '\\x00', '\\x00', CURRENT_DATE)`, [
        id,
        campaignId,
      ]);
    }

    expect(await campaigns.close(campaign.id)).toBe(true);
    expect(await campaigns.close(campaign.id)).toBe(false);

    const drafts: { id: string }[] = await t.db.query(`SELECT id FROM drafts WHERE campaign_id = ANY($1::uuid[])`, [[campaign.id, elsewhere.id]]);
    expect(drafts.map((draft) => draft.id)).toEqual(['draft-b']);
    const [closed]: { status: string; closed: boolean }[] = await t.db.query(`SELECT status, closed_at IS NOT NULL AS closed FROM campaigns WHERE id = $1`, [
      campaign.id,
    ]);
    expect(closed).toEqual({ status: 'closed', closed: true });
  });
});
