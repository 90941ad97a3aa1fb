import { randomInt } from 'node:crypto';

/**
 * A uniformly random permutation (Fisher-Yates) drawn from the CSPRNG: where rows are written in
 * this order, nobody can predict or reconstruct the order they arrived in. The input is left as is.
 */
export function secureShuffle<T>(items: readonly T[], randomBelow: (bound: number) => number = randomInt): T[] {
  const shuffled = [...items];
  for (let index = shuffled.length - 1; index > 0; index -= 1) {
    const other = randomBelow(index + 1);
    [shuffled[index], shuffled[other]] = [shuffled[other], shuffled[index]];
  }
  return shuffled;
}
