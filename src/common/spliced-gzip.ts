import { constants, crc32, deflateRawSync } from 'node:zlib';

/**
 * A stretch of a body deflated on its own: its blocks end on a byte boundary and none is marked
 * last, so that pieces can be laid end to end into one deflate stream. That lets a large body be
 * compressed once and a small part of it, different at each read, be compressed alone.
 */
export interface GzipPiece {
  deflated: Buffer;
  crc: number;
  bytes: number;
}

export function gzipPiece(data: Buffer, level: number = constants.Z_DEFAULT_COMPRESSION): GzipPiece {
  return { deflated: deflateRawSync(data, { level, finishFlush: constants.Z_SYNC_FLUSH }), crc: crc32(data), bytes: data.length };
}

/** Deflate's empty last block (fixed codes, end of block at once): ends the stream after the pieces. */
const LAST_BLOCK = Buffer.from([0x03, 0x00]);
/** RFC 1952: deflate, no flags, no time, unknown OS. */
const HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);

/** One gzip member whose content is the pieces' data in order, checksum and length included. */
export function splicedGzip(pieces: readonly GzipPiece[]): Buffer {
  let crc = 0;
  let bytes = 0;
  for (const piece of pieces) {
    crc = crc32Combine(crc, piece.crc, piece.bytes);
    bytes += piece.bytes;
  }
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(bytes % 2 ** 32, 4);
  return Buffer.concat([HEADER, ...pieces.map((piece) => piece.deflated), LAST_BLOCK, trailer]);
}

// The CRC-32 of two stretches laid end to end from the CRC of each, without reading either again
// (as zlib's crc32_combine does): the first's CRC is shifted by the second's length, in GF(2).
const POLYNOMIAL = 0xedb88320;

/** a(x) * b(x) modulo the CRC polynomial, bit-reflected. */
function multiplyModulo(a: number, b: number): number {
  if (a === 0) return 0;
  let m = 0x80000000;
  let product = 0;
  for (;;) {
    if (a & m) {
      product ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ POLYNOMIAL : b >>> 1;
  }
  return product >>> 0;
}

/** x^(2^k) modulo the polynomial, k = 0..31. */
const POWERS = ((): number[] => {
  const powers: number[] = [];
  let p = 0x40000000; // x^1
  for (let k = 0; k < 32; k += 1) {
    powers.push(p);
    p = multiplyModulo(p, p);
  }
  return powers;
})();

/** x^(8 * bytes) modulo the polynomial: what appending `bytes` zero bytes does to a CRC. */
function shiftOfBytes(bytes: number): number {
  let p = 0x80000000; // x^0
  let k = 3;
  for (let n = bytes; n > 0; n = Math.floor(n / 2)) {
    if (n % 2 === 1) p = multiplyModulo(POWERS[k % 32], p);
    k += 1;
  }
  return p;
}

export function crc32Combine(first: number, second: number, secondBytes: number): number {
  return (multiplyModulo(shiftOfBytes(secondBytes), first >>> 0) ^ second) >>> 0;
}
