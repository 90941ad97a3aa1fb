import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { BODY_LIMIT } from '../http-limits';
import { ErrorBodyDto } from './error-body.dto';

/** The error statuses JSON routes answer, and what each means to a client unless an operation says more. */
const MEANINGS = {
  // Also a body that is not JSON, or holds a NUL or an unpaired surrogate, on any call that takes one.
  400: 'Bad input: `message` lists each wrong field and why ("field: reason").',
  401: 'No valid bearer token: missing, unknown, expired or signed out.',
  404: "Not found. Another coach's records, and malformed ids, are not found either.",
  409: 'The request conflicts with the current state; `message` says why and what to do.',
  410: 'The campaign has closed: the link no longer works.',
  413: `The body is larger than ${BODY_LIMIT}.`,
  429: 'Too many attempts from this address: wait a minute.',
  503: 'Postgres or Redis is briefly unreachable: try again. `errorId` names the incident.',
} as const;

export type ErrorStatus = keyof typeof MEANINGS;

/** A status with what it means for this operation, e.g. `{ 409: 'An account with this email already exists.' }`. */
export type ErrorMeanings = Partial<Record<ErrorStatus, string>>;

function meaningsOf(statuses: (ErrorStatus | ErrorMeanings)[]): [number, string][] {
  const meanings: ErrorMeanings = {};
  for (const entry of statuses) {
    if (typeof entry === 'number') meanings[entry] ??= MEANINGS[entry];
    else Object.assign(meanings, entry);
  }
  return Object.entries(meanings).map(([status, description]) => [Number(status), description]);
}

/**
 * Declares the errors an operation can answer (or, on a controller, every operation of it), each
 * with the uniform body the exception filter sends. Keeps controllers to one line of errors.
 */
export function ApiErrors(...statuses: (ErrorStatus | ErrorMeanings)[]): MethodDecorator & ClassDecorator {
  return applyDecorators(...meaningsOf(statuses).map(([status, description]) => ApiResponse({ status, description, type: ErrorBodyDto })));
}

/**
 * The same for a route that is also a page (`@Page`): the exception filter answers a browser that
 * asks for HTML with the error as a readable page, and anyone else with the JSON body.
 */
export function ApiPageErrors(...statuses: (ErrorStatus | ErrorMeanings)[]): MethodDecorator & ClassDecorator {
  const content = { 'application/json': { schema: { $ref: getSchemaPath(ErrorBodyDto) } }, 'text/html': { schema: { type: 'string' } } };
  return applyDecorators(
    ApiExtraModels(ErrorBodyDto),
    ...meaningsOf(statuses).map(([status, description]) =>
      ApiResponse({ status, description: `${description} A browser asking for HTML gets it as a page.`, content }),
    ),
  );
}
