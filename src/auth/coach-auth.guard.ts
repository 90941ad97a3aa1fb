import { CanActivate, createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { DomainError } from '../common/domain-error';
import { AuthService, type Coach } from './auth.service';

/** How the coach of a request signed in: a bearer token (tools, the API) or the page cookie. */
export type CoachAuthMethod = 'bearer' | 'cookie';

export type AuthenticatedRequest = Request & {
  coach?: Coach;
  coachAuth?: CoachAuthMethod;
  /** The form token the coach's pages put in each form (see CoachPageAuthGuard). */
  coachCsrf?: string;
};

export function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})$/.exec(request.headers.authorization ?? '');
  return match ? match[1] : null;
}

/** Admits a request carrying a live coach session token and attaches the coach to it. */
@Injectable()
export class CoachAuthGuard implements CanActivate {
  constructor(private readonly auth: AuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(request);
    const coach = token ? await this.auth.coachForToken(token) : null;
    if (!coach) throw new DomainError('Unauthenticated', 'Sign in first: send Authorization: Bearer <token>');
    request.coach = coach;
    request.coachAuth = 'bearer';
    return true;
  }
}

export const CurrentCoach = createParamDecorator((_: unknown, context: ExecutionContext): Coach => {
  const coach = context.switchToHttp().getRequest<AuthenticatedRequest>().coach;
  if (!coach) throw new DomainError('Unauthenticated', 'Sign in first');
  return coach;
});
