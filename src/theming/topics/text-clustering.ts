/**
 * TF-IDF vectors over a small collection of texts, and a deterministic agglomerative
 * clustering of them by cosine similarity: what emergent topics and similar suggestions share.
 * Collections are one campaign's comments (tens, rarely a few hundred), so the quadratic pair
 * table and cubic merging stay well under a millisecond to a few milliseconds.
 */

/** term -> weight; only terms with a weight above zero. */
export type TermVector = ReadonlyMap<string, number>;

/**
 * One vector per document (a list of its terms, repeats counting). The IDF is smoothed,
 * ln(1 + N / df), so that a term every document shares still weighs something: with two
 * comments that both speak of "agenda", "agenda" is what they share, not noise to drop. A term
 * no other document has can make no two documents alike, only unlike; `uniqueTermWeight`
 * scales it down (1 keeps plain TF-IDF).
 */
export function tfIdfVectors(documents: readonly (readonly string[])[], uniqueTermWeight = 1): TermVector[] {
  const documentFrequency = new Map<string, number>();
  for (const terms of documents) for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  return documents.map((terms) => {
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    const vector = new Map<string, number>();
    for (const [term, count] of counts) {
      const frequency = documentFrequency.get(term) ?? 1;
      vector.set(term, (frequency === 1 ? uniqueTermWeight : 1) * (1 + Math.log(count)) * Math.log(1 + documents.length / frequency));
    }
    return vector;
  });
}

function norm(vector: TermVector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

export function cosineSimilarity(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

/**
 * Clusters by average linkage: the two clusters whose members are most similar on average are
 * merged while that average reaches `threshold`. Every index appears in exactly one cluster
 * (a lone one when it is like nothing else); members ascend, and clusters are ordered by their
 * first member. Ties go to the pair with the lower indexes, so the result never depends on
 * anything but the input.
 */
export function clusterBySimilarity(vectors: readonly TermVector[], threshold: number): number[][] {
  const similarity = vectors.map((a, i) => vectors.map((b, j) => (i === j ? 1 : cosineSimilarity(a, b))));
  let clusters: number[][] = vectors.map((_, index) => [index]);
  for (;;) {
    let best: { a: number; b: number; score: number } | undefined;
    for (let a = 0; a < clusters.length; a += 1) {
      for (let b = a + 1; b < clusters.length; b += 1) {
        let total = 0;
        for (const i of clusters[a]) for (const j of clusters[b]) total += similarity[i][j];
        const score = total / (clusters[a].length * clusters[b].length);
        if (score >= threshold && (best === undefined || score > best.score + 1e-12)) best = { a, b, score };
      }
    }
    if (!best) break;
    const merged = [...clusters[best.a], ...clusters[best.b]].sort((x, y) => x - y);
    const { a, b } = best;
    clusters = clusters.filter((_, index) => index !== a && index !== b);
    clusters.push(merged);
    clusters.sort((x, y) => x[0] - y[0]);
  }
  return clusters;
}
