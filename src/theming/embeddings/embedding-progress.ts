/** How far a long embedding has got: `embedded` of `total` texts so far. */
export type EmbeddingProgress = (embedded: number, total: number) => void;

/**
 * Passes progress on at each tenth of the way (and at the end), never twice for one tenth: a person
 * watching the first embedding of the examples (a minute or two) sees it move, without a line per batch.
 */
export function byTenths(report: EmbeddingProgress): EmbeddingProgress {
  let reported = 0;
  return (embedded, total) => {
    const tenth = total === 0 ? 10 : Math.floor((Math.min(embedded, total) * 10) / total);
    if (tenth <= reported) return;
    reported = tenth;
    report(embedded, total);
  };
}

/** The line a person reads about it, in the CLI and the demo. */
export function embeddedLine(embedded: number, total: number): string {
  return `  example comments embedded: ${embedded.toLocaleString('en')} of ${total.toLocaleString('en')}`;
}
