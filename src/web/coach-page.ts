import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Response } from 'express';
import type { Coach } from '../auth/auth.service';
import type { AuthenticatedRequest } from '../auth/coach-auth.guard';
import { DomainError } from '../common/domain-error';

/** Who reads a coach page, and what its forms need. */
export interface CoachPageContext {
  coach: Coach;
  /** The session's form token, in every form of the page. */
  csrf: string;
  /** Whether the browser signed in with the session cookie (only it can sign out). */
  viaCookie: boolean;
}

/** The coach of a page the CoachPageAuthGuard admitted, with the form token of their session. */
export const CoachPage = createParamDecorator((_: unknown, context: ExecutionContext): CoachPageContext => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.coach || request.coachCsrf === undefined) throw new DomainError('Unauthenticated', 'Sign in first');
  return { coach: request.coach, csrf: request.coachCsrf, viaCookie: request.coachAuth === 'cookie' };
});

/** A posted form as the body parser read it: any field may be missing, repeated or nested. */
export type PostedForm = Record<string, unknown>;

/** A coach page: never cached, it holds confidential names and figures. */
export function sendPage(res: Response, html: string, status = 200): void {
  res.status(status).setHeader('Cache-Control', 'no-store');
  res.type('text/html; charset=utf-8').send(html);
}

/** After a form post: the page to read next (303, so a reload never posts twice). */
export function seeOther(res: Response, location: string): void {
  res.status(303).setHeader('Cache-Control', 'no-store').setHeader('Location', location).end();
}

/** A text field of a posted form, trimmed and cut to a length; anything else is empty. */
export function formText(form: Record<string, unknown> | undefined, name: string, max = 5000): string {
  const value = form?.[name];
  return typeof value === 'string' ? value.slice(0, max) : '';
}
