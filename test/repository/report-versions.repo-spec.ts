import type { EntityManager } from 'typeorm';
import { AggregationRepository } from '../../src/aggregation/aggregation.repository';
import type { CampaignAggregates } from '../../src/aggregation/aggregate.types';
import { isConcurrentCut, type NewVersion, ReportVersionRepository } from '../../src/reports/versions/report-version.repository';
import { reportFactory } from '../factories/report.factory';
import { useTestDatabase } from '../utils/test-database';
import { gate } from '../utils/gate';
import { waitUntil } from '../../src/common/wait-until';

const t = useTestDatabase();
let versions: ReportVersionRepository;
/** The same repository in another api process: its own connection pool. */
let otherProcess: ReportVersionRepository;

beforeAll(async () => {
  versions = new ReportVersionRepository(t.db, new AggregationRepository(t.db));
  const other = await t.connectAgain();
  otherProcess = new ReportVersionRepository(other, new AggregationRepository(other));
});

function version(number: number, frozen: CampaignAggregates, aggregatedResponses = 0): NewVersion {
  const createdAt = new Date(Date.UTC(2031, 0, number));
  return {
    number,
    createdAt,
    frozen,
    figures: [],
    report: reportFactory({ aggregatedResponses, version: { number, createdAt: createdAt.toISOString(), releasedAt: null } }),
  };
}

async function tally(campaignId: string, groupId: string, raters: number): Promise<void> {
  await t.db.query(
    `INSERT INTO aggregates (campaign_id, group_id, scope_kind, scope_id, raters, ratings, sum, sum_squares, histogram) VALUES ($1, $2, 'responses', '*', $3, 0, 0, 0, '{}')
     ON CONFLICT (campaign_id, group_id, scope_kind, scope_id) DO UPDATE SET raters = aggregates.raters + EXCLUDED.raters`,
    [campaignId, groupId, raters],
  );
}

async function releasedIn(commentIds: string[]): Promise<Record<string, number | null>> {
  const found: { id: string; released_in: number | null }[] = await t.db.query(`SELECT id, released_in FROM comments WHERE id = ANY($1::uuid[])`, [commentIds]);
  return Object.fromEntries(found.map((row) => [row.id, row.released_in]));
}

describe('ReportVersionRepository.cut', () => {
  it('reads the aggregates and releases the comments of one moment: a fold committed during the cut is neither counted nor released', async () => {
    const campaign = await t.rows.campaign();
    await tally(campaign.id, 'peer', 3);
    const before = await t.rows.comment(campaign.id, { text: 'Folded before the cut' });
    let during = '';

    const cut = await versions.cut(campaign.id, async (tx: EntityManager, current) => {
      // Another worker folds two more answers and their comment, and commits, while the cut runs.
      await tally(campaign.id, 'peer', 2);
      during = (await t.rows.comment(campaign.id, { text: 'Folded during the cut' })).id;
      await versions.releaseComments(tx, campaign.id, ['peer'], 1);
      const shown = await versions.commentsUpTo(tx, campaign.id, 1);
      await versions.insert(tx, campaign.id, version(1, current, current.responses.peer));
      return { counted: current.responses, shown: shown.map((comment) => comment.text) };
    });

    expect(cut).toEqual({ counted: { peer: 3 }, shown: ['Folded before the cut'] });
    expect(await releasedIn([before.id, during])).toEqual({ [before.id]: 1, [during]: null });
    expect((await versions.latest(campaign.id))?.frozen.responses).toEqual({ peer: 3 });
    expect((await new AggregationRepository(t.db).loadAggregates(campaign.id)).responses).toEqual({ peer: 5 });
  });

  it('lets only one of two cuts of the same version through; the other fails as a concurrent cut, and cuts nothing', async () => {
    const campaign = await t.rows.campaign();
    await tally(campaign.id, 'peer', 3);
    const comment = await t.rows.comment(campaign.id);
    const bothRead = { first: gate(), second: gate() };
    const cutting = (repository: ReportVersionRepository, mine: ReturnType<typeof gate>, theirs: ReturnType<typeof gate>): Promise<number | null> =>
      repository.cut(campaign.id, async (tx, current, _history, latest) => {
        mine.open();
        await theirs.opened;
        const number = (latest?.number ?? 0) + 1;
        await repository.releaseComments(tx, campaign.id, ['peer'], number);
        await repository.insert(tx, campaign.id, version(number, current, 3));
        return number;
      });

    const outcomes = await Promise.allSettled([cutting(versions, bothRead.first, bothRead.second), cutting(otherProcess, bothRead.second, bothRead.first)]);

    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled').map((outcome) => outcome.value)).toEqual([1]);
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    expect(isConcurrentCut(failure?.reason)).toBe(true);
    expect((await versions.list(campaign.id)).map((stored) => stored.number)).toEqual([1]);
    expect(await releasedIn([comment.id])).toEqual({ [comment.id]: 1 });
  });
});

describe('ReportVersionRepository: releasing', () => {
  it('gives a version number only to comments of the advancing groups that no version showed yet, in this campaign', async () => {
    const campaign = await t.rows.campaign();
    const waitingPeer = await t.rows.comment(campaign.id);
    const shownPeer = await t.rows.comment(campaign.id, { releasedIn: 1 });
    const boss = await t.rows.comment(campaign.id, { groupId: 'boss' });
    const elsewhere = await t.rows.comment((await t.rows.campaign()).id);

    await t.db.transaction((tx) => versions.releaseComments(tx, campaign.id, ['peer', 'direct_report'], 2));

    expect(await releasedIn([waitingPeer.id, shownPeer.id, boss.id, elsewhere.id])).toEqual({
      [waitingPeer.id]: 2,
      [shownPeer.id]: 1,
      [boss.id]: null,
      [elsewhere.id]: null,
    });
  });

  it('keeps the first release time of a version, in its row and in its frozen report, and reads the versions back in order', async () => {
    const campaign = await t.rows.campaign();
    const frozen: CampaignAggregates = { responses: { peer: 3 }, items: {}, themes: {} };
    await t.db.transaction(async (tx) => {
      await versions.insert(tx, campaign.id, version(1, frozen, 3));
      await versions.insert(tx, campaign.id, version(2, frozen, 6));
    });
    const first = new Date('2031-02-01T09:00:00Z');

    await versions.release(campaign.id, 1, first);
    await versions.release(campaign.id, 1, new Date('2031-03-01T09:00:00Z'));

    const released = await versions.latestReleased(campaign.id);
    expect(released?.number).toBe(1);
    expect(released?.releasedAt).toEqual(first);
    expect(released?.report.version?.releasedAt).toBe(first.toISOString());
    expect((await versions.latest(campaign.id))?.number).toBe(2);
    expect(await versions.list(campaign.id)).toEqual([
      { number: 1, createdAt: new Date(Date.UTC(2031, 0, 1)), releasedAt: first, responses: 3 },
      { number: 2, createdAt: new Date(Date.UTC(2031, 0, 2)), releasedAt: null, responses: 6 },
    ]);
    expect(await versions.get(campaign.id, 3)).toBeNull();
  });
});

describe('ReportVersionRepository: what a version is served from', () => {
  const columns = async (campaignId: string, number: number): Promise<{ body: string | null; meta: unknown }> =>
    (
      await t.db.query<{ body: string | null; meta: unknown }[]>(`SELECT body, body_meta AS meta FROM report_versions WHERE campaign_id = $1 AND number = $2`, [
        campaignId,
        number,
      ])
    )[0];

  it('stores the report as Postgres prints it at the first read, and empties it when the report changes', async () => {
    const campaign = await t.rows.campaign();
    await t.db.transaction((tx) => versions.insert(tx, campaign.id, version(1, { responses: {}, items: {}, themes: {} })));
    expect(await columns(campaign.id, 1)).toEqual({ body: null, meta: null });
    const [printed] = await t.db.query<{ text: string }[]>(`SELECT report::text AS text FROM report_versions WHERE campaign_id = $1`, [campaign.id]);

    const plain = await versions.storedBody(campaign.id, 1, 'identity');
    expect(plain?.text).toBe(printed.text);
    expect((await columns(campaign.id, 1)).body).toBe(printed.text);
    expect((await versions.storedBody(campaign.id, 1, 'gzip'))?.gzipHead.length).toBeGreaterThan(0);
    expect(await versions.storedBody(campaign.id, 2, 'gzip')).toBeNull();

    await versions.release(campaign.id, 1, new Date(Date.UTC(2031, 5, 1)));
    expect(await columns(campaign.id, 1)).toEqual({ body: null, meta: null });
    expect((await versions.storedBody(campaign.id, 1, 'identity'))?.text).toContain('"releasedAt": "2031-06-01T00:00:00.000Z"');
  });

  it('never stores what it worked out from a report that changed meanwhile', async () => {
    const campaign = await t.rows.campaign();
    await t.db.transaction((tx) => versions.insert(tx, campaign.id, version(1, { responses: {}, items: {}, themes: {} })));
    // A release in another process holds the row while this read works out the body of the report as it was.
    const releasing = await t.connectAgain();
    const runner = releasing.createQueryRunner();
    await runner.startTransaction();
    await runner.query(
      `UPDATE report_versions SET released_at = now(), report = jsonb_set(report, '{version,releasedAt}', '"2031-06-01T00:00:00.000Z"') WHERE campaign_id = $1`,
      [campaign.id],
    );
    const reading = versions.storedBody(campaign.id, 1, 'identity');
    await waitUntil(
      async () => (await t.db.query<unknown[]>(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).length > 0,
      { what: "the read's UPDATE waiting for the release's lock" },
    );
    await runner.commitTransaction();
    await runner.release();
    expect((await reading)?.text).toContain('"releasedAt": null'); // what this read saw, served once
    expect(await columns(campaign.id, 1)).toEqual({ body: null, meta: null });
    expect((await versions.storedBody(campaign.id, 1, 'identity'))?.text).toContain('"releasedAt": "2031-06-01T00:00:00.000Z"');
  });
});
