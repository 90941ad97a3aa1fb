import { Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { extractComments } from '../reports/comment-theming';
import { AggregationRepository, type PendingResponse } from './aggregation.repository';
import { computeAggregateDeltas } from './response-fold';

/** Comment order must not follow arrival order, so it is drawn from the CSPRNG. */
const secureRandom = (): number => randomBytes(6).readUIntBE(0, 6) / 2 ** 48;

function foldWork(response: PendingResponse) {
  return {
    deltas: computeAggregateDeltas(response.survey, response.ratings),
    comments: extractComments(response.survey, response.groupId, response.texts ?? {}, secureRandom),
  };
}

@Injectable()
export class AggregationService {
  private readonly logger = new Logger(AggregationService.name);

  constructor(private readonly aggregates: AggregationRepository) {}

  /** The job handler: waits for a concurrent fold of the same response, then does nothing. */
  fold(responseId: string): Promise<'folded' | 'already' | 'busy'> {
    return this.aggregates.foldOnce(responseId, foldWork, { skipLocked: false });
  }

  /** Folds every answer whose job never ran (Redis was away, or the job was lost). */
  async sweep(batchSize = 500): Promise<number> {
    let folded = 0;
    for (;;) {
      const ids = await this.aggregates.pendingResponseIds(batchSize);
      let progressed = false;
      for (const id of ids) {
        if ((await this.aggregates.foldOnce(id, foldWork, { skipLocked: true })) === 'folded') {
          folded += 1;
          progressed = true;
        }
      }
      if (ids.length < batchSize || !progressed) break;
    }
    if (folded > 0) this.logger.log(`sweep folded ${folded} answer(s) that had not been aggregated`);
    return folded;
  }
}
