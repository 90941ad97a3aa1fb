import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { toErrorBody } from './error-body';

@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const body = toErrorBody(error, this.logger);
    if (response.headersSent) return;
    if (wantsHtml(request)) {
      response.status(body.statusCode).type('text/plain; charset=utf-8').send(Array.isArray(body.message) ? body.message.join('\n') : body.message);
      return;
    }
    response.status(body.statusCode).json(body);
  }
}

/** Rater and coach pages get a readable text answer; the JSON API keeps its JSON body. */
function wantsHtml(request: Request): boolean {
  return !request.path.startsWith('/api/') && (request.headers.accept ?? '').includes('text/html');
}
