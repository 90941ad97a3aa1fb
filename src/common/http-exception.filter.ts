import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { toErrorBody } from './error-body';
import { errorFormat } from './pages/error-format';
import { type ErrorPage, renderErrorPage } from './pages/error-page';
import type { PageKind } from './pages/page.decorator';
import { routePageOf } from './pages/page-route.guard';
import { unroutedErrorPage } from './pages/unrouted-error.page';

/**
 * The one way an error reaches anyone. Every error becomes the uniform body {statusCode,
 * message, error} (never a stack); the JSON API answers it as it is, and a page the route
 * declared with `@Page(kind)` answers it as that kind's error page when the client wants HTML.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  constructor(private readonly pages: Record<PageKind, ErrorPage>) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const body = toErrorBody(error, this.logger);
    if (response.headersSent) return;
    // An error tells about this moment (a session, a limit, a link), and caches keep even a 404
    // or a 410 unless told not to.
    response.status(body.statusCode).setHeader('Cache-Control', 'no-store');
    // Headers the route declared for its own answer (a CSV's type, a file name to save it under)
    // are already set: an error is not that file.
    response.removeHeader('Content-Disposition');
    const page = routePageOf(request);
    if (errorFormat(page, request) === 'json') {
      response.type('application/json; charset=utf-8').json(body);
      return;
    }
    const answer = (page ? this.pages[page] : unroutedErrorPage)(body, request);
    if ('redirect' in answer) {
      response.redirect(303, answer.redirect);
      return;
    }
    response.type('text/html; charset=utf-8').send(renderErrorPage(answer.page));
  }
}
