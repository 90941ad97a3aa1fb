import { CampaignRepository } from '../../src/campaigns/campaign.repository';
import { NominationRepository } from '../../src/campaigns/nominations/nomination.repository';
import { waitUntil } from '../../src/common/wait-until';
import { sessionsWaitingForLocks, useTestDatabase } from '../utils/test-database';

const SECRET = 'repository-test-secret-of-at-least-32-chars';

const t = useTestDatabase();
let nominations: NominationRepository;
/** A launch from another api process: its own connection pool. */
let otherProcess: CampaignRepository;

beforeAll(async () => {
  nominations = new NominationRepository(t.db, new CampaignRepository(t.db));
  otherProcess = new CampaignRepository(await t.connectAgain());
});

const proposed = [
  { name: 'Priya Peer', email: 'priya@example.com', group: 'peer' as const },
  { name: 'Dora Direct', email: 'dora@example.com', group: 'direct_report' as const },
];

describe('NominationRepository: a proposal and the launch that locks it', () => {
  it('makes a launch wait while an approval holds the campaign, so the launch invites every approved rater', async () => {
    const campaign = await t.rows.campaign({ status: 'draft', launchedAt: null });
    let release: () => void = () => undefined;
    let started: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const holding = new Promise<void>((resolve) => (started = resolve));
    const waitingBefore = await sessionsWaitingForLocks(t.db);
    const approving = nominations.withCampaignLocked(campaign.id, async (locked, tx) => {
      expect(locked.campaign).toBe('draft');
      expect(await nominations.addToCampaign(tx, campaign.id, proposed)).toEqual([]);
      started();
      await held;
      await nominations.save(tx, campaign.id, { status: 'approved', raters: [], coachNote: null });
    });
    let launching: Promise<string[] | null> = Promise.resolve(null);
    try {
      // The approval holds the campaign's row; a launch from the other process must wait for it.
      await holding;
      launching = otherProcess.openAndInvite(campaign.id, SECRET);
      await waitUntil(async () => (await sessionsWaitingForLocks(t.db)) > waitingBefore, {
        what: 'the launch to wait for the approval',
        timeoutMs: 5_000,
        intervalMs: 20,
      });
    } finally {
      release();
    }
    await approving;
    const invited = await launching;
    expect(invited).toHaveLength(2);
    const uninvited: { email: string }[] = await t.db.query(
      `SELECT r.email FROM raters r LEFT JOIN invitations i ON i.rater_id = r.id WHERE r.campaign_id = $1 AND i.id IS NULL`,
      [campaign.id],
    );
    expect(uninvited).toEqual([]);
    expect((await nominations.find(campaign.id))?.status).toBe('approved');
  });

  it('tells a change that comes after the launch that the campaign is open, so nothing is proposed into it', async () => {
    const campaign = await t.rows.campaign({ status: 'draft', launchedAt: null });
    expect(await otherProcess.openAndInvite(campaign.id, SECRET)).toEqual([]);
    const seen = await nominations.withCampaignLocked(campaign.id, async (locked) => Promise.resolve(locked.campaign));
    expect(seen).toBe('open');
  });
});
