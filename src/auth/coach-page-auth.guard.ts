import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { AuthService } from './auth.service';
import { type AuthenticatedRequest, bearerToken } from './coach-auth.guard';
import { coachCookieToken, coachCsrfToken, isPageRead, isSameOriginPost, isValidCoachCsrf, mayUseCookie } from './coach-session-cookie';

export const FORM_EXPIRED = 'This form expired or did not come from your page. Please open the page again and resubmit.';

/**
 * Admits a coach page request with a bearer token, as the API does (so tools can fetch pages and
 * post their forms), or with the session cookie a browser got from the sign-in form: for a page
 * read, or for a form post from this site carrying the session's form token (`csrf`).
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
    if (!token || !coach) throw new DomainError('Unauthenticated', 'Sign in first: open /coach/login, or send Authorization: Bearer <token>');
    if (cookie && !isPageRead(request)) {
      const body = request.body as Record<string, unknown> | undefined;
      if (!isSameOriginPost(request) || !isValidCoachCsrf(cookie, body?.csrf)) throw new DomainError('Forbidden', FORM_EXPIRED);
    }
    request.coach = coach;
    request.coachAuth = bearer ? 'bearer' : 'cookie';
    request.coachCsrf = coachCsrfToken(token);
    return true;
  }
}
