import { HttpException, HttpStatus, type Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DomainError, ERROR_STATUS } from './domain-error';
import { BODY_LIMIT } from './http-limits';

export interface ErrorBody {
  statusCode: number;
  message: string | string[];
  error: string;
  errorId?: string;
}

/** Postgres and network errors that mean "try again shortly", not "your input is wrong". */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P03', '08006', '08001', '08003']);

function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  return (
    (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) ||
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(message)
  );
}

/** The JSON body parser's SyntaxError, which Nest hands on as a bare 400. */
function isJsonSyntaxError(error: HttpException, message: unknown): boolean {
  return error.cause instanceof SyntaxError || (typeof message === 'string' && /JSON|Unexpected (token|end)/.test(message));
}

/** Errors of the body parser (malformed JSON, too large) carry their own 4xx status. */
function asClientError(error: unknown): ErrorBody | null {
  const candidate = error as { status?: unknown; expose?: unknown; type?: unknown; limit?: unknown } | null;
  if (typeof candidate?.status !== 'number' || candidate.status < 400 || candidate.status >= 500 || candidate.expose !== true) return null;
  const statusCode = candidate.status;
  const message =
    candidate.type === 'entity.too.large'
      ? `body: too large (the limit is ${BODY_LIMIT})`
      : candidate.type === 'entity.parse.failed'
        ? 'body: is not valid JSON'
        : (error as Error).message;
  return { statusCode, message, error: reasonPhrase(statusCode) };
}

function reasonPhrase(status: number): string {
  const name = HttpStatus[status];
  return typeof name === 'string'
    ? name
        .split('_')
        .map((w) => w.charAt(0) + w.slice(1).toLowerCase())
        .join(' ')
    : 'Error';
}

/**
 * What an unexpected error may put in the log: never a failed query's parameters, which can hold
 * a rater's answer.
 */
function describeForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}), stack: error.stack };
}

/** Maps every error to the uniform body {statusCode, message, error}; never leaks a stack. */
export function toErrorBody(error: unknown, logger: Logger): ErrorBody {
  if (error instanceof DomainError) {
    const statusCode = ERROR_STATUS[error.code];
    return { statusCode, message: error.details.length > 0 ? error.details : error.message, error: reasonPhrase(statusCode) };
  }
  if (error instanceof HttpException) {
    const statusCode = error.getStatus();
    const response = error.getResponse();
    const message = typeof response === 'string' ? response : ((response as { message?: string | string[] }).message ?? error.message);
    if (statusCode === 400 && isJsonSyntaxError(error, message))
      return { statusCode, message: `body: is not valid JSON (${String(message)})`, error: reasonPhrase(statusCode) };
    if (statusCode === 413) return { statusCode, message: `body: too large (the limit is ${BODY_LIMIT})`, error: reasonPhrase(statusCode) };
    return { statusCode, message, error: reasonPhrase(statusCode) };
  }
  const clientError = asClientError(error);
  if (clientError) return clientError;
  const errorId = randomUUID();
  if (isUnavailable(error)) {
    logger.warn({ errorId, err: error instanceof Error ? error.message : String(error) }, 'dependency unavailable');
    return { statusCode: 503, message: 'The service is briefly unavailable; please try again in a moment.', error: 'Service Unavailable', errorId };
  }
  logger.error({ errorId, err: describeForLog(error) }, 'unexpected error');
  return { statusCode: 500, message: 'Something went wrong on our side. Quote this id if you report it.', error: 'Internal Server Error', errorId };
}
