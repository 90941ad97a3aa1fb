import { AggregationRepository } from '../../src/aggregation/aggregation.repository';
import { useTestDatabase } from '../utils/test-database';

const t = useTestDatabase();
let aggregation: AggregationRepository;
/** The same repository in "another worker": its own connection pool. */
let otherWorker: AggregationRepository;

beforeAll(async () => {
  aggregation = new AggregationRepository(t.db);
  otherWorker = new AggregationRepository(await t.connectAgain());
});

async function advisoryLocksHeld(): Promise<number> {
  const [row]: { held: number }[] = await t.db.query(
    `SELECT COUNT(*)::int AS held FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND d.datname = current_database()`,
  );
  return row.held;
}

describe('AggregationRepository.claimSettle: one process settles a campaign at a time', () => {
  it('gives a campaign to one process until it lets go, and leaves other campaigns free meanwhile', async () => {
    const [one, two] = [await t.rows.campaign(), await t.rows.campaign()];
    const claim = await aggregation.claimSettle(one.id);
    expect(claim).toBeDefined();
    try {
      expect(await otherWorker.claimSettle(one.id)).toBeUndefined();
      // Not even the same process claims it twice: its jobs of one campaign settle in turn.
      expect(await aggregation.claimSettle(one.id)).toBeUndefined();
      const other = await otherWorker.claimSettle(two.id);
      expect(other).toBeDefined();
      await other?.release();
    } finally {
      await claim?.release();
    }
    const again = await otherWorker.claimSettle(one.id);
    expect(again).toBeDefined();
    await again?.release();
    expect(await advisoryLocksHeld()).toBe(0);
  });

  it('holds no connection of the pool while it finds the campaign claimed, and none once released', async () => {
    const campaign = await t.rows.campaign();
    const claim = await aggregation.claimSettle(campaign.id);
    const refused = await Promise.all(Array.from({ length: 30 }, () => otherWorker.claimSettle(campaign.id)));
    expect(refused.every((answer) => answer === undefined)).toBe(true);
    await claim?.release();
    // A pool of 10: thirty claims that kept their connection would have run it dry.
    const claims = await Promise.all(Array.from({ length: 3 }, async () => otherWorker.claimSettle((await t.rows.campaign()).id)));
    expect(claims.every((held) => held !== undefined)).toBe(true);
    for (const held of claims) await held?.release();
    expect(await advisoryLocksHeld()).toBe(0);
  });
});
