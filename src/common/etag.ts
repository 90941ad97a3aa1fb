import { createHash } from 'node:crypto';
import type { Response } from 'express';

/** A strong validator of exactly these bytes: equal tags mean equal bodies. */
export function strongEtag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/**
 * Whether an If-None-Match header names this tag: a list of tags or `*`, compared weakly as RFC
 * 9110 asks for If-None-Match (a `W/` prefix does not matter).
 */
export function noneMatchHits(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

/** Sends JSON text as it is, with its strong ETag, or 304 with no body when the client holds these bytes already. */
export function sendJsonWithEtag(res: Response, body: string, ifNoneMatch: string | undefined): void {
  const etag = strongEtag(body);
  res.setHeader('ETag', etag);
  if (noneMatchHits(ifNoneMatch, etag)) {
    res.status(304).end();
    return;
  }
  res.status(200).type('application/json; charset=utf-8').send(body);
}
