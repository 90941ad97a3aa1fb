import { DomainError } from '../common/domain-error';
import { parseVersionQuery } from './version-query.pipe';

describe('parseVersionQuery', () => {
  it('reads a version number, or nothing for the latest', () => {
    expect(parseVersionQuery('3')).toBe(3);
    expect(parseVersionQuery(undefined)).toBeUndefined();
    expect(parseVersionQuery('')).toBeUndefined();
  });

  it('reads the number the global validation pipe already made of the text', () => {
    expect(parseVersionQuery(1)).toBe(1);
    expect(parseVersionQuery(42)).toBe(42);
  });

  it.each([['0'], ['-1'], ['1.5'], ['02'], ['two'], ['1e3'], ['9999999999'], [0], [-1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY], [1e21], [9999999999]])(
    'refuses %p with a 400 naming the parameter',
    (value) => {
      expect(() => parseVersionQuery(value)).toThrow(DomainError);
      expect(() => parseVersionQuery(value)).toThrow('version: must be a whole number of at least 1');
    },
  );

  it('refuses a repeated parameter and anything that is neither text nor number', () => {
    for (const value of [['1', '2'], { version: 1 }, true, null]) expect(() => parseVersionQuery(value)).toThrow('version:');
  });
});
