import { instantiateKernel } from './kernel-instance';
import { SIMILARITIES_WASM } from './similarities.wasm';

/**
 * The similarities of a query to each of many vectors (unit length, so a dot product is the
 * cosine), computed by a small WebAssembly kernel (similarities.wat) over the vectors held in its
 * memory, one row after the other. The kernel gives to the last bit what JavaScript's loop gave,
 * about 3.5 times faster; with ten thousand examples that loop was most of reading a comment.
 */
export interface SimilarityTable {
  readonly rows: number;
  /** Writes the similarity of `query` to each row, in order, into `into` from `offset`. */
  similaritiesTo(query: Float32Array, into: Float64Array, offset: number): void;
}

type SimilaritiesExport = (query: number, matrix: number, rows: number, dimensions: number, out: number) => void;

function tableOf(vectors: readonly Float32Array[]): SimilarityTable {
  const rows = vectors.length;
  const dimensions = vectors[0]?.length ?? 0;
  // The matrix, then the query, then the results (float64, so from a multiple of 8).
  const queryAt = rows * dimensions * 4;
  const outAt = Math.ceil((queryAt + dimensions * 4) / 8) * 8;
  const { exports, buffer } = instantiateKernel<{ similarities: SimilaritiesExport }>(SIMILARITIES_WASM, outAt + rows * 8);
  const { similarities } = exports;
  const matrix = new Float32Array(buffer, 0, rows * dimensions);
  vectors.forEach((vector, row) => {
    if (vector.length !== dimensions) throw new Error(`Every vector of a similarity table needs ${dimensions} dimensions; vector ${row} has ${vector.length}`);
    matrix.set(vector, row * dimensions);
  });
  // The memory never grows, so these views stay valid.
  const query = new Float32Array(buffer, queryAt, dimensions);
  const out = new Float64Array(buffer, outAt, rows);
  return {
    rows,
    similaritiesTo(vector, into, offset) {
      if (vector.length !== dimensions) throw new Error(`A query of this similarity table needs ${dimensions} dimensions; it has ${vector.length}`);
      query.set(vector);
      similarities(queryAt, 0, rows, dimensions, outAt);
      into.set(out, offset);
    },
  };
}

/**
 * One table per list of vectors (about 20 MB for the shipped examples), shared by every index
 * built on the list: each survey's, in each theming thread.
 */
const tables = new WeakMap<readonly Float32Array[], SimilarityTable>();

export function similarityTableOf(vectors: readonly Float32Array[]): SimilarityTable {
  let table = tables.get(vectors);
  if (table === undefined) tables.set(vectors, (table = tableOf(vectors)));
  return table;
}
