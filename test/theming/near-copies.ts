import { dot } from '../../src/theming/classifier/semantic-neighbours';
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
  return set.flatMap((comment, index) => {
    const stems = stemsOf(comment.text);
    return examples.flatMap((example, position) => {
      const similarity = dot(vectors[index], exampleVectors[position]);
      if (similarity < NEAR_COPY.fairlySimilar) return [];
      const sharedStems = shareOfStems(stems, stemsOfExample(position));
      const near = similarity >= NEAR_COPY.similar || sharedStems >= NEAR_COPY.sharedStems;
      return near
        ? [{ comment: comment.text, example: example.text, similarity: Number(similarity.toFixed(3)), sharedStems: Number(sharedStems.toFixed(2)) }]
        : [];
    });
  });
}
