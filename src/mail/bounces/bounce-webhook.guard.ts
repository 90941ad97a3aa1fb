import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { bearerToken } from '../../auth/coach-auth.guard';
import { DomainError, notFound } from '../../common/domain-error';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/**
 * Admits a relay carrying MAIL_BOUNCE_WEBHOOK_SECRET as its bearer token. Without that setting
 * the route is as absent (404); the secret is compared by digest, in constant time.
 */
@Injectable()
export class BounceWebhookGuard implements CanActivate {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const secret = this.config.mailBounceWebhookSecret;
    if (secret === null) throw notFound('Route');
    const token = bearerToken(context.switchToHttp().getRequest<Request>());
    if (token === null || !timingSafeEqual(digest(token), digest(secret))) {
      throw new DomainError('Unauthenticated', 'Send Authorization: Bearer <MAIL_BOUNCE_WEBHOOK_SECRET>');
    }
    return true;
  }
}
