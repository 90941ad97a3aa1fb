import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { createHash } from 'node:crypto';

/**
 * Counts per limit and client address across every route that uses the limit: someone guessing
 * rater tokens gains nothing by alternating between the page, the JSON API and the draft route.
 */
@Injectable()
export class PerClientThrottlerGuard extends ThrottlerGuard {
  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return createHash('sha256').update(`${throttlerName}\u0000${tracker}`).digest('hex');
  }
}
