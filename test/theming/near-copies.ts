import { similarityTableOf } from '../../src/theming/classifier/kernel/similarity-table';
import type { LabelledComment } from '../../src/theming/examples/labelled-comment';
import { analyseText, contentStems, wordsOf } from '../../src/theming/text/text-pipeline';

/**
 * When a held-out comment counts as a near copy of an example, which would let the classifier
 * score it by memory rather than by reading: the sentence encoder finds them alike (cosine 0.8
 * or more, however they are worded), or fairly alike (0.6) while sharing half their content
 * stems (a paraphrase that reuses the words). Chosen by reading the nearest pairs: at 0.8 every
 * pair found is the same remark ("Lovely person to work with." ~ "Lovely person to have around
 * the office."), below 0.6 none is; between, only pairs that share their words are.
 */
export const NEAR_COPY = { similar: 0.8, fairlySimilar: 0.6, sharedStems: 0.5 } as const;

export interface NearCopy {
  comment: string;
  example: string;
  similarity: number;
  sharedStems: number;
}

const stemsOf = (text: string): Set<string> => new Set(contentStems(wordsOf(analyseText(text))));

function shareOfStems(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const union = new Set([...a, ...b]).size;
  return union === 0 ? 1 : [...a].filter((stem) => b.has(stem)).length / union;
}

/** Every pair of a comment of `set` and a near copy of it among `examples`, with the embeddings of both, in order. */
export function nearCopies(
  set: readonly LabelledComment[],
  vectors: readonly Float32Array[],
  examples: readonly LabelledComment[],
  exampleVectors: readonly Float32Array[],
): NearCopy[] {
  // Stems only of the few examples fairly similar to a comment: analysing all ten thousand for each set took most of the check.
  const exampleStems = new Map<number, Set<string>>();
  const stemsOfExample = (position: number): Set<string> => {
    let stems = exampleStems.get(position);
    if (!stems) exampleStems.set(position, (stems = stemsOf(examples[position].text)));
    return stems;
  };
  const table = similarityTableOf(exampleVectors);
  const similarities = new Float64Array(table.rows);
  return set.flatMap((comment, index) => {
    table.similaritiesTo(vectors[index], similarities, 0);
    const stems = stemsOf(comment.text);
    const near: NearCopy[] = [];
    similarities.forEach((similarity, position) => {
      if (similarity < NEAR_COPY.fairlySimilar) return;
      const sharedStems = shareOfStems(stems, stemsOfExample(position));
      if (similarity >= NEAR_COPY.similar || sharedStems >= NEAR_COPY.sharedStems)
        near.push({
          comment: comment.text,
          example: examples[position].text,
          similarity: Number(similarity.toFixed(3)),
          sharedStems: Number(sharedStems.toFixed(2)),
        });
    });
    return near;
  });
}
