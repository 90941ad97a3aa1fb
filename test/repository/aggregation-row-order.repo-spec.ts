import { AggregationRepository } from '../../src/aggregation/aggregation.repository';
import { settleWork } from '../factories/settle-work.factory';
import { campaignXmin, physicalRows } from '../utils/physical-rows';
import { useTestDatabase } from '../utils/test-database';

const t = useTestDatabase();
let aggregation: AggregationRepository;

beforeAll(async () => {
  aggregation = new AggregationRepository(t.db);
});

const shuffles: [string, <T>(items: readonly T[]) => T[]][] = [
  ['reverses', (items) => [...items].reverse()],
  ['keeps the order', (items) => [...items]],
];

describe('AggregationRepository.settleOnce: rewriting rows', () => {
  it.each(shuffles)(
    'when the shuffle %s, leaves every waiting answer and answered invitation written by the settle, in the order the shuffle returned, and nothing else moved',
    async (_name, shuffle) => {
      const campaign = await t.rows.campaign();
      const waiting = await t.rows.responses(campaign.id, 5);
      const foldedEarlier = await t.rows.response(campaign.id, { aggregated: true, texts: null });
      for (let index = 0; index < 4; index += 1) await t.rows.invitation(campaign.id, { answered: true });
      for (let index = 0; index < 2; index += 1) await t.rows.invitation(campaign.id);
      const elsewhere = await t.rows.campaign();
      await t.rows.responses(elsewhere.id, 3);
      for (let index = 0; index < 2; index += 1) await t.rows.invitation(elsewhere.id, { answered: true });
      const before = {
        waiting: await physicalRows(t.db, 'responses', campaign.id, 'NOT aggregated'),
        foldedEarlier: await physicalRows(t.db, 'responses', campaign.id, 'id = $2', [foldedEarlier.id]),
        unanswered: await physicalRows(t.db, 'invitations', campaign.id, 'NOT answered'),
        elsewhere: { responses: await physicalRows(t.db, 'responses', elsewhere.id), invitations: await physicalRows(t.db, 'invitations', elsewhere.id) },
      };
      expect(new Set(before.waiting.map((row) => row.xmin)).size).toBe(5);
      // Two answers fold, three stay waiting: all five are rewritten.
      const work = settleWork({ plan: (_survey, answers) => ({ fold: answers.slice(0, 2).map((answer) => answer.id), waiting: 3, more: false }), shuffle });

      await aggregation.settleOnce(campaign.id, work, { skipLocked: false });

      const settle = await campaignXmin(t.db, campaign.id);
      const [responseOrder, invitationOrder] = work.calls.shuffles;
      expect([...responseOrder.given].sort()).toEqual(waiting.map((answer) => answer.id).sort());
      expect(responseOrder.returned).toEqual(shuffle(responseOrder.given));
      const moved = await physicalRows(t.db, 'responses', campaign.id, 'id = ANY($2::uuid[])', [waiting.map((answer) => answer.id)]);
      expect(moved).toEqual(responseOrder.returned.map((id) => ({ id, xmin: settle })));
      expect(await physicalRows(t.db, 'invitations', campaign.id, 'answered')).toEqual(invitationOrder.returned.map((id) => ({ id, xmin: settle })));
      expect(invitationOrder.given).toHaveLength(4);

      expect(await physicalRows(t.db, 'responses', campaign.id, 'id = $2', [foldedEarlier.id])).toEqual(before.foldedEarlier);
      expect(await physicalRows(t.db, 'invitations', campaign.id, 'NOT answered')).toEqual(before.unanswered);
      expect(await physicalRows(t.db, 'responses', elsewhere.id)).toEqual(before.elsewhere.responses);
      expect(await physicalRows(t.db, 'invitations', elsewhere.id)).toEqual(before.elsewhere.invitations);
    },
  );
});

describe('AggregationRepository.settleOnce: the thanks of moved invitations', () => {
  it('keeps every thank-you recorded for an answered invitation it rewrites, and records none for the others', async () => {
    const campaign = await t.rows.campaign();
    await t.rows.responses(campaign.id, 2);
    const thanked = [await t.rows.invitation(campaign.id, { answered: true }), await t.rows.invitation(campaign.id, { answered: true })];
    const notYet = await t.rows.invitation(campaign.id, { answered: true });
    for (const invitation of thanked) await t.db.query(`INSERT INTO invitation_thanks (invitation_id) VALUES ($1)`, [invitation.id]);
    const work = settleWork({ plan: (_survey, answers) => ({ fold: answers.map((answer) => answer.id), waiting: 0, more: false }) });

    await aggregation.settleOnce(campaign.id, work, { skipLocked: false });

    // The invitations were rewritten (deleted and inserted again), which cascades to their thanks.
    const [, invitationOrder] = work.calls.shuffles;
    expect([...invitationOrder.given].sort()).toEqual([...thanked.map((invitation) => invitation.id), notYet.id].sort());
    const rows: { invitation_id: string }[] = await t.db.query(`SELECT invitation_id FROM invitation_thanks WHERE invitation_id = ANY($1::uuid[])`, [
      [...thanked.map((invitation) => invitation.id), notYet.id],
    ]);
    expect(rows.map((row) => row.invitation_id).sort()).toEqual(thanked.map((invitation) => invitation.id).sort());
  });
});
