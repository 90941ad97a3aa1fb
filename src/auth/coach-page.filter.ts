import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { join } from 'node:path';
import { toErrorBody } from '../common/error-body';
import { compileTemplates } from '../common/template-renderer';
import { loginPath } from './safe-next-path';

const render = compileTemplates(join(__dirname, 'templates'));

const HEADINGS: Record<number, string> = {
  400: 'This address is not quite right',
  403: 'This request was refused',
  404: 'Report not found',
  429: 'Too many attempts',
  503: 'Not available right now',
};

/** Browsers ask for HTML; a tool fetching a page with a bearer token gets the API's JSON errors. */
export function wantsHtml(request: Request): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

/**
 * Errors of the coach pages. A browser without a session goes to the sign-in page and comes
 * back afterwards; other errors are a readable page with the same status. Another coach's
 * campaign and an unknown one are the same 404, so a page never tells whether an id exists.
 */
@Catch()
export class CoachPageExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    if (response.headersSent) return;
    const body = toErrorBody(error, this.logger);
    response.setHeader('Cache-Control', 'no-store');
    if (!wantsHtml(request)) {
      response.status(body.statusCode).json(body);
      return;
    }
    if (body.statusCode === 401) {
      response.redirect(303, loginPath(request.method === 'GET' ? request.originalUrl : null));
      return;
    }
    const message = Array.isArray(body.message) ? body.message.join(' ') : body.message;
    const heading = HEADINGS[body.statusCode] ?? 'Something went wrong';
    response.status(body.statusCode).type('text/html; charset=utf-8').send(render('coach-message', { heading, message, errorId: body.errorId ?? null }));
  }
}
