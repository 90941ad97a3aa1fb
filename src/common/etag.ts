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

/** JSON as it goes on the wire: its bytes, encoded or not, and the strong ETag of exactly those. */
export interface JsonRepresentation {
  body: Buffer | string;
  etag: string;
  encoding: 'gzip' | 'identity';
}

/**
 * Sends JSON as it is, with its strong ETag, or 304 with no body when the client holds these bytes
 * already. Which bytes depends on Accept-Encoding, and Vary says so.
 */
export function sendRepresentation(res: Response, { body, etag, encoding }: JsonRepresentation, ifNoneMatch: string | undefined): void {
  res.setHeader('ETag', etag);
  res.vary('Accept-Encoding');
  if (noneMatchHits(ifNoneMatch, etag)) {
    res.status(304).end();
    return;
  }
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  res.status(200).type('application/json; charset=utf-8').send(body);
}
