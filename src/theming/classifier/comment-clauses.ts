import type { AnalysedText, TextToken } from '../text/text-pipeline';

/**
 * Raters often put two things in one comment: "brilliant at the big picture, but nothing ever gets
 * finished". Read whole, the words of each half dilute the other's, and a classifier that shares
 * its probability out over the themes gives each half a part; read clause by clause, each half
 * speaks for its own theme. A clause ends with a sentence or before a word that turns to
 * something else.
 */
const TURNS = new Set(['but', 'although', 'though', 'however', 'whereas', 'yet', 'except', 'otherwise']);

/** A clause of fewer content words than this ("but honestly") says nothing to be read alone. */
const LEAST_CONTENT_WORDS = 1;

/** The clauses of a comment, as word sequences, when it has more than one worth reading alone; otherwise none. */
export function commentClauses(analysed: AnalysedText): TextToken[][] {
  const clauses: TextToken[][] = [];
  for (const sentence of analysed.sentences) {
    let current: TextToken[] = [];
    for (const token of sentence.tokens) {
      if (TURNS.has(token.normal) && current.length > 0) {
        clauses.push(current);
        current = [];
      }
      current.push(token);
    }
    if (current.length > 0) clauses.push(current);
  }
  const readable = clauses.filter((clause) => clause.filter((token) => !token.stopWord).length >= LEAST_CONTENT_WORDS);
  return readable.length > 1 ? readable : [];
}

/** Per theme, the strongest a theme is found in the whole comment or in any one of its clauses. */
export function strongestOfClauses(whole: readonly number[], clauses: readonly (readonly number[])[]): number[] {
  return whole.map((value, index) => Math.max(value, ...clauses.map((clause) => clause[index])));
}
