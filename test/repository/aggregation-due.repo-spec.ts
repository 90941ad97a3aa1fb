import { randomUUID } from 'node:crypto';
import { AggregationRepository } from '../../src/aggregation/aggregation.repository';
import type { CampaignEntity } from '../../src/campaigns/campaign.entity';
import { settleWork } from '../factories/settle-work.factory';
import { surveyFactory } from '../factories/survey.factory';
import { useTestDatabase } from '../utils/test-database';

const t = useTestDatabase();
let aggregation: AggregationRepository;

interface Fixture {
  campaign: Partial<CampaignEntity>;
  waiting: number;
  folded?: number;
  /** Whether the sweep must settle it. */
  due: boolean;
  /** Whether its waiting answers are all to be folded now, batch or not. */
  flush: boolean;
}

const hour = 3600 * 1000;
const past = (): Date => new Date(Date.now() - hour);
const future = (): Date => new Date(Date.now() + hour);

/** Every campaign of this file's database, and what the sweep must make of it. */
const FIXTURES: Record<string, Fixture> = {
  'open, with answers waiting for a batch and their count recorded': {
    campaign: { answersWaiting: 2, foldDueAt: future() },
    waiting: 2,
    due: false,
    flush: false,
  },
  'open until a later date, with its count recorded': {
    campaign: { closesAt: future(), answersWaiting: 1, foldDueAt: future() },
    waiting: 1,
    due: false,
    flush: false,
  },
  'closed, with nothing waiting': { campaign: { status: 'closed', closedAt: past() }, waiting: 0, folded: 2, due: false, flush: true },
  'open, with nothing waiting and its flush time passed': { campaign: { foldDueAt: past() }, waiting: 0, folded: 1, due: false, flush: true },
  'closed, with answers waiting': {
    campaign: { status: 'closed', closedAt: past(), answersWaiting: 1, foldDueAt: future() },
    waiting: 1,
    due: true,
    flush: true,
  },
  'past its closing date': { campaign: { closesAt: past(), answersWaiting: 1, foldDueAt: future() }, waiting: 1, due: true, flush: true },
  'whose flush time passed': { campaign: { answersWaiting: 2, foldDueAt: past() }, waiting: 2, due: true, flush: true },
  'holding an answer no settle has counted': { campaign: { answersWaiting: 2, foldDueAt: future() }, waiting: 3, due: true, flush: false },
  'with answers waiting and no flush time recorded': { campaign: { answersWaiting: 1 }, waiting: 1, due: true, flush: false },
  'never settled': { campaign: {}, waiting: 1, due: true, flush: false },
};

const ids = new Map<string, string>();
const waitingIds = new Map<string, string[]>();
const idOf = (name: string): string => ids.get(name) ?? '';

beforeAll(async () => {
  aggregation = new AggregationRepository(t.db);
  const engagement = await t.rows.engagement();
  for (const [name, fixture] of Object.entries(FIXTURES)) {
    const campaign = await t.rows.campaign({ engagementId: engagement.id, surveySnapshot: surveyFactory({ title: name }), ...fixture.campaign });
    ids.set(name, campaign.id);
    waitingIds.set(
      name,
      (await t.rows.responses(campaign.id, fixture.waiting, { texts: { strengths: `Waiting in ${name}` } })).map((answer) => answer.id),
    );
    await t.rows.responses(campaign.id, fixture.folded ?? 0, { aggregated: true, texts: null });
  }
});

const namesWhere = (test: (fixture: Fixture) => boolean): string[] => Object.keys(FIXTURES).filter((name) => test(FIXTURES[name]));

describe('AggregationRepository: which campaigns are due', () => {
  it('campaignsToSettle lists the campaigns with waiting answers that are closed, past their closing date or flush time, or hold answers no settle has counted', async () => {
    const due = await aggregation.campaignsToSettle(100);
    const byId = new Map([...ids].map(([name, id]) => [id, name]));
    expect(due.map((id) => byId.get(id)).sort()).toEqual(namesWhere((fixture) => fixture.due).sort());
  });

  it('campaignsToSettle gives no more than its limit', async () => {
    const due = await aggregation.campaignsToSettle(2);
    expect(due).toHaveLength(2);
    const dueIds = namesWhere((fixture) => fixture.due).map(idOf);
    for (const id of due) expect(dueIds).toContain(id);
  });

  it.each(Object.keys(FIXTURES))('previewSettle of a campaign %s: its survey, whether it flushes, and its waiting answers with their texts', async (name) => {
    const preview = await aggregation.previewSettle(idOf(name), 100);
    expect(preview?.survey.title).toBe(name);
    expect(preview?.flush).toBe(FIXTURES[name].flush);
    expect(preview?.waiting.map((answer) => answer.id).sort()).toEqual([...(waitingIds.get(name) ?? [])].sort());
    for (const answer of preview?.waiting ?? []) expect(answer).toMatchObject({ groupId: 'peer', texts: { strengths: `Waiting in ${name}` } });
  });

  it('previewSettle reads no more answers than its limit; neither it nor settleOnce finds anything in a campaign that does not exist', async () => {
    const name = 'holding an answer no settle has counted';
    const preview = await aggregation.previewSettle(idOf(name), 2);
    expect(preview?.waiting).toHaveLength(2);
    for (const answer of preview?.waiting ?? []) expect(waitingIds.get(name)).toContain(answer.id);
    expect(await aggregation.previewSettle(randomUUID(), 10)).toBeUndefined();
    const work = settleWork();
    expect(await aggregation.settleOnce(randomUUID(), work, { skipLocked: false })).toEqual({ folded: 0, waiting: 0, more: false });
    expect(work.calls.plans).toEqual([]);
  });

  it.each(Object.keys(FIXTURES))('foldState of a campaign %s: whether it takes answers still, and how many it received are not folded', async (name) => {
    const { campaign, waiting } = FIXTURES[name];
    const closedForAnswers = campaign.status === 'closed' || (campaign.closesAt !== undefined && campaign.closesAt !== null && campaign.closesAt <= new Date());
    // Folded answers never count, whatever the campaign's own tally of waiting answers says.
    expect(await aggregation.foldState(idOf(name))).toEqual({ closedForAnswers, unfolded: waiting });
  });

  it('foldState counts an answer from its arrival until a fold flags it, and finds nothing in a campaign that does not exist', async () => {
    const campaign = await t.rows.campaign({ surveySnapshot: surveyFactory({ title: 'counted as answers arrive and fold' }) });
    const [first] = await t.rows.responses(campaign.id, 3, { texts: null });
    expect(await aggregation.foldState(campaign.id)).toEqual({ closedForAnswers: false, unfolded: 3 });
    await t.db.query(`UPDATE responses SET aggregated = true WHERE id = $1`, [first.id]);
    expect(await aggregation.foldState(campaign.id)).toEqual({ closedForAnswers: false, unfolded: 2 });
    await t.db.query(`UPDATE campaigns SET status = 'closed', closed_at = now() WHERE id = $1`, [campaign.id]);
    expect(await aggregation.foldState(campaign.id)).toEqual({ closedForAnswers: true, unfolded: 2 });
    // Folded, it is due for no sweep, whichever test of this file runs after.
    await t.db.query(`UPDATE responses SET aggregated = true WHERE campaign_id = $1`, [campaign.id]);
    expect(await aggregation.foldState(campaign.id)).toEqual({ closedForAnswers: true, unfolded: 0 });
    expect(await aggregation.foldState(randomUUID())).toEqual({ closedForAnswers: false, unfolded: 0 });
  });

  it('settleOnce shows its plan the flush the preview promised', async () => {
    for (const name of Object.keys(FIXTURES)) {
      // The plan throws once it has seen the flush, so the settle rolls back and the campaign stays as it was.
      const work = settleWork({
        plan: () => {
          throw new Error('seen');
        },
      });
      await expect(aggregation.settleOnce(idOf(name), work, { skipLocked: false })).rejects.toThrow('seen');
      expect({ name, flush: work.calls.plans[0]?.flush }).toEqual({ name, flush: FIXTURES[name].flush });
    }
  });
});
