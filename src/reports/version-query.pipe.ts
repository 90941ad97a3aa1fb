import type { PipeTransform } from '@nestjs/common';
import { invalidInput } from '../common/domain-error';

/**
 * `?version=N`, a frozen version of the report; absent means the latest. The parameter is typed
 * as a number, so the global validation pipe has usually turned "2" into 2 already (and "two"
 * into NaN, "" into 0): both the text and the number are read here, and only a positive whole
 * number passes.
 */
export function parseVersionQuery(value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^[1-9][0-9]{0,8}$/.test(text)) throw invalidInput(['version: must be a whole number of at least 1']);
  return Number(text);
}

/** The one `?version` pipe of the report's API, page and PDF routes. */
export const versionQuery: PipeTransform<unknown, number | undefined> = { transform: parseVersionQuery };
