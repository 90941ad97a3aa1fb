import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { AuthService } from './auth.service';
import { type AuthenticatedRequest, bearerToken } from './coach-auth.guard';
import { coachCookieToken, mayUseCookie } from './coach-session-cookie';

/**
 * Admits a coach page request with a bearer token, as the API does (so tools can fetch pages),
 * or, for a page read, with the session cookie a browser got from the sign-in form.
 */
@Injectable()
export class CoachPageAuthGuard implements CanActivate {
  constructor(private readonly auth: AuthService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const bearer = bearerToken(request);
    const cookie = bearer === null && mayUseCookie(request) ? coachCookieToken(request) : null;
    const token = bearer ?? cookie;
    const coach = token ? await this.auth.coachForToken(token) : null;
    if (!coach) throw new DomainError('Unauthenticated', 'Sign in first: open /coach/login, or send Authorization: Bearer <token>');
    request.coach = coach;
    request.coachAuth = bearer ? 'bearer' : 'cookie';
    return true;
  }
}
