import type { GroupFold } from '../../src/aggregation/aggregate.types';
import { AggregationRepository, type SettleWork } from '../../src/aggregation/aggregation.repository';
import type { StoredComment } from '../../src/theming/comment.types';
import { settleWork } from '../factories/settle-work.factory';
import { surveyFactory } from '../factories/survey.factory';
import { useTestDatabase } from '../utils/test-database';

const t = useTestDatabase();
let aggregation: AggregationRepository;

beforeAll(async () => {
  aggregation = new AggregationRepository(t.db);
});

/** Work that folds exactly `fold`, leaves `waiting` recorded, and hands the repository these groups and comments. */
function foldGiven(
  fold: string[],
  waiting: number,
  result: { groups?: GroupFold[]; comments?: StoredComment[] } = {},
  overrides: Partial<SettleWork> = {},
): ReturnType<typeof settleWork> {
  return settleWork({
    plan: () => ({ fold, waiting, more: false }),
    fold: async () => ({ groups: result.groups ?? [], comments: result.comments ?? [] }),
    ...overrides,
  });
}

function comment(text: string, sortKey: number, overrides: Partial<StoredComment> = {}): StoredComment {
  return {
    groupId: 'peer',
    questionId: 'strengths',
    kind: 'text',
    text,
    themeIds: ['communication'],
    sentiment: 'positive',
    sortKey,
    confidence: null,
    secondThemeId: null,
    language: null,
    themingFailed: false,
    ...overrides,
  };
}

interface AggregateRow {
  group_id: string;
  scope_kind: string;
  scope_id: string;
  raters: number;
  ratings: number;
  sum: string;
  sum_squares: string;
  histogram: Record<string, number>;
}

async function aggregateRows(campaignId: string): Promise<AggregateRow[]> {
  return t.db.query(
    `SELECT group_id, scope_kind, scope_id, raters, ratings, sum, sum_squares, histogram FROM aggregates WHERE campaign_id = $1 ORDER BY group_id, scope_kind, scope_id`,
    [campaignId],
  );
}

async function campaignWaiting(campaignId: string): Promise<{ answers_waiting: number; fold_due_at: Date | null }> {
  const [row]: { answers_waiting: number; fold_due_at: Date | null }[] = await t.db.query(`SELECT answers_waiting, fold_due_at FROM campaigns WHERE id = $1`, [
    campaignId,
  ]);
  return row;
}

describe('AggregationRepository.settleOnce: folding a batch', () => {
  it('writes the sums, sums of squares, histograms and tallies of the deltas given, and adds a second batch to the first', async () => {
    const campaign = await t.rows.campaign();
    const [a, b, c, later] = await t.rows.responses(campaign.id, 4);
    const boss = await t.rows.response(campaign.id, { groupId: 'boss' });
    // Figures that no rating in the rows would give: the repository stores what it is told.
    const firstBatch: GroupFold[] = [
      {
        groupId: 'boss',
        responses: 1,
        interviews: 0,
        deltas: [{ scopeKind: 'item', scopeId: 'communication.listens', cell: { raters: 1, ratings: 1, sum: 2, sumSquares: 4, histogram: { '2': 1 } } }],
      },
      {
        groupId: 'peer',
        responses: 3,
        interviews: 0,
        deltas: [
          { scopeKind: 'item', scopeId: 'communication.listens', cell: { raters: 3, ratings: 3, sum: 14, sumSquares: 66, histogram: { '4': 1, '5': 2 } } },
          { scopeKind: 'theme', scopeId: 'communication', cell: { raters: 3, ratings: 5, sum: 21, sumSquares: 93, histogram: { '3': 1, '4': 2, '5': 2 } } },
        ],
      },
    ];
    expect(await aggregation.settleOnce(campaign.id, foldGiven([a.id, b.id, c.id, boss.id], 1, { groups: firstBatch }), { skipLocked: false })).toEqual({
      folded: 4,
      waiting: 1,
      more: false,
    });

    expect(await aggregateRows(campaign.id)).toEqual([
      { group_id: 'boss', scope_kind: 'item', scope_id: 'communication.listens', raters: 1, ratings: 1, sum: '2', sum_squares: '4', histogram: { '2': 1 } },
      { group_id: 'boss', scope_kind: 'responses', scope_id: '*', raters: 1, ratings: 0, sum: '0', sum_squares: '0', histogram: {} },
      {
        group_id: 'peer',
        scope_kind: 'item',
        scope_id: 'communication.listens',
        raters: 3,
        ratings: 3,
        sum: '14',
        sum_squares: '66',
        histogram: { '4': 1, '5': 2 },
      },
      { group_id: 'peer', scope_kind: 'responses', scope_id: '*', raters: 3, ratings: 0, sum: '0', sum_squares: '0', histogram: {} },
      {
        group_id: 'peer',
        scope_kind: 'theme',
        scope_id: 'communication',
        raters: 3,
        ratings: 5,
        sum: '21',
        sum_squares: '93',
        histogram: { '3': 1, '4': 2, '5': 2 },
      },
    ]);

    const secondBatch: GroupFold[] = [
      {
        groupId: 'peer',
        responses: 1,
        interviews: 0,
        deltas: [
          { scopeKind: 'item', scopeId: 'communication.listens', cell: { raters: 1, ratings: 1, sum: 5, sumSquares: 25, histogram: { '5': 1 } } },
          { scopeKind: 'item', scopeId: 'execution.commits', cell: { raters: 1, ratings: 1, sum: 1, sumSquares: 1, histogram: { '1': 1 } } },
          { scopeKind: 'theme', scopeId: 'communication', cell: { raters: 1, ratings: 2, sum: 7, sumSquares: 29, histogram: { '2': 1, '5': 1 } } },
        ],
      },
    ];
    expect(await aggregation.settleOnce(campaign.id, foldGiven([later.id], 0, { groups: secondBatch }), { skipLocked: false })).toEqual({
      folded: 1,
      waiting: 0,
      more: false,
    });

    expect((await aggregateRows(campaign.id)).filter((row) => row.group_id === 'peer')).toEqual([
      {
        group_id: 'peer',
        scope_kind: 'item',
        scope_id: 'communication.listens',
        raters: 4,
        ratings: 4,
        sum: '19',
        sum_squares: '91',
        histogram: { '4': 1, '5': 3 },
      },
      { group_id: 'peer', scope_kind: 'item', scope_id: 'execution.commits', raters: 1, ratings: 1, sum: '1', sum_squares: '1', histogram: { '1': 1 } },
      { group_id: 'peer', scope_kind: 'responses', scope_id: '*', raters: 4, ratings: 0, sum: '0', sum_squares: '0', histogram: {} },
      {
        group_id: 'peer',
        scope_kind: 'theme',
        scope_id: 'communication',
        raters: 4,
        ratings: 7,
        sum: '28',
        sum_squares: '122',
        histogram: { '2': 1, '3': 1, '4': 2, '5': 3 },
      },
    ]);
  });

  it('inserts the comments given in the order given, each with what it was given', async () => {
    const campaign = await t.rows.campaign();
    const answers = await t.rows.responses(campaign.id, 3);
    const given = [
      comment('Listens before deciding', 0.9),
      comment('Arrêter de réécrire nos présentations', 0.1, {
        groupId: 'direct_report',
        questionId: 'ssc',
        kind: 'stop',
        themeIds: [],
        sentiment: 'positive',
        language: 'fr',
      }),
      comment('Keeps every commitment', 0.5, { themeIds: ['execution', 'communication'], confidence: 0.42, secondThemeId: 'composure' }),
      comment('A comment software failed on', 0.3, { themeIds: [], confidence: 0, themingFailed: true }),
    ];

    await aggregation.settleOnce(
      campaign.id,
      foldGiven(
        answers.map((answer) => answer.id),
        0,
        { comments: given },
      ),
      { skipLocked: false },
    );

    const physical: { text: string }[] = await t.db.query(`SELECT text FROM comments WHERE campaign_id = $1 ORDER BY ctid`, [campaign.id]);
    expect(physical.map((row) => row.text)).toEqual([
      'Listens before deciding',
      'Arrêter de réécrire nos présentations',
      'Keeps every commitment',
      'A comment software failed on',
    ]);
    // Read back in the order of their random sort keys.
    const loaded = await aggregation.loadComments(campaign.id);
    expect(loaded.map(({ id: _id, ...rest }) => rest)).toEqual([given[1], given[3], given[2], given[0]]);
    // Each is named by a random id of its own (the coach's review names comments by it): nothing sequential to order them by.
    expect(loaded.every((row) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(row.id ?? ''))).toBe(true);
  });

  it("marks the folded answers aggregated and forgets their texts, and only theirs; the plan sees this campaign's waiting answers and survey", async () => {
    const survey = surveyFactory({ id: 'folding-survey', version: 7 });
    const campaign = await t.rows.campaign({ surveySnapshot: survey });
    const [folded, alsoFolded, left] = await t.rows.responses(campaign.id, 3);
    await t.rows.response(campaign.id, { aggregated: true, texts: null });
    const elsewhere = await t.rows.campaign();
    await t.rows.response(elsewhere.id);
    let planned: unknown = null;
    const work = foldGiven(
      [folded.id, alsoFolded.id],
      1,
      {},
      {
        plan: (seen) => {
          planned = seen;
          return { fold: [folded.id, alsoFolded.id], waiting: 1, more: false };
        },
      },
    );

    await aggregation.settleOnce(campaign.id, work, { skipLocked: false });

    expect(planned).toEqual(survey);
    expect(work.calls.plans.map((plan) => [...plan.waiting].sort())).toEqual([[folded.id, alsoFolded.id, left.id].sort()]);
    expect(work.calls.folds[0].map((answer) => answer.id).sort()).toEqual([folded.id, alsoFolded.id].sort());
    const stored: { id: string; aggregated: boolean; texts: unknown; ratings: unknown }[] = await t.db.query(
      `SELECT id, aggregated, texts, ratings FROM responses WHERE id = ANY($1::uuid[])`,
      [[folded.id, alsoFolded.id, left.id]],
    );
    const byId = new Map(stored.map((row) => [row.id, row]));
    for (const id of [folded.id, alsoFolded.id]) expect(byId.get(id)).toMatchObject({ aggregated: true, texts: null, ratings: folded.ratings });
    expect(byId.get(left.id)).toMatchObject({ aggregated: false, texts: left.texts });
    const [other]: { aggregated: boolean; texts: unknown }[] = await t.db.query(`SELECT aggregated, texts FROM responses WHERE campaign_id = $1`, [
      elsewhere.id,
    ]);
    expect(other).toEqual({ aggregated: false, texts: { strengths: 'Explains decisions clearly' } });
  });

  it('records how many answers wait and when they are due, keeps the first due time while some wait, and clears it when none does', async () => {
    const campaign = await t.rows.campaign();
    const [first, second, third] = await t.rows.responses(campaign.id, 3);
    const due = new Date('2031-01-01T10:00:00Z');
    let nowSeen: Date | null = null;
    const dueAt = (at: Date): Partial<SettleWork> => ({
      flushDueAt: (now) => {
        nowSeen = now;
        return at;
      },
    });

    await aggregation.settleOnce(campaign.id, foldGiven([first.id], 2, {}, dueAt(due)), { skipLocked: false });
    expect(await campaignWaiting(campaign.id)).toEqual({ answers_waiting: 2, fold_due_at: due });
    expect(Math.abs((nowSeen ?? new Date(0)).getTime() - Date.now())).toBeLessThan(60_000);

    await aggregation.settleOnce(campaign.id, foldGiven([], 2, {}, dueAt(new Date('2031-01-01T11:00:00Z'))), { skipLocked: false });
    expect(await campaignWaiting(campaign.id)).toEqual({ answers_waiting: 2, fold_due_at: due });

    await aggregation.settleOnce(campaign.id, foldGiven([second.id, third.id], 0, {}, dueAt(new Date('2031-01-01T12:00:00Z'))), { skipLocked: false });
    expect(await campaignWaiting(campaign.id)).toEqual({ answers_waiting: 0, fold_due_at: null });
  });
});

describe('AggregationRepository: reading back', () => {
  it('loadAggregates gives back what the folds wrote, per group and scope, with sums past 32 bits as numbers, and nothing of another campaign', async () => {
    const campaign = await t.rows.campaign();
    const [a, b] = await t.rows.responses(campaign.id, 2);
    const big = { raters: 2, ratings: 2, sum: 5_000_000_000, sumSquares: 9_000_000_000_000, histogram: { '5': 2 } };
    const groups: GroupFold[] = [
      {
        groupId: 'peer',
        responses: 2,
        interviews: 0,
        deltas: [
          { scopeKind: 'item', scopeId: 'communication.clear', cell: big },
          { scopeKind: 'theme', scopeId: 'communication', cell: { raters: 2, ratings: 3, sum: 12, sumSquares: 50, histogram: { '3': 1, '4': 1, '5': 1 } } },
        ],
      },
    ];
    await aggregation.settleOnce(campaign.id, foldGiven([a.id, b.id], 0, { groups }), { skipLocked: false });
    const elsewhere = await t.rows.campaign();
    const other = await t.rows.response(elsewhere.id, { groupId: 'boss' });
    await aggregation.settleOnce(elsewhere.id, foldGiven([other.id], 0, { groups: [{ groupId: 'boss', responses: 1, interviews: 0, deltas: [] }] }), {
      skipLocked: false,
    });

    expect(await aggregation.loadAggregates(campaign.id)).toEqual({
      responses: { peer: 2 },
      items: { peer: { 'communication.clear': big } },
      themes: { peer: { communication: { raters: 2, ratings: 3, sum: 12, sumSquares: 50, histogram: { '3': 1, '4': 1, '5': 1 } } } },
    });
    expect(await aggregation.loadAggregates(elsewhere.id)).toEqual({ responses: { boss: 1 }, items: {}, themes: {} });
  });

  it('counts the interviews the coach entered apart, per group and per cell, as the fold marks them', async () => {
    const campaign = await t.rows.campaign();
    await t.rows.responses(campaign.id, 3, { ratings: { 'communication.listens': 4 } });
    await t.rows.response(campaign.id, { ratings: { 'communication.listens': 2, 'execution.commits': 3 }, texts: { interview: 'Notes' }, interview: true });
    await aggregation.settleOnce(campaign.id, settleWork(), { skipLocked: false });
    const aggregates = await aggregation.loadAggregates(campaign.id);
    expect({ responses: aggregates.responses, interviews: aggregates.interviews }).toEqual({ responses: { peer: 4 }, interviews: { peer: 1 } });
    expect(aggregates.items.peer?.['communication.listens']).toMatchObject({ raters: 4, sum: 14, interviews: 1 });
    expect(aggregates.items.peer?.['execution.commits']).toMatchObject({ raters: 1, interviews: 1 });
    expect(aggregates.themes.peer?.communication).toMatchObject({ raters: 4, interviews: 1 });
  });

  it('loadComments gives every comment of the campaign by sort key, and with releasedUpTo only those a version up to it released', async () => {
    const campaign = await t.rows.campaign();
    const unreleased = await t.rows.comment(campaign.id, { text: 'Not in a version yet', sortKey: 0.1 });
    const inFirst = await t.rows.comment(campaign.id, {
      text: 'Shown since version 1',
      sortKey: 0.7,
      releasedIn: 1,
      kind: 'start',
      questionId: 'ssc',
      sentiment: 'constructive',
    });
    const inSecond = await t.rows.comment(campaign.id, { text: 'Shown since version 2', sortKey: 0.3, releasedIn: 2, groupId: 'boss', themeIds: [] });
    await t.rows.comment((await t.rows.campaign()).id, { text: 'Of another campaign', sortKey: 0.5, releasedIn: 1 });
    const stored = (row: typeof inFirst): StoredComment => ({
      id: row.id,
      groupId: row.groupId,
      questionId: row.questionId,
      kind: row.kind,
      text: row.text,
      themeIds: row.themeIds,
      sentiment: row.sentiment ?? 'positive',
      sortKey: row.sortKey,
      confidence: null,
      secondThemeId: null,
      language: null,
      themingFailed: false,
    });

    expect(await aggregation.loadComments(campaign.id)).toEqual([stored(unreleased), stored(inSecond), stored(inFirst)]);
    expect(await aggregation.loadComments(campaign.id, t.db, 1)).toEqual([stored(inFirst)]);
    expect(await aggregation.loadComments(campaign.id, t.db, 2)).toEqual([stored(inSecond), stored(inFirst)]);
    expect(await aggregation.loadComments(campaign.id, t.db, 0)).toEqual([]);
  });
});
