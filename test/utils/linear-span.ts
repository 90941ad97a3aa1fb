/** Exact span membership over the rationals: fraction-free elimination on BigInt rows. */
export class Span {
  private readonly rows: { pivot: number; row: bigint[] }[] = [];

  private static reduce(rows: readonly { pivot: number; row: bigint[] }[], vector: readonly bigint[]): bigint[] {
    let v = [...vector];
    for (const { pivot, row } of rows) {
      if (v[pivot] === 0n) continue;
      const [a, b] = [row[pivot], v[pivot]];
      v = v.map((value, index) => value * a - row[index] * b);
      const divisor = v.reduce((g, value) => gcd(g, value < 0n ? -value : value), 0n);
      if (divisor > 1n) v = v.map((value) => value / divisor);
    }
    return v;
  }

  add(vector: readonly bigint[]): void {
    const reduced = Span.reduce(this.rows, vector);
    const pivot = reduced.findIndex((value) => value !== 0n);
    if (pivot >= 0) this.rows.push({ pivot, row: reduced });
  }

  contains(vector: readonly bigint[]): boolean {
    return Span.reduce(this.rows, vector).every((value) => value === 0n);
  }
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}
