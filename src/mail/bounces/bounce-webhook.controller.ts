import { Controller, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { ApiErrors } from '../../common/openapi/api-errors.decorator';
import { BounceReceiptDto } from './bounce-receipt.dto';
import { BounceService } from './bounce.service';
import { BounceWebhookGuard } from './bounce-webhook.guard';
import { MAX_BOUNCE_BYTES } from './bounce-limits';

@ApiTags('mail')
@ApiBearerAuth()
@UseGuards(BounceWebhookGuard)
@Controller('api/mail')
export class BounceWebhookController {
  constructor(private readonly bounces: BounceService) {}

  @Post('bounces')
  @HttpCode(200)
  @ApiOperation({
    summary: 'A bounce message forwarded by a relay',
    description:
      'For relays that forward bounces by HTTP rather than by SMTP. The bearer token is MAIL_BOUNCE_WEBHOOK_SECRET (the route answers 404 without that setting). ' +
      'The body is the bounce as received, an RFC 3464 report; its Delivered-To, X-Original-To, Envelope-To or To header must name the VERP address it was sent to. ' +
      'A permanent failure (Action: failed, Status 5.x.x) marks the invitation refused, as a refusal at send time does; anything else changes nothing.',
  })
  @ApiConsumes('message/rfc822')
  @ApiBody({ schema: { type: 'string', format: 'binary' }, description: `The bounce message, at most ${MAX_BOUNCE_BYTES / 1024} kB.` })
  @ApiOkResponse({ type: BounceReceiptDto })
  @ApiErrors(
    {
      400: 'The body is not message/rfc822, or names no VERP address of this server (or a forged one).',
      401: 'No bearer token, or not MAIL_BOUNCE_WEBHOOK_SECRET.',
      404: 'MAIL_BOUNCE_WEBHOOK_SECRET is not set: bounces are not taken by HTTP.',
      413: `The body is larger than ${MAX_BOUNCE_BYTES / 1024} kB.`,
    },
    503,
  )
  receive(@Req() request: Request): Promise<BounceReceiptDto> {
    return this.bounces.receiveForwarded(request.headers['content-type'] ?? null, request);
  }
}
