import type { NextFunction, Request, Response } from 'express';
import { invalidInput } from './domain-error';

/** No request of this API nests more than a few levels; anything deeper is refused outright. */
export const MAX_BODY_DEPTH = 32;

const isUnstorable = (text: string): boolean => text.includes('\u0000') || !text.isWellFormed();

/**
 * Postgres cannot store a NUL character or an unpaired UTF-16 surrogate (in text or jsonb), so
 * such a string would fail deep inside a transaction. Finds the first one, walking the body
 * without recursion, and says where it is; or says the body is nested too deeply.
 */
export function findUnstorableText(body: unknown): string | null {
  const pending: { value: unknown; path: string; depth: number }[] = [{ value: body, path: '', depth: 0 }];
  while (pending.length > 0) {
    const { value, path, depth } = pending.pop() as { value: unknown; path: string; depth: number };
    if (typeof value === 'string') {
      if (isUnstorable(value)) return `${path || '(body)'}: contains a character that cannot be stored (a NUL or an unpaired surrogate)`;
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_BODY_DEPTH) return `${path || '(body)'}: nested too deeply (at most ${MAX_BODY_DEPTH} levels)`;
    const entries: [string, unknown][] = Array.isArray(value)
      ? value.map((entry, index) => [`[${index}]`, entry])
      : Object.entries(value).map(([key, entry]) => [path ? `.${key}` : key, entry]);
    for (const [step, entry] of entries.reverse()) {
      if (!Array.isArray(value) && isUnstorable(step)) return `${path}${step}: contains a character that cannot be stored (a NUL or an unpaired surrogate)`;
      pending.push({ value: entry, path: `${path}${step}`, depth: depth + 1 });
    }
  }
  return null;
}

export function rejectUnstorableText(req: Request, _res: Response, next: NextFunction): void {
  const problem = findUnstorableText(req.body as unknown);
  next(problem ? invalidInput([problem]) : undefined);
}
