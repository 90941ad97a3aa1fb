import { gunzipSync } from 'node:zlib';
import { strongEtag } from '../../common/etag';
import { representation, storedBodyOf, topLevelValueAt } from './stored-body';

/** As Postgres prints a stored report: keys ordered by length, `, ` and `: ` between them. */
const frozen =
  '{"items": [{"id": "v1", "pending": null, "text": "\\"pending\\": null"}], "pending": null, "version": {"number": 2, "releasedAt": null}, ' +
  `"unthemedComments": [${Array.from({ length: 300 }, (_, index) => JSON.stringify({ text: `Said ${index}: "pending": null, café`, bucket: null })).join(', ')}]}`;
const pending = { answers: 2, unfolded: 1, notes: ['1 newer answer from Peers will be included once 2 more arrive.'], canPublish: false };

describe('topLevelValueAt', () => {
  it('finds the key of the outermost object only, never the same key deeper down or inside a string', () => {
    const at = topLevelValueAt(frozen, 'pending') as number;
    expect(frozen.slice(at - 15, at + 4)).toBe('}], "pending": null');
    expect(topLevelValueAt('{"a":{"pending":1},"pending" :  [2]}', 'pending')).toBe(32);
    expect(topLevelValueAt('{"a": "pending", "b": ["pending"]}', 'pending')).toBeNull();
    expect(topLevelValueAt('{"a": "\\\\", "pending": 1}', 'pending')).toBe(23);
  });
});

describe('storedBodyOf and representation', () => {
  const stored = storedBodyOf(frozen);

  it('serves a frozen version as its stored text byte for byte, tagged as those bytes', () => {
    const served = representation(stored, 'identity');
    expect(served).toEqual({ body: frozen, etag: strongEtag(frozen), encoding: 'identity' });
  });

  it('gzips a frozen version to exactly its text, with a tag of its own', () => {
    const served = representation(stored, 'gzip');
    expect(gunzipSync(served.body as Buffer).toString('utf8')).toBe(frozen);
    expect(served.etag).toBe(`${strongEtag(frozen).slice(0, -1)}-gzip"`);
  });

  it('serves the latest report as the version with its pending answers in place, in either coding', () => {
    const plain = representation(stored, 'identity', pending);
    const parsed = JSON.parse(plain.body as string) as { pending: unknown; items: { pending: unknown }[] };
    expect(parsed.pending).toEqual(pending);
    expect(parsed.items[0].pending).toBeNull();
    expect({ ...parsed, pending: null }).toEqual(JSON.parse(frozen));
    const gzip = representation(stored, 'gzip', pending);
    expect(gunzipSync(gzip.body as Buffer).toString('utf8')).toBe(plain.body);
  });

  it('tags every content and coding apart, and the same content alike at every read', () => {
    const tags = [
      representation(stored, 'identity').etag,
      representation(stored, 'gzip').etag,
      representation(stored, 'identity', pending).etag,
      representation(stored, 'gzip', pending).etag,
      representation(stored, 'identity', { ...pending, answers: 3 }).etag,
      // Only the count of answers still folding changed: another content, another tag.
      representation(stored, 'identity', { ...pending, unfolded: 0 }).etag,
    ];
    expect(new Set(tags).size).toBe(tags.length);
    expect(representation(storedBodyOf(frozen), 'gzip', pending).etag).toBe(tags[3]);
    expect(tags[2]).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
  });

  it('refuses a report whose top-level pending is missing or not null', () => {
    expect(() => storedBodyOf('{"items": [], "version": {"pending": null}}')).toThrow(/pending/);
    expect(() => storedBodyOf('{"pending": {"answers": 1}}')).toThrow(/pending/);
  });
});
