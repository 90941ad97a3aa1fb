import { ApiProperty } from '@nestjs/swagger';
import { BOUNCE_OUTCOMES, type BounceOutcome } from './bounce.service';

export class BounceReceiptDto {
  @ApiProperty({
    enum: BOUNCE_OUTCOMES,
    description:
      "'refused': the invitation is now refused. Otherwise nothing changed: 'transient' a delay, 'not-a-failure' a report of success, 'unreadable' no RFC 3464 report, " +
      "'unknown-invitation' none any more, 'older-delivery' the address was corrected since, 'unchanged' the invitation is settled, already refused, or its campaign closed.",
  })
  outcome: BounceOutcome;
}
