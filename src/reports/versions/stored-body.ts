import { createHash } from 'node:crypto';
import { constants } from 'node:zlib';
import { type JsonRepresentation, strongEtag } from '../../common/etag';
import { gzipPiece, splicedGzip, type GzipPiece } from '../../common/spliced-gzip';

/**
 * What a version's JSON is served from, worked out once per version (when it is first read after
 * a change): its text, its strong ETag, where its `pending` value (null) sits, and the text before
 * and after that value compressed at gzip's best level. A read then parses, serializes, hashes and
 * compresses nothing large: the latest report differs from its version only in `pending`, whose
 * few bytes are compressed alone and spliced between the stored pieces.
 */
export interface BodyMeta {
  etag: string;
  /** The UTF-16 index in the text of the top-level `pending` value, `null` in a stored version. */
  pendingAt: number;
  head: { crc: number; bytes: number };
  tail: { crc: number; bytes: number };
}

export interface StoredBody {
  text: string;
  meta: BodyMeta;
  gzipHead: Buffer;
  gzipTail: Buffer;
}

/** Only what one coding needs: the text for `identity`, the compressed pieces for `gzip`. */
export type StoredBodyFor<C extends Coding> = { meta: BodyMeta } & (C extends 'gzip' ? { gzipHead: Buffer; gzipTail: Buffer } : { text: string });

export type Coding = 'gzip' | 'identity';

export function storedBodyOf(text: string): StoredBody {
  const pendingAt = topLevelValueAt(text, 'pending');
  if (pendingAt === null || !text.startsWith('null', pendingAt)) throw new Error('a stored report version has no top-level "pending": null');
  const head = Buffer.from(text.slice(0, pendingAt));
  const tail = Buffer.from(text.slice(pendingAt + NULL.length));
  const [headPiece, tailPiece] = [head, tail].map((data) => gzipPiece(data, constants.Z_BEST_COMPRESSION));
  return {
    text,
    meta: { etag: strongEtag(text), pendingAt, head: { crc: headPiece.crc, bytes: head.length }, tail: { crc: tailPiece.crc, bytes: tail.length } },
    gzipHead: headPiece.deflated,
    gzipTail: tailPiece.deflated,
  };
}

const NULL = 'null';
const NULL_PIECE = gzipPiece(Buffer.from(NULL));

/**
 * The version as frozen (`pending` null, its stored text byte for byte) or as the latest report
 * (`pending` as given), in the coding asked for. Each coding of each content has its own strong
 * ETag: the gzip one is the identity one marked `-gzip`.
 */
export function representation<C extends Coding>(stored: StoredBodyFor<C>, coding: C, pending: unknown = null): JsonRepresentation {
  const pendingJson = JSON.stringify(pending);
  const { meta } = stored;
  const etag = pending === null ? meta.etag : `"${createHash('sha256').update(`${meta.etag}${pendingJson}`).digest('base64url')}"`;
  if (coding === 'identity') {
    const { text } = stored as StoredBodyFor<'identity'>;
    return {
      body: pending === null ? text : `${text.slice(0, meta.pendingAt)}${pendingJson}${text.slice(meta.pendingAt + NULL.length)}`,
      etag,
      encoding: coding,
    };
  }
  const { gzipHead, gzipTail } = stored as StoredBodyFor<'gzip'>;
  const middle = pending === null ? NULL_PIECE : gzipPiece(Buffer.from(pendingJson));
  const pieces: GzipPiece[] = [{ deflated: gzipHead, ...meta.head }, middle, { deflated: gzipTail, ...meta.tail }];
  return { body: splicedGzip(pieces), etag: `${etag.slice(0, -1)}-gzip"`, encoding: coding };
}

/**
 * Where the value of `key` in the outermost object of this JSON text starts, or null: a scan that
 * keeps track of strings and nesting only, so that the same key deeper down or inside a comment's
 * text is never taken for it.
 */
export function topLevelValueAt(json: string, key: string): number | null {
  const quoted = JSON.stringify(key);
  let depth = 0;
  for (let index = 0; index < json.length; index += 1) {
    const char = json[index];
    if (char === '"') {
      const end = stringEnd(json, index);
      if (depth === 1 && json.slice(index, end) === quoted) {
        let next = end;
        while (/\s/.test(json[next] ?? '')) next += 1;
        if (json[next] === ':') {
          next += 1;
          while (/\s/.test(json[next] ?? '')) next += 1;
          return next;
        }
      }
      index = end - 1;
    } else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') depth -= 1;
  }
  return null;
}

/** The index just past the closing quote of the string that opens at `start`. */
function stringEnd(json: string, start: number): number {
  for (let index = start + 1; index < json.length; index += 1) {
    if (json[index] === '\\') index += 1;
    else if (json[index] === '"') return index + 1;
  }
  return json.length;
}
