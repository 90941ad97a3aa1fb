import { randomBytes } from 'node:crypto';
import { crc32, gunzipSync } from 'node:zlib';
import { crc32Combine, gzipPiece, splicedGzip } from './spliced-gzip';

describe('splicedGzip', () => {
  it('combines the CRC-32 of two stretches into the CRC-32 of both, whatever their lengths', () => {
    for (const [a, b] of [
      [0, 0],
      [0, 7],
      [5, 0],
      [1, 1],
      [333, 4096],
      [70_000, 65_537],
    ]) {
      const [first, second] = [randomBytes(a), randomBytes(b)];
      expect([a, b, crc32Combine(crc32(first), crc32(second), b)]).toEqual([a, b, crc32(Buffer.concat([first, second]))]);
    }
  });

  it('lays pieces compressed apart end to end into one gzip member that gunzip checks and reads back exactly', () => {
    const head = Buffer.from(`{"themes": ${JSON.stringify(Array.from({ length: 2_000 }, (_, index) => `comment ${index} é €`))}, "pending": `);
    const middle = Buffer.from(JSON.stringify({ answers: 3, notes: ['Newer answers from Peers are in version 2 and later.'] }));
    const tail = Buffer.from(', "version": {"number": 1}}');
    const gzip = splicedGzip([gzipPiece(head, 9), gzipPiece(middle), gzipPiece(tail, 9)]);
    // gunzip fails on a wrong CRC-32 or length in the trailer, or on a stream that does not end.
    expect(gunzipSync(gzip).equals(Buffer.concat([head, middle, tail]))).toBe(true);
    expect(gzip.length).toBeLessThan((head.length + middle.length + tail.length) / 3);
  });

  it('reads back empty pieces and no pieces at all', () => {
    expect(gunzipSync(splicedGzip([])).length).toBe(0);
    expect(gunzipSync(splicedGzip([gzipPiece(Buffer.alloc(0)), gzipPiece(Buffer.from('null')), gzipPiece(Buffer.alloc(0))])).toString()).toBe('null');
  });
});
