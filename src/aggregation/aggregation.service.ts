import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { ConcurrencyLimit } from '../common/concurrency-limit';
import { secureShuffle } from '../common/secure-shuffle';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { encoderThreads } from '../theming/embeddings/threaded-sentence-encoder';
import { ThemingService } from '../theming/theming.service';
import { AggregationRepository, type SettleWork } from './aggregation.repository';
import { flushDueAt, planFold } from './fold-planning';
import { foldBatch } from './response-fold';

/** Comment order must not follow arrival order, so it is drawn from the CSPRNG. */
const secureRandom = (): number => randomBytes(6).readUIntBE(0, 6) / 2 ** 48;

/**
 * Answers whose comments are embedded before a settle opens its transaction. Embedding takes
 * about 10 ms a comment; done under the campaign's lock it would hold a large backlog's lock
 * for seconds. Beyond this many, the rest are embedded inside.
 */
const PREFETCHED_ANSWERS = 500;

/** How often a fold job looks again whether the process settling its campaign is done. */
const CLAIM_RETRY_MS = 100;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** What one settle did; `busy` when the sweep found the campaign being settled elsewhere. */
export type FoldOutcome = { status: 'settled'; folded: number; waiting: number } | { status: 'busy' };

@Injectable()
export class AggregationService {
  private readonly logger = new Logger(AggregationService.name);
  /** Per campaign, the last settle of its jobs started or queued in this process, and the one waiting to start. */
  private readonly lastSettle = new Map<string, Promise<FoldOutcome>>();
  private readonly nextSettle = new Map<string, Promise<FoldOutcome>>();
  private readonly settling = new ConcurrencyLimit(encoderThreads());

  constructor(
    private readonly aggregates: AggregationRepository,
    private readonly theming: ThemingService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'aggregationMaxWaitMs'>,
  ) {}

  /** What a settle decides inside its transaction; `meanings` are the embeddings computed before it. */
  private workWith(meanings: ReadonlyMap<string, Float32Array>): SettleWork {
    return {
      plan: (survey, waiting, flush) => planFold(waiting, survey.groups, { flush, shuffle: secureShuffle }),
      fold: async (survey, batch) => ({
        groups: foldBatch(survey, batch),
        // Shuffled across the whole batch, so neither the order nor the neighbours of a comment's
        // row tell which other comments came from the same rater.
        comments: secureShuffle(
          (
            await Promise.all(
              batch.map(async (response) => {
                const comments = await this.theming.extractComments(survey, response.groupId, response.texts ?? {}, secureRandom, meanings);
                // The coach's notes stay tied to their interview, which the coach may still remove.
                return response.interview ? comments.map((comment) => ({ ...comment, interviewId: response.id })) : comments;
              }),
            )
          ).flat(),
        ),
      }),
      shuffle: secureShuffle,
      flushDueAt: (now) => flushDueAt(now, this.config.aggregationMaxWaitMs),
    };
  }

  /**
   * The fold job of a campaign, run for every answer that arrives: folds every batch that is
   * ready, one transaction each, and records what is left waiting. Answers left waiting are moved
   * all the same, so a new answer's row no longer shares a transaction id with its invitation.
   * A duplicate job finds nothing ready and only moves those rows again. The campaign's close
   * calls it too, when everything is ready.
   */
  async settle(campaignId: string, options: { skipLocked: boolean }): Promise<FoldOutcome> {
    // The sweep skips a campaign being settled anyway; jobs coalesce (see settleInTurn).
    return options.skipLocked ? this.settleNow(campaignId, options) : this.settleInTurn(campaignId);
  }

  /**
   * Every answer queues a fold job, and a worker runs several at once: jobs of one campaign would
   * each embed the comments of every ready batch before waiting for the campaign's lock, and all
   * but the first would then find nothing to fold. In this process a campaign's jobs settle one
   * after the other instead, and a job that arrives while one already waits behind the running
   * settle joins that one: it starts after this job's answer was stored, so it folds it too. The
   * lock still keeps folding exactly once between processes.
   */
  private async settleInTurn(campaignId: string): Promise<FoldOutcome> {
    const next = this.nextSettle.get(campaignId);
    if (next) {
      const outcome = await next;
      return outcome.status === 'settled' ? { ...outcome, folded: 0 } : outcome;
    }
    const before = this.lastSettle.get(campaignId);
    const turn: { settle?: Promise<FoldOutcome> } = {};
    turn.settle = (async () => {
      await before?.catch(() => undefined);
      // Started: a job from now on waits for this settle rather than joining it.
      if (this.nextSettle.get(campaignId) === turn.settle) this.nextSettle.delete(campaignId);
      return this.settleNow(campaignId, { skipLocked: false });
    })();
    const mine = turn.settle;
    if (before) this.nextSettle.set(campaignId, mine);
    this.lastSettle.set(campaignId, mine);
    try {
      return await mine;
    } finally {
      if (this.lastSettle.get(campaignId) === mine) this.lastSettle.delete(campaignId);
    }
  }

  /**
   * A settle in one process at a time per campaign, from its preparation on: two worker processes
   * settling one campaign would each embed and theme the same answers, and each rewrite the
   * campaign's rows, in turn under its lock. A fold job whose campaign another process settles
   * waits, holding no connection, and settles after it (what arrived meanwhile); the sweep leaves
   * such a campaign alone. And a process claims no more campaigns than it settles at once (one per
   * encoder thread, whose theming a settle waits for): a job beyond that waits here unclaimed, so
   * that another process can settle its campaign meanwhile rather than wait for this one.
   */
  private async settleNow(campaignId: string, options: { skipLocked: boolean }): Promise<FoldOutcome> {
    for (;;) {
      const outcome = await this.settling.run(async () => {
        const claim = await this.aggregates.claimSettle(campaignId);
        if (!claim) return undefined;
        try {
          return await this.settleClaimed(campaignId, options);
        } finally {
          await claim.release();
        }
      });
      if (outcome) return outcome;
      if (options.skipLocked) return { status: 'busy' };
      await sleep(CLAIM_RETRY_MS);
    }
  }

  private async settleClaimed(campaignId: string, options: { skipLocked: boolean }): Promise<FoldOutcome> {
    let folded = 0;
    let waiting = 0;
    const work = this.workWith(await this.meaningsAhead(campaignId));
    for (;;) {
      const result = await this.aggregates.settleOnce(campaignId, work, options);
      if (result === 'busy') return folded > 0 ? { status: 'settled', folded, waiting } : { status: 'busy' };
      folded += result.folded;
      waiting = result.waiting;
      if (!result.more) return { status: 'settled', folded, waiting };
    }
  }

  /**
   * The embeddings of the comments the settle is likely to fold, and the survey's classifier,
   * made ready before its transaction takes the campaign's lock (the classifier's first build in a
   * process may have to compute the examples' embeddings). The embeddings are held in memory for
   * this settle only, like the texts they come from.
   */
  private async meaningsAhead(campaignId: string): Promise<ReadonlyMap<string, Float32Array>> {
    const preview = await this.aggregates.previewSettle(campaignId, PREFETCHED_ANSWERS);
    if (!preview) return new Map();
    // Every answer this settle would fold over all its transactions, up to the preview's size; order does not matter here.
    const { fold } = planFold(preview.waiting, preview.survey.groups, { flush: preview.flush, shuffle: (ids) => [...ids], maxBatch: PREFETCHED_ANSWERS });
    if (fold.length === 0) return new Map();
    const folding = new Set(fold);
    await this.theming.prepareFor(preview.survey.themes);
    const answers = preview.waiting.filter((answer) => folding.has(answer.id)).map((answer) => answer.texts ?? {});
    return this.theming.embedTexts(this.theming.commentTexts(preview.survey, answers));
  }

  /**
   * The periodic sweep: settles campaigns holding answers whose job never ran (Redis was away, or
   * the job was lost), campaigns whose waiting answers are due, and closed ones. Returns how many
   * answers it folded.
   */
  async sweep(limit = 500): Promise<number> {
    let folded = 0;
    for (const campaignId of await this.aggregates.campaignsToSettle(limit)) {
      // One campaign that cannot be settled must not keep the others waiting; it is tried again next sweep.
      try {
        const outcome = await this.settle(campaignId, { skipLocked: true });
        if (outcome.status === 'settled') folded += outcome.folded;
      } catch (error) {
        this.logger.warn({ campaignId, err: error instanceof Error ? error.message : String(error) }, 'sweep could not settle a campaign');
      }
    }
    if (folded > 0) this.logger.log(`sweep folded ${folded} answer(s)`);
    return folded;
  }
}
