import fc from 'fast-check';
import { Span } from '../../../test/utils/linear-span';
import { ModularSpan } from './modular-span';

describe('ModularSpan', () => {
  it('finds a total that is a difference of shown totals, and not one that is not', () => {
    const span = new ModularSpan(3);
    span.add([1, 1, 1]); // everyone
    span.add([0, 1, 1]); // all but the first
    expect(span.contains([1, 0, 0])).toBe(true);
    expect(span.contains([0, 1, 0])).toBe(false);
    expect(span.contains([0, 0, 0])).toBe(true);
  });

  it('agrees with exact rational elimination on random 0/1 systems', () => {
    const system = fc.integer({ min: 1, max: 7 }).chain((width) =>
      fc.record({
        rows: fc.array(fc.array(fc.integer({ min: 0, max: 1 }), { minLength: width, maxLength: width }), { maxLength: 8 }),
        probe: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: width, maxLength: width }),
      }),
    );
    fc.assert(
      fc.property(system, ({ rows, probe }) => {
        const modular = new ModularSpan(probe.length);
        const exact = new Span();
        for (const row of rows) {
          modular.add(row);
          exact.add(row.map(BigInt));
        }
        expect(modular.contains(probe)).toBe(exact.contains(probe.map(BigInt)));
      }),
      { numRuns: 500 },
    );
  });
});
