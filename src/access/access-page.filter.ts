import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { toErrorBody } from '../common/error-body';
import { renderMessage } from './access-pages';

const HEADINGS: Record<number, string> = {
  400: 'Please check the form',
  403: 'Please open your link again',
  404: 'Not found',
  409: 'Not possible right now',
  410: 'This link has expired',
  429: 'Too many attempts',
  503: 'Please try again in a moment',
};

/**
 * The leader's and sponsor's pages answer errors as a readable page, their JSON routes as the
 * API's error body; both never cache. Status codes are those of the API (404 for what a role may
 * not see).
 */
@Catch()
export class AccessPageFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const body = toErrorBody(error, this.logger);
    if (response.headersSent) return;
    response.status(body.statusCode).setHeader('Cache-Control', 'no-store');
    if (/^\/(leader|sponsor)\/[^/]+\/api\//.test(request.path)) {
      response.json(body);
      return;
    }
    const message = Array.isArray(body.message) ? body.message.join('; ') : body.message;
    response.type('text/html; charset=utf-8').send(renderMessage(HEADINGS[body.statusCode] ?? 'Something went wrong', message));
  }
}
