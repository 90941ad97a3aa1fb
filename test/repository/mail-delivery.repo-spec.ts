import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { CampaignEntity } from '../../src/campaigns/campaign.entity';
import type { InvitationEntity } from '../../src/campaigns/invitation.entity';
import { MailRepository } from '../../src/mail/mail.repository';
import { loadSurveyCatalog } from '../../src/surveys/survey-catalog';
import type { SurveyDefinition } from '../../src/surveys/survey.types';
import { surveyFactory } from '../factories/survey.factory';
import { useTestDatabase } from '../utils/test-database';

const t = useTestDatabase();
let mails: MailRepository;

beforeAll(async () => {
  mails = new MailRepository(t.db);
});

const minutesFromNow = (minutes: number): Date => new Date(Date.now() + minutes * 60_000);

async function invitationIn(campaign: Partial<CampaignEntity> = {}, invitation: Partial<InvitationEntity> = {}): Promise<InvitationEntity> {
  return t.rows.invitation((await t.rows.campaign(campaign)).id, invitation);
}

interface DeliveryRow {
  delivery_status: string;
  delivery_error: string | null;
  delivered_at: Date | null;
  retry_at: Date | null;
  delivery_round: number;
  reminded_round: number;
}

async function delivery(invitationId: string): Promise<DeliveryRow> {
  const [row]: DeliveryRow[] = await t.db.query(
    `SELECT delivery_status, delivery_error, delivered_at, retry_at, delivery_round, reminded_round FROM invitations WHERE id = $1`,
    [invitationId],
  );
  return row;
}

describe('MailRepository: what an invitation mail needs', () => {
  it('joins the rater, the group as the survey defines it, the campaign, the leader and the coach, and finds nothing for an unknown invitation or a group the survey lacks', async () => {
    const coach = await t.rows.coach({ name: 'Morgan Coach' });
    const engagement = await t.rows.engagement({ coachId: coach.id, leaderName: 'Dana Reyes' });
    const survey = surveyFactory({ title: 'Feedback for {{leader}}' });
    const closesAt = new Date('2031-05-01T12:00:00Z');
    const campaign = await t.rows.campaign({ engagementId: engagement.id, surveySnapshot: survey, closesAt });
    const rater = await t.rows.rater(campaign.id, { name: 'Sam Peer', email: 'sam@example.com', groupId: 'direct_report' });
    const invitation = await t.rows.invitation(campaign.id, { raterId: rater.id, groupId: 'direct_report', remindedRound: 1 });

    expect(await mails.findInvitation(invitation.id)).toEqual({
      invitationId: invitation.id,
      language: 'en',
      tokenNonce: invitation.tokenNonce,
      answered: false,
      thanked: false,
      declined: false,
      deliveryStatus: 'queued',
      remindedRound: 1,
      campaignReminderRounds: 0,
      raterName: 'Sam Peer',
      raterEmail: 'sam@example.com',
      group: survey.groups.find((group) => group.id === 'direct_report'),
      campaignStatus: 'open',
      closesAt,
      surveyTitle: 'Feedback for {{leader}}',
      leaderName: 'Dana Reyes',
      coachName: 'Morgan Coach',
    });
    expect(await mails.findInvitation(randomUUID())).toBeNull();
    const withoutOthers = surveyFactory({ groups: surveyFactory().groups.filter((group) => group.id !== 'other') });
    expect(await mails.findInvitation((await invitationIn({ surveySnapshot: withoutOthers }, { groupId: 'other' })).id)).toBeNull();
  });
});

describe('MailRepository: many invitation mails at once', () => {
  it("reads many invitations in one go, each with its own campaign's survey in its rater's language, in the order asked, null where one is unknown", async () => {
    const translated = loadSurveyCatalog(join(__dirname, '..', '..', 'surveys')).surveys.find((survey) => survey.id === 'leadership-360') as SurveyDefinition;
    const french = translated.translations?.fr;
    expect(french).toBeDefined();
    const plain = surveyFactory({ title: 'Plain survey' });
    const first = await t.rows.campaign({ surveySnapshot: translated });
    const second = await t.rows.campaign({ surveySnapshot: plain });
    const inFrench = await t.rows.rater(first.id, { groupId: 'peer', language: 'fr' });
    const inEnglish = await t.rows.rater(first.id, { groupId: 'peer' });
    const elsewhere = await t.rows.rater(second.id, { groupId: 'peer', language: 'fr' });
    const invitations = [
      await t.rows.invitation(first.id, { raterId: inFrench.id, groupId: 'peer' }),
      await t.rows.invitation(first.id, { raterId: inEnglish.id, groupId: 'peer' }),
      await t.rows.invitation(second.id, { raterId: elsewhere.id, groupId: 'peer' }),
    ];
    const unknown = randomUUID();

    const found = await mails.findInvitations([invitations[2].id, unknown, invitations[0].id, invitations[1].id, invitations[0].id]);

    expect(found.map((context) => context && [context.invitationId, context.language, context.surveyTitle, context.raterEmail])).toEqual([
      [invitations[2].id, 'en', 'Plain survey', elsewhere.email],
      null,
      [invitations[0].id, 'fr', french?.title, inFrench.email],
      [invitations[1].id, 'en', translated.title, inEnglish.email],
      [invitations[0].id, 'fr', french?.title, inFrench.email],
    ]);
    // Each the same as read alone.
    expect([found[2], found[3], found[0]]).toEqual([
      await mails.findInvitation(invitations[0].id),
      await mails.findInvitation(invitations[1].id),
      await mails.findInvitation(invitations[2].id),
    ]);
  });

  it('records as sent exactly the invitations named, in one statement, and leaves the others as they were', async () => {
    const campaign = await t.rows.campaign();
    const named = [await t.rows.invitation(campaign.id, { deliveryStatus: 'failed', retryAt: minutesFromNow(5) }), await t.rows.invitation(campaign.id)];
    const other = await t.rows.invitation(campaign.id, { deliveryStatus: 'failed', retryAt: minutesFromNow(5) });
    const before = await delivery(other.id);

    await mails.markSentMany([named[0].id, named[1].id, named[0].id]);

    for (const invitation of named) expect(await delivery(invitation.id)).toMatchObject({ delivery_status: 'sent', delivery_error: null, retry_at: null });
    expect(await delivery(other.id)).toEqual(before);
  });
});

describe('MailRepository: delivery state', () => {
  it('records a sent invitation without error or retry, never lets a late failure overwrite it, and keeps 500 characters of a reason', async () => {
    const invitation = await invitationIn({}, { deliveryStatus: 'failed', retryAt: minutesFromNow(5) });
    await mails.markFailed(invitation.id, `connection refused ${'x'.repeat(600)}`);
    const failed = await delivery(invitation.id);
    expect(failed.delivery_status).toBe('failed');
    expect(failed.delivery_error).toHaveLength(500);
    expect(failed.delivery_error?.startsWith('connection refused')).toBe(true);

    await mails.markSentMany([invitation.id]);
    const sent = await delivery(invitation.id);
    expect(sent).toMatchObject({ delivery_status: 'sent', delivery_error: null, retry_at: null });
    expect(sent.delivered_at).toBeInstanceOf(Date);

    await mails.markFailed(invitation.id, 'a late failure of a duplicate job');
    expect(await delivery(invitation.id)).toEqual(sent);
  });

  it('schedules a retry only for a failed invitation, and never takes its round back', async () => {
    const failed = await invitationIn({}, { deliveryStatus: 'failed' });
    const at = minutesFromNow(15);
    await mails.scheduleRetry(failed.id, 2, at);
    expect(await delivery(failed.id)).toMatchObject({ retry_at: at, delivery_round: 2 });
    await mails.scheduleRetry(failed.id, 1, minutesFromNow(30));
    expect((await delivery(failed.id)).delivery_round).toBe(2);
    // The last round gave up: nothing is due any more.
    await mails.scheduleRetry(failed.id, 10, null);
    expect(await delivery(failed.id)).toMatchObject({ retry_at: null, delivery_round: 10 });

    const sent = await invitationIn({}, { deliveryStatus: 'sent' });
    await mails.scheduleRetry(sent.id, 0, at);
    expect(await delivery(sent.id)).toMatchObject({ retry_at: null, delivery_round: 0 });
  });

  it('marks a reminder delivered: the highest round reminded stays, the first delivery time stays, and no retry is left', async () => {
    const deliveredAt = new Date('2030-01-02T03:04:05Z');
    const invitation = await invitationIn({}, { deliveryStatus: 'failed', deliveryError: 'mailbox full', deliveredAt, retryAt: minutesFromNow(10) });
    await mails.markReminded(invitation.id, 3);
    await mails.markReminded(invitation.id, 2);
    expect(await delivery(invitation.id)).toMatchObject({
      delivery_status: 'sent',
      delivery_error: null,
      delivered_at: deliveredAt,
      retry_at: null,
      reminded_round: 3,
    });
  });
});

describe('MailRepository: retry rounds', () => {
  it('finds as due only failed, unanswered invitations of open campaigns whose retry time has passed, with the round to run next', async () => {
    const due = await invitationIn({}, { deliveryStatus: 'failed', deliveryRound: 2, retryAt: minutesFromNow(-1) });
    const notDue = [
      await invitationIn({}, { deliveryStatus: 'failed', deliveryRound: 2, retryAt: minutesFromNow(10) }),
      await invitationIn({}, { deliveryStatus: 'failed', retryAt: null }),
      await invitationIn({}, { deliveryStatus: 'failed', retryAt: minutesFromNow(-1), answered: true }),
      await invitationIn({}, { deliveryStatus: 'sent', retryAt: minutesFromNow(-1) }),
      await invitationIn({ status: 'closed', closedAt: new Date() }, { deliveryStatus: 'failed', retryAt: minutesFromNow(-1) }),
      await invitationIn({ closesAt: minutesFromNow(-5) }, { deliveryStatus: 'failed', retryAt: minutesFromNow(-1) }),
      await invitationIn({ status: 'draft', launchedAt: null }, { deliveryStatus: 'failed', retryAt: minutesFromNow(-1) }),
    ];

    const found = await mails.dueRetries(1_000);

    expect(found).toContainEqual({ invitationId: due.id, round: 3 });
    for (const invitation of notDue) expect(found.map((retry) => retry.invitationId)).not.toContain(invitation.id);
    expect(await mails.dueRetries(1)).toHaveLength(1);
  });

  it('once a round is queued nothing is due until it gives up; then the next round is due', async () => {
    const invitation = await invitationIn({}, { deliveryStatus: 'failed', retryAt: minutesFromNow(-1) });
    const dueIds = async (): Promise<{ invitationId: string; round: number }[]> =>
      (await mails.dueRetries(1_000)).filter((retry) => retry.invitationId === invitation.id);
    expect(await dueIds()).toEqual([{ invitationId: invitation.id, round: 1 }]);

    await mails.markRetryQueued(invitation.id, 1);
    expect(await delivery(invitation.id)).toMatchObject({ delivery_round: 1, retry_at: null });
    expect(await dueIds()).toEqual([]);

    await mails.scheduleRetry(invitation.id, 1, minutesFromNow(-1));
    expect(await dueIds()).toEqual([{ invitationId: invitation.id, round: 2 }]);
  });

  it('keeps the next retry when the round gave up before the sweep recorded queuing it', async () => {
    const invitation = await invitationIn({}, { deliveryStatus: 'failed', retryAt: minutesFromNow(-1) });
    const next = minutesFromNow(30);
    // Round 1 is queued, runs and gives up at once; only then does the sweep record it.
    await mails.scheduleRetry(invitation.id, 1, next);
    await mails.markRetryQueued(invitation.id, 1);
    expect(await delivery(invitation.id)).toMatchObject({ delivery_round: 1, retry_at: next });
  });
});

describe('MailRepository: refusals and thanks', () => {
  it('records a refused address without a retry round, and never over a delivered invitation', async () => {
    const failing = await invitationIn({}, { deliveryStatus: 'failed', retryAt: minutesFromNow(5) });
    await mails.markRefused(failing.id, `550 5.1.1 no such user ${'x'.repeat(600)}`);
    const refused = await delivery(failing.id);
    expect([refused.delivery_status, refused.retry_at, refused.delivery_error?.length]).toEqual(['refused', null, 500]);
    expect(await mails.dueRetries(10)).not.toContainEqual(expect.objectContaining({ invitationId: failing.id }));

    const sent = await invitationIn({}, { deliveryStatus: 'sent' });
    await mails.markRefused(sent.id, '550 too late');
    expect((await delivery(sent.id)).delivery_status).toBe('sent');
  });

  it('thanks raters who answered a closed campaign, once, never the leader, an open campaign or a refused address', async () => {
    const closed = await t.rows.campaign({ status: 'closed' });
    const open = await t.rows.campaign({ status: 'open' });
    const answered = await t.rows.invitation(closed.id, { answered: true });
    await t.rows.invitation(closed.id, { answered: false });
    await t.rows.invitation(closed.id, { answered: true, groupId: 'self' });
    await t.rows.invitation(closed.id, { answered: true, deliveryStatus: 'refused' });
    await t.rows.invitation(open.id, { answered: true });
    expect(await mails.dueThanks(100)).toEqual([answered.id]);
    // One job claims the thank-you; a second (a retry, a duplicate) finds it taken.
    expect(await Promise.all([mails.claimThanks(answered.id), mails.claimThanks(answered.id)])).toEqual(expect.arrayContaining([true, false]));
    expect(await mails.dueThanks(100)).toEqual([]);
    // A mail that could not be sent is given back, to be claimed and sent again.
    await mails.releaseThanks(answered.id);
    expect(await mails.dueThanks(100)).toEqual([answered.id]);
    expect(await mails.claimThanks(answered.id)).toBe(true);
  });
});
