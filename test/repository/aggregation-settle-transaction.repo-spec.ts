import { AggregationRepository, type SettleWork } from '../../src/aggregation/aggregation.repository';
import { foldBatch } from '../../src/aggregation/response-fold';
import { foldHeldOpen, settleWork } from '../factories/settle-work.factory';
import { physicalRows } from '../utils/physical-rows';
import { sessionsWaitingForLocks, useTestDatabase } from '../utils/test-database';
import { waitUntil } from '../../src/common/wait-until';

const ITEMS = ['communication.listens', 'communication.clear', 'execution.commits', 'execution.priorities'];
const rateAll = (rating: number): Record<string, number> => Object.fromEntries(ITEMS.map((item) => [item, rating]));

const t = useTestDatabase();
let aggregation: AggregationRepository;
/** The same repository in "another worker": its own connection pool. */
let otherWorker: AggregationRepository;

beforeAll(async () => {
  aggregation = new AggregationRepository(t.db);
  otherWorker = new AggregationRepository(await t.connectAgain());
});

async function count(sql: string, campaignId: string): Promise<number> {
  const [row]: { count: number }[] = await t.db.query(sql, [campaignId]);
  return row.count;
}

describe('AggregationRepository.settleOnce: the campaign lock', () => {
  it('folds every waiting answer exactly once when two workers settle one campaign at the same time: the second waits, then folds only the answer that arrived meanwhile', async () => {
    const campaign = await t.rows.campaign();
    const ratings = [1, 2, 3, 4, 5, 5];
    for (const rating of ratings) await t.rows.response(campaign.id, { ratings: rateAll(rating) });
    await t.rows.response(campaign.id, { groupId: 'boss', ratings: rateAll(2) });

    const first = foldHeldOpen();
    const firstSettle = aggregation.settleOnce(campaign.id, first.work, { skipLocked: false });
    const secondWork = settleWork();
    let secondSettle: ReturnType<AggregationRepository['settleOnce']> | undefined;
    let lateAnswer = '';
    try {
      await first.folding;
      secondSettle = otherWorker.settleOnce(campaign.id, secondWork, { skipLocked: false });
      await waitUntil(async () => (await sessionsWaitingForLocks(t.db)) > 0, {
        what: 'the second settle to wait for the campaign lock',
        timeoutMs: 5_000,
        intervalMs: 20,
      });
      expect(secondWork.calls.plans).toEqual([]);

      // The lock is FOR NO KEY UPDATE: a rater can still submit, and a preview reads without waiting.
      lateAnswer = (await t.rows.response(campaign.id, { ratings: rateAll(3) })).id;
      expect((await otherWorker.previewSettle(campaign.id, 100))?.waiting).toHaveLength(8);
    } finally {
      first.letGo();
    }
    expect(await firstSettle).toEqual({ folded: 7, waiting: 0, more: false });
    expect(await secondSettle).toEqual({ folded: 1, waiting: 0, more: false });
    expect(secondWork.calls.plans).toEqual([{ waiting: [lateAnswer], flush: false }]);

    const folded = [...first.work.calls.folds, ...secondWork.calls.folds].flat().map((answer) => answer.id);
    expect(new Set(folded).size).toBe(folded.length);
    expect(folded).toHaveLength(8);
    const aggregates = await aggregation.loadAggregates(campaign.id);
    expect(aggregates.responses).toEqual({ peer: 7, boss: 1 });
    const peerSum = [...ratings, 3].reduce((sum, rating) => sum + rating, 0);
    expect(aggregates.items.peer?.['communication.listens']).toMatchObject({ raters: 7, ratings: 7, sum: peerSum });
    expect(aggregates.themes.peer?.communication).toMatchObject({ raters: 7, ratings: 14, sum: 2 * peerSum });
    expect(await count(`SELECT COUNT(*)::int AS count FROM responses WHERE campaign_id = $1 AND NOT aggregated`, campaign.id)).toBe(0);
  });

  it("with skipLocked, answers 'busy' at once while another settle holds the campaign, and leaves its answers to that settle", async () => {
    const campaign = await t.rows.campaign();
    await t.rows.responses(campaign.id, 3);

    const first = foldHeldOpen();
    const firstSettle = aggregation.settleOnce(campaign.id, first.work, { skipLocked: false });
    const sweep = settleWork();
    try {
      await first.folding;
      expect(await otherWorker.settleOnce(campaign.id, sweep, { skipLocked: true })).toBe('busy');
      expect(sweep.calls.plans).toEqual([]);
    } finally {
      first.letGo();
    }
    expect(await firstSettle).toEqual({ folded: 3, waiting: 0, more: false });
    expect(await otherWorker.settleOnce(campaign.id, sweep, { skipLocked: true })).toEqual({ folded: 0, waiting: 0, more: false });
    expect((await aggregation.loadAggregates(campaign.id)).responses).toEqual({ peer: 3 });
  });
});

/** A fold that also keeps each answer's strengths text as a comment. */
const foldWithComments: Partial<SettleWork> = {
  fold: async (survey, batch) => ({
    groups: foldBatch(survey, batch),
    comments: batch.map((answer, index) => ({
      groupId: answer.groupId,
      questionId: 'strengths',
      kind: 'text' as const,
      text: answer.texts?.strengths as string,
      themeIds: [],
      sentiment: 'positive' as const,
      sortKey: index,
    })),
  }),
};

describe('AggregationRepository.settleOnce: a failed settle', () => {
  const failures: [string, Partial<SettleWork>][] = [
    ['the fold throws', { fold: async () => Promise.reject(new Error('classifier unavailable')) }],
    // The last step: aggregates and comments are written and the rows moved by then.
    [
      'recording what waits throws',
      {
        flushDueAt: () => {
          throw new Error('classifier unavailable');
        },
      },
    ],
  ];

  it.each(failures)('when %s, folds nothing, moves nothing, and a later settle folds every answer once', async (_when, failing) => {
    const campaign = await t.rows.campaign({ answersWaiting: 4 });
    for (const rating of [2, 3, 4, 5]) await t.rows.response(campaign.id, { ratings: rateAll(rating), texts: { strengths: `Rated ${rating}` } });
    for (let index = 0; index < 4; index += 1) await t.rows.invitation(campaign.id, { answered: true });
    await t.rows.invitation(campaign.id);
    const before = { responses: await physicalRows(t.db, 'responses', campaign.id), invitations: await physicalRows(t.db, 'invitations', campaign.id) };

    await expect(aggregation.settleOnce(campaign.id, settleWork({ ...foldWithComments, ...failing }), { skipLocked: false })).rejects.toThrow(
      'classifier unavailable',
    );

    expect(await count(`SELECT COUNT(*)::int AS count FROM aggregates WHERE campaign_id = $1`, campaign.id)).toBe(0);
    expect(await count(`SELECT COUNT(*)::int AS count FROM comments WHERE campaign_id = $1`, campaign.id)).toBe(0);
    const texts: { texts: unknown }[] = await t.db.query(
      `SELECT texts FROM responses WHERE campaign_id = $1 AND NOT aggregated ORDER BY ratings->>'communication.listens'`,
      [campaign.id],
    );
    expect(texts.map((row) => row.texts)).toEqual([2, 3, 4, 5].map((rating) => ({ strengths: `Rated ${rating}` })));
    expect(await physicalRows(t.db, 'responses', campaign.id)).toEqual(before.responses);
    expect(await physicalRows(t.db, 'invitations', campaign.id)).toEqual(before.invitations);
    const [stored]: { answers_waiting: number; fold_due_at: Date | null }[] = await t.db.query(
      `SELECT answers_waiting, fold_due_at FROM campaigns WHERE id = $1`,
      [campaign.id],
    );
    expect(stored).toEqual({ answers_waiting: 4, fold_due_at: null });

    expect(await aggregation.settleOnce(campaign.id, settleWork(foldWithComments), { skipLocked: false })).toEqual({ folded: 4, waiting: 0, more: false });
    const aggregates = await aggregation.loadAggregates(campaign.id);
    expect(aggregates.responses).toEqual({ peer: 4 });
    expect(aggregates.items.peer?.['execution.commits']).toMatchObject({ ratings: 4, sum: 14, sumSquares: 4 + 9 + 16 + 25 });
    expect((await aggregation.loadComments(campaign.id)).map((comment) => comment.text).sort()).toEqual(['Rated 2', 'Rated 3', 'Rated 4', 'Rated 5']);
  });
});
