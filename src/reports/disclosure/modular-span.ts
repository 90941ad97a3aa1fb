/**
 * Linear span membership over the field of integers modulo a prime. Figures of a report are sums of
 * unknowns with 0/1 coefficients, so "can this total be derived from the shown figures?" is "is its
 * vector in their span over the rationals". Working modulo a prime keeps every product below 2^53
 * (exact in a double) and the elimination fast. A dependence over the rationals is one modulo p
 * too, so nothing derivable is missed; the converse can fail only for vectors whose determinants
 * happen to be multiples of p, which errs towards suppressing a figure, the safe side.
 */
const P = 67_108_859; // the largest prime below 2^26

const mod = (value: number): number => ((value % P) + P) % P;
const mulMod = (a: number, b: number): number => (a * b) % P;

function inverse(value: number): number {
  let [a, b, x, y] = [value, P, 1, 0];
  while (b !== 0) {
    const q = Math.floor(a / b);
    [a, b] = [b, a - q * b];
    [x, y] = [y, x - q * y];
  }
  return mod(x);
}

export class ModularSpan {
  /** Reduced rows, each with a pivot coefficient of 1. */
  private readonly rows: { pivot: number; row: number[] }[] = [];

  constructor(private readonly width: number) {}

  private reduce(vector: readonly number[]): number[] {
    const v = vector.map(mod);
    for (const { pivot, row } of this.rows) {
      const factor = v[pivot];
      if (factor === 0) continue;
      for (let index = 0; index < this.width; index += 1) if (row[index] !== 0) v[index] = mod(v[index] - mulMod(factor, row[index]));
    }
    return v;
  }

  add(vector: readonly number[]): void {
    const reduced = this.reduce(vector);
    const pivot = reduced.findIndex((value) => value !== 0);
    if (pivot < 0) return;
    const scale = inverse(reduced[pivot]);
    this.rows.push({ pivot, row: reduced.map((value) => mulMod(value, scale)) });
  }

  contains(vector: readonly number[]): boolean {
    return this.reduce(vector).every((value) => value === 0);
  }
}
