import fc from 'fast-check';
import { surveyFactory } from '../../test/factories/survey.factory';
import { secureShuffle } from '../common/secure-shuffle';
import type { RaterGroupId } from '../surveys/survey.types';
import { batchThreshold, flushDueAt, planFold, type WaitingAnswer } from './fold-planning';

const groups = surveyFactory().groups;
const keepOrder = <T>(items: readonly T[]): T[] => [...items];
const answers = (groupId: RaterGroupId, count: number, from = 0): WaitingAnswer[] =>
  Array.from({ length: count }, (_, index) => ({ id: `${groupId}-${from + index}`, groupId }));
const countBy = (ids: string[]): Record<string, number> =>
  ids.reduce<Record<string, number>>((counts, id) => ({ ...counts, [id.replace(/-\d+$/, '')]: (counts[id.replace(/-\d+$/, '')] ?? 0) + 1 }), {});

describe('batchThreshold', () => {
  it("is an anonymous group's minResponses, 1 for identified groups, the strictest for an unknown group", () => {
    expect(batchThreshold(groups, 'peer')).toBe(3);
    expect(batchThreshold(groups, 'boss')).toBe(1);
    expect(batchThreshold(groups, 'self')).toBe(1);
    const strict = groups.map((group) => (group.id === 'other' ? { ...group, minResponses: 5 } : group));
    expect(
      batchThreshold(
        strict.filter((group) => group.id !== 'peer'),
        'peer',
      ),
    ).toBe(5);
  });
});

describe('planFold', () => {
  it('folds nothing while every anonymous group has fewer than its threshold waiting', () => {
    const waiting = [...answers('peer', 2), ...answers('direct_report', 2), ...answers('other', 1)];
    expect(planFold(waiting, groups, { flush: false, shuffle: keepOrder })).toEqual({ fold: [], waiting: 5, more: false });
  });

  it('folds each group that reached its threshold, and identified answers at once', () => {
    const waiting = [...answers('peer', 3), ...answers('direct_report', 2), ...answers('boss', 1)];
    const plan = planFold(waiting, groups, { flush: false, shuffle: keepOrder });
    expect(countBy(plan.fold)).toEqual({ peer: 3, boss: 1 });
    expect(plan).toMatchObject({ waiting: 2, more: false });
  });

  it('folds everything waiting on a flush, whatever the group sizes', () => {
    const waiting = [...answers('peer', 1), ...answers('other', 2)];
    const plan = planFold(waiting, groups, { flush: true, shuffle: keepOrder });
    expect(countBy(plan.fold)).toEqual({ peer: 1, other: 2 });
    expect(plan).toMatchObject({ waiting: 0, more: false });
  });

  it('splits a backlog so that every transaction, and what stays behind, holds whole batches', () => {
    const plan = planFold(answers('peer', 11), groups, { flush: false, shuffle: keepOrder, maxBatch: 10 });
    // 10 would leave 1 behind, below the threshold of 3: take 8, leave 3 for the next transaction.
    expect(plan).toMatchObject({ waiting: 3, more: true });
    expect(plan.fold).toHaveLength(8);
    expect(planFold(answers('peer', 3), groups, { flush: false, shuffle: keepOrder, maxBatch: 10 })).toMatchObject({ waiting: 0, more: false });
    const flushing = planFold(answers('peer', 11), groups, { flush: true, shuffle: keepOrder, maxBatch: 10 });
    expect(flushing).toMatchObject({ waiting: 1, more: true });
  });

  it('folds interviews at once, and never counts them toward a batch of rater answers', () => {
    const interviews = (groupId: RaterGroupId, count: number): WaitingAnswer[] =>
      Array.from({ length: count }, (_, index) => ({ id: `interview ${groupId}-${index}`, groupId, interview: true }));
    // Two peers and two interviews: the interviews fold alone; the peers wait for a third peer.
    const plan = planFold([...answers('peer', 2), ...interviews('peer', 2)], groups, { flush: false, shuffle: keepOrder });
    expect(plan.fold.sort()).toEqual(['interview peer-0', 'interview peer-1']);
    expect(plan).toMatchObject({ waiting: 2, more: false });
    const third = planFold([...answers('peer', 3), ...interviews('peer', 1)], groups, { flush: false, shuffle: keepOrder });
    expect(countBy(third.fold)).toEqual({ peer: 3, 'interview peer': 1 });
  });

  it('never folds part of an anonymous group below its threshold unless flushing, and never exceeds the batch size', () => {
    const group = fc.constantFrom<RaterGroupId>('self', 'boss', 'peer', 'direct_report', 'other');
    fc.assert(
      fc.property(fc.array(fc.tuple(group, fc.nat(4)), { maxLength: 60 }), fc.boolean(), fc.integer({ min: 5, max: 40 }), (ids, flush, maxBatch) => {
        // About one answer in five is an interview: it is named apart, and counted apart below.
        const waiting: WaitingAnswer[] = ids.map(([groupId, kind], index) =>
          kind === 0 ? { id: `interview ${groupId}-${index}`, groupId, interview: true } : { id: `${groupId}-${index}`, groupId },
        );
        const plan = planFold(waiting, groups, { flush, shuffle: secureShuffle, maxBatch });
        expect(new Set(plan.fold).size).toBe(plan.fold.length);
        expect(plan.fold.length).toBeLessThanOrEqual(maxBatch);
        expect(plan.waiting).toBe(waiting.length - plan.fold.length);
        if (waiting.length > 0) expect(plan.fold.length > 0 || !plan.more).toBe(true);
        const interviewsLeft = waiting.filter((answer) => answer.interview && !plan.fold.includes(answer.id)).length;
        // Interviews are left behind only when the transaction is full.
        if (interviewsLeft > 0) expect([plan.fold.length, plan.more]).toEqual([maxBatch, true]);
        if (!flush) {
          const raterAnswers = (list: string[]): string[] => list.filter((id) => !id.startsWith('interview '));
          for (const [groupId, count] of Object.entries(countBy(raterAnswers(plan.fold))))
            expect(count).toBeGreaterThanOrEqual(batchThreshold(groups, groupId as RaterGroupId));
          const left = countBy(raterAnswers(waiting.map((answer) => answer.id).filter((id) => !plan.fold.includes(id))));
          for (const [groupId, count] of Object.entries(left)) {
            const threshold = batchThreshold(groups, groupId as RaterGroupId);
            // What is left of a group that folded is a whole batch again, or nothing.
            if (plan.fold.some((id) => id.startsWith(`${groupId}-`))) expect(count === 0 || count >= threshold).toBe(true);
          }
        } else if (waiting.length > 0) {
          expect(plan.fold.length).toBe(Math.min(waiting.length, maxBatch));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('takes a random part of a split batch, not the first to arrive', () => {
    const firsts = new Set<string>();
    for (let run = 0; run < 20; run += 1)
      firsts.add(planFold(answers('peer', 30), groups, { flush: false, shuffle: secureShuffle, maxBatch: 10 }).fold.sort().join());
    expect(firsts.size).toBeGreaterThan(15);
  });
});

describe('flushDueAt', () => {
  it('is the end of the window the time falls in, so it never names the minute', () => {
    const hour = 3_600_000;
    expect(flushDueAt(new Date('2026-03-02T10:41:17Z'), hour).toISOString()).toBe('2026-03-02T11:00:00.000Z');
    expect(flushDueAt(new Date('2026-03-02T10:00:00Z'), hour).toISOString()).toBe('2026-03-02T11:00:00.000Z');
    expect(flushDueAt(new Date('2026-03-02T10:59:59.999Z'), hour).toISOString()).toBe('2026-03-02T11:00:00.000Z');
    expect(flushDueAt(new Date('2026-03-02T10:41:17Z'), 24 * hour).toISOString()).toBe('2026-03-03T00:00:00.000Z');
  });
});
