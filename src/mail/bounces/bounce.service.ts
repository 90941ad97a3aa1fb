import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { DomainError, invalidInput } from '../../common/domain-error';
import { verdictOfBounce } from './bounce-message';
import { MAX_BOUNCE_BYTES } from './bounce-limits';
import { recipientsOfForwardedBounce } from './forwarded-recipients';
import { BounceRepository } from './bounce.repository';
import { type BounceTag, deliveryOfTag, readBounceTag } from './bounce-tag';
import { tagOfVerpAddress } from './verp-address';

/** What became of a bounce; only 'refused' changes anything. */
export const BOUNCE_OUTCOMES = ['refused', 'transient', 'not-a-failure', 'unreadable', 'unknown-invitation', 'older-delivery', 'unchanged'] as const;
export type BounceOutcome = (typeof BOUNCE_OUTCOMES)[number];

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

  /**
   * A bounce a relay forwards by HTTP, as it was received: the VERP address it went to is read
   * from its headers, since no SMTP envelope came with it.
   */
  async receiveForwarded(contentType: string | null, body: AsyncIterable<Buffer>): Promise<{ outcome: BounceOutcome }> {
    if ((contentType ?? '').split(';')[0].trim().toLowerCase() !== 'message/rfc822') {
      throw invalidInput(['content-type: must be message/rfc822, the bounce as it was received']);
    }
    const message = await readAtMost(body, MAX_BOUNCE_BYTES);
    const tag = recipientsOfForwardedBounce(message)
      .map((address) => this.tagOfRecipient(address))
      .find((candidate) => candidate !== null);
    if (!tag) throw invalidInput(['message: names no bounce address of this server in Delivered-To, X-Original-To, Envelope-To or To']);
    return { outcome: await this.receive(tag, message) };
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
    const mail = deliveryOfTag(this.config.tokenSecret, tag, nonce);
    if (mail === null) {
      this.logger.log({ invitationId }, 'bounce message ignored: it is for an address since corrected');
      return 'older-delivery';
    }
    // A reminder's bounce changes nothing: only a rater who had not answered is reminded.
    if (mail === 'reminder' || !(await this.bounces.markRefusedByBounce(invitationId, nonce, verdict.reason))) {
      // One message for every case, so that the log does not tell which invitations were answered.
      this.logger.log({ invitationId }, 'bounce message ignored: the invitation is settled, already refused, or its campaign closed');
      return 'unchanged';
    }
    this.logger.warn({ invitationId, err: verdict.reason }, 'address refused by a bounce message; no more reminders until the coach corrects it');
    return 'refused';
  }
}

async function readAtMost(body: AsyncIterable<Buffer>, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > limit) throw new DomainError('PayloadTooLarge', `A bounce is at most ${limit / 1024} kB`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
