/**
 * Theme votes from the meaning of a comment: the labelled sentences nearest to it (shipped
 * examples, and the survey's own item texts and theme descriptions) vote for their themes,
 * the nearer the louder. Nearest neighbours rather than a trained model, because a survey's own
 * themes arrive with five items each and no training: their sentences vote from the first comment.
 */

export interface LabelledVector {
  /** Unit length, as the sentence encoder gives it. */
  vector: Float32Array;
  /** The themes the sentence is about; empty for one about none, which votes for none. */
  themeIndexes: readonly number[];
}

export interface NeighbourSettings {
  /** How many neighbours vote. */
  neighbours: number;
  /** A neighbour's vote is exp(sharpness × cosine similarity): the higher, the more the nearest one decides. */
  sharpness: number;
  /**
   * The similarity of an imagined neighbour about no theme, which always votes: a comment far
   * from every labelled sentence is about none of them, however the far ones rank among
   * themselves. Without it the votes always sum to 1 over themes when no sentence is about none.
   */
  floor: number;
}

export const DEFAULT_NEIGHBOUR_SETTINGS: Readonly<NeighbourSettings> = { neighbours: 9, sharpness: 10, floor: 0.3 };

export interface SemanticIndex {
  /** Per theme, the share of the neighbours' votes (with "none", summing to 1); all 0 when the index is empty. */
  votes(vector: Float32Array): number[];
}

export function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let index = 0; index < a.length; index += 1) sum += a[index] * b[index];
  return sum;
}

/**
 * The indexes of the `count` highest similarities, highest first; of equal ones, the earlier, as a
 * stable sort would give. One pass keeping the few best: sorting every labelled sentence for each
 * comment took most of a comment's analysis (thousands of examples, nine neighbours).
 */
export function highestOf(similarities: Float64Array, count: number): number[] {
  const best: number[] = [];
  for (let index = 0; index < similarities.length; index += 1) {
    const similarity = similarities[index];
    const full = best.length === count;
    if (count === 0 || (full && similarity <= similarities[best[count - 1]])) continue;
    let position = full ? count - 1 : best.length;
    while (position > 0 && similarities[best[position - 1]] < similarity) {
      best[position] = best[position - 1];
      position -= 1;
    }
    best[position] = index;
  }
  return best;
}

export function createSemanticIndex(
  labelled: readonly LabelledVector[],
  themeCount: number,
  settings: NeighbourSettings = DEFAULT_NEIGHBOUR_SETTINGS,
): SemanticIndex {
  const similarities = new Float64Array(labelled.length);
  // One block of memory, row after row, read in order: the similarities are most of the work. A
  // copy of the vectors (about 11 MB for the shipped examples), which cut the time a backlog of
  // answers takes to fold by a third against reading each vector where it lies (bench:parts, 21 vs 33 ms an answer).
  const dimensions = labelled[0]?.vector.length ?? 0;
  const matrix = new Float32Array(labelled.length * dimensions);
  labelled.forEach((entry, row) => matrix.set(entry.vector, row * dimensions));
  return {
    votes(vector: Float32Array): number[] {
      const votes = new Array<number>(themeCount).fill(0);
      if (labelled.length === 0) return votes;
      for (let row = 0, offset = 0; row < labelled.length; row += 1, offset += dimensions) {
        let sum = 0;
        for (let index = 0; index < dimensions; index += 1) sum += vector[index] * matrix[offset + index];
        similarities[row] = sum;
      }
      const nearest = highestOf(similarities, settings.neighbours);
      // Relative to the nearest, so that exp() stays finite whatever the sharpness.
      const reference = Math.max(similarities[nearest[0]], settings.floor);
      let total = Math.exp(settings.sharpness * (settings.floor - reference));
      for (const index of nearest) {
        const weight = Math.exp(settings.sharpness * (similarities[index] - reference));
        total += weight;
        // A sentence about two themes splits its vote; one about none votes for none, counted in the total only.
        const { themeIndexes } = labelled[index];
        for (const theme of themeIndexes) votes[theme] += weight / themeIndexes.length;
      }
      return votes.map((vote) => vote / total);
    },
  };
}
