import type { PendingResponse, SettleWork } from '../../src/aggregation/aggregation.repository';
import { foldBatch } from '../../src/aggregation/response-fold';
import { gate } from '../utils/gate';

/** What a settle did with the work it was given, as the repository called it. */
export interface SettleCalls {
  /** The waiting answers each `plan` was shown, and whether the campaign was due for a flush. */
  plans: { waiting: string[]; flush: boolean }[];
  /** The answers each `fold` was handed. */
  folds: PendingResponse[][];
  /** Each `shuffle`: what it was given and what it returned (responses first, then invitations). */
  shuffles: { given: unknown[]; returned: unknown[] }[];
}

const reverse = <T>(items: readonly T[]): T[] => [...items].reverse();

/**
 * Work for `AggregationRepository.settleOnce` that plans to fold every waiting answer, folds the
 * ratings with the real `foldBatch` (no comments), rewrites rows in reverse of the order it is
 * given them, and dates a flush one minute on. Every call is recorded in `calls`; any part can be
 * replaced.
 */
export function settleWork(overrides: Partial<SettleWork> = {}): SettleWork & { calls: SettleCalls } {
  const calls: SettleCalls = { plans: [], folds: [], shuffles: [] };
  const work: SettleWork = {
    plan: (_survey, waiting) => ({ fold: waiting.map((answer) => answer.id), waiting: 0, more: false }),
    fold: async (survey, batch) => ({ groups: foldBatch(survey, batch), comments: [] }),
    shuffle: reverse,
    flushDueAt: (now) => new Date(now.getTime() + 60_000),
    ...overrides,
  };
  return {
    calls,
    plan(survey, waiting, flush) {
      calls.plans.push({ waiting: waiting.map((answer) => answer.id), flush });
      return work.plan(survey, waiting, flush);
    },
    fold(survey, batch) {
      calls.folds.push(batch);
      return work.fold(survey, batch);
    },
    shuffle<T>(items: readonly T[]): T[] {
      const returned = work.shuffle(items);
      calls.shuffles.push({ given: [...items], returned: [...returned] });
      return returned;
    },
    flushDueAt: (now) => work.flushDueAt(now),
  };
}

/** Work whose fold waits until the test lets it go: the settle holds the campaign's lock meanwhile. */
export function foldHeldOpen(): { work: ReturnType<typeof settleWork>; folding: Promise<void>; letGo(): void } {
  const entered = gate();
  const release = gate();
  const work = settleWork({
    fold: async (survey, batch) => {
      entered.open();
      await release.opened;
      return { groups: foldBatch(survey, batch), comments: [] };
    },
  });
  return { work, folding: entered.opened, letGo: release.open };
}
