import { clusterBySimilarity, cosineSimilarity, type TermVector, tfIdfVectors } from './text-clustering';
import { analyseText, wordsOf } from '../text/text-pipeline';
import { WORDS } from '../text/word-lists';

export interface SuggestionCluster {
  /** The suggestions that say something alike, in the order given. */
  texts: string[];
  /** How many suggestions say it: the "n people suggested" of the report. */
  count: number;
}

export interface SuggestionGroup {
  /** The theme the suggestions speak about, or null for those that fit no theme. */
  themeId: string | null;
  /** Largest first. */
  clusters: SuggestionCluster[];
}

export interface SimilarSuggestionOptions {
  /** Least average cosine similarity of two suggestions' TF-IDF stem vectors to count as alike (default 0.3). */
  similarity?: number;
  /** The order of theme groups (the survey's); themes not listed follow in order of first appearance. */
  themeOrder?: readonly string[];
}

/**
 * Stems rather than lemmas, so that "delegating more" and "more delegation" meet, and no
 * function words: "stop" and "start" begin most suggestions and say nothing of what is asked.
 */
function suggestionTerms(text: string): string[] {
  return wordsOf(analyseText(text))
    .filter((word) => !word.stopWord && /^\p{L}/u.test(word.stem) && word.stem.length > 1 && !WORDS.suggestionVerbs.has(word.lemma))
    .map((word) => word.stem);
}

/** Suggestions are a few words long: what only one of them says would drown what two share ("listen"). */
const UNIQUE_TERM_WEIGHT = 0.4;

/**
 * The theme a suggestion is counted under: of its themes, the one where the suggestion most
 * like it sits ("Delegate real decisions to us" joins the other delegation suggestions under
 * developing others rather than decisions); the first of them when nothing is alike.
 */
function placementTheme(index: number, entries: readonly { themeIds: readonly string[] }[], vectors: readonly TermVector[]): string | null {
  const themeIds = entries[index].themeIds;
  if (themeIds.length <= 1) return themeIds[0] ?? null;
  let best = { themeId: themeIds[0], score: 0 };
  themeIds.forEach((themeId) => {
    entries.forEach((other, otherIndex) => {
      if (otherIndex === index || !other.themeIds.includes(themeId)) return;
      const score = cosineSimilarity(vectors[index], vectors[otherIndex]);
      if (score > best.score + 1e-12) best = { themeId, score };
    });
  });
  return best.themeId;
}

function themeRank(themeOrder: readonly string[], firstSeen: readonly string[]): (themeId: string | null) => number {
  return (themeId) => {
    if (themeId === null) return Number.MAX_SAFE_INTEGER;
    const listed = themeOrder.indexOf(themeId);
    return listed >= 0 ? listed : themeOrder.length + firstSeen.indexOf(themeId);
  };
}

/**
 * Start, stop or continue suggestions (one list at a time), grouped by theme and, within a
 * theme, into clusters of suggestions that say something alike, so a coach reads "4 people
 * suggested delegating more" instead of four lines. Each suggestion is placed once, under one
 * of its themes (see placementTheme), so counts add up to the suggestions given. Deterministic; clusters keep the order of the texts given, which for the report is
 * the random order fixed at fold time.
 */
export function groupSimilarSuggestions(
  entries: readonly { text: string; themeIds: readonly string[]; language?: string }[],
  options: SimilarSuggestionOptions = {},
): SuggestionGroup[] {
  const { similarity = 0.3, themeOrder = [] } = options;
  const vectors = tfIdfVectors(
    // Terms are English stems: a suggestion in another language has none, and stands alone.
    entries.map((entry) => (entry.language === undefined ? suggestionTerms(entry.text) : [])),
    UNIQUE_TERM_WEIGHT,
  );
  const byTheme = new Map<string | null, number[]>();
  entries.forEach((_, index) => {
    const themeId = placementTheme(index, entries, vectors);
    byTheme.set(themeId, [...(byTheme.get(themeId) ?? []), index]);
  });
  const firstSeen = [...new Set(entries.flatMap((entry) => entry.themeIds))];
  const rank = themeRank(themeOrder, firstSeen);
  return [...byTheme.entries()]
    .sort((a, b) => rank(a[0]) - rank(b[0]))
    .map(([themeId, indexes]) => {
      const clusters = clusterBySimilarity(
        indexes.map((index) => vectors[index]),
        similarity,
      ).map((members) => members.map((member) => indexes[member]));
      return {
        themeId,
        clusters: clusters
          .sort((a, b) => b.length - a.length || a[0] - b[0])
          .map((members) => ({ texts: members.map((index) => entries[index].text), count: members.length })),
      };
    });
}
