import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { verdictOfBounce } from './bounce-message';
import { BounceRepository } from './bounce.repository';
import { type BounceTag, isTagOfDelivery, readBounceTag } from './bounce-tag';
import { tagOfVerpAddress } from './verp-address';

/** What became of a bounce; only 'refused' changes anything. */
export type BounceOutcome = 'refused' | 'transient' | 'not-a-failure' | 'unreadable' | 'unknown-invitation' | 'older-delivery' | 'unchanged';

/**
 * Reads bounce messages addressed to a delivery's VERP address and marks the invitation refused
 * when the report is a permanent failure. Whatever else arrives is logged and dropped.
 */
@Injectable()
export class BounceService {
  private readonly logger = new Logger('Bounces');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly bounces: BounceRepository,
  ) {}

  /** The authentic tag of a recipient address, or null: not a VERP address of ours, or a forged or altered tag. */
  tagOfRecipient(address: string): BounceTag | null {
    const bounce = this.config.mailBounceAddress;
    const tag = bounce ? tagOfVerpAddress(bounce, address) : null;
    return tag === null ? null : readBounceTag(this.config.tokenSecret, tag);
  }

  /** Throws only when the database fails, so that the sender may try again later. */
  async receive(tag: BounceTag, message: Buffer): Promise<BounceOutcome> {
    const verdict = await verdictOfBounce(message);
    const invitationId = tag.invitationId;
    if (verdict.kind === 'unreadable') {
      this.logger.warn({ invitationId, problem: verdict.problem }, 'bounce message dropped: unreadable');
      return 'unreadable';
    }
    if (verdict.kind === 'transient') {
      this.logger.log({ invitationId, status: verdict.status }, 'bounce message ignored: a delay, the relay keeps trying');
      return 'transient';
    }
    if (verdict.kind === 'not-a-failure') return 'not-a-failure';
    const nonce = await this.bounces.currentNonce(invitationId);
    if (nonce === null) {
      this.logger.warn({ invitationId }, 'bounce message dropped: no such invitation (any more)');
      return 'unknown-invitation';
    }
    if (!isTagOfDelivery(this.config.tokenSecret, tag, nonce)) {
      this.logger.log({ invitationId }, 'bounce message ignored: it is for an address since corrected');
      return 'older-delivery';
    }
    if (!(await this.bounces.markRefusedByBounce(invitationId, nonce, verdict.reason))) {
      // One message for every case, so that the log does not tell which invitations were answered.
      this.logger.log({ invitationId }, 'bounce message ignored: the invitation is settled, already refused, or its campaign closed');
      return 'unchanged';
    }
    this.logger.warn({ invitationId, err: verdict.reason }, 'address refused by a bounce message; no more reminders until the coach corrects it');
    return 'refused';
  }
}
