import { clusterBySimilarity, type TermVector, tfIdfVectors } from './text-clustering';
import { analyseText, type TextToken } from '../text/text-pipeline';
import { WORDS } from '../text/word-lists';

export interface EmergentTopic {
  /** A short, readable name from the words the members share: "Meetings and agenda", "Shop floor". */
  label: string;
  /** The words that weigh most in the topic, most telling first, as raters wrote them. */
  keywords: string[];
  /** Indexes into the comments given, ascending. */
  members: number[];
}

export interface EmergentTopicOptions {
  /** Fewest comments that make a topic (default 2). */
  minMembers?: number;
  /** Least average cosine similarity of TF-IDF vectors for comments to group (default 0.2). */
  similarity?: number;
  /** Most keywords listed per topic (default 5). */
  maxKeywords?: number;
}

/**
 * Short comments share a word or two and differ in the rest; at full weight the words only one
 * comment has would keep "meetings overrun, no agenda" and "send an agenda before meetings" apart.
 */
const UNIQUE_TERM_WEIGHT = 0.4;

interface CommentTerms {
  terms: string[];
  /** How each term was written, to label topics in raters' words ("meetings", not "meeting"). */
  forms: Map<string, string[]>;
}

function isTopicWord(token: TextToken): boolean {
  return !token.stopWord && /^\p{L}/u.test(token.stem) && token.stem.length > 1 && !WORDS.genericLemmas.has(token.lemma);
}

/**
 * Content words, and pairs of adjacent ones ("shop floor", "car park", "sense of humour"), of
 * one comment, by stem: "Parking is awful" and "the parking" meet even where wink lemmatises
 * the first as the verb "park".
 */
function topicTerms(text: string): CommentTerms {
  const forms = new Map<string, string[]>();
  const terms: string[] = [];
  const note = (term: string, form: string): void => {
    terms.push(term);
    forms.set(term, [...(forms.get(term) ?? []), form]);
  };
  for (const sentence of analyseText(text).sentences) {
    const tokens = sentence.tokens;
    tokens.forEach((token, index) => {
      if (!isTopicWord(token)) return;
      note(token.stem, token.written);
      const next = tokens[index + 1];
      if (next && isTopicWord(next)) note(`${token.stem} ${next.stem}`, `${token.written} ${next.written}`);
      const after = tokens[index + 2];
      if (next?.normal === 'of' && after && isTopicWord(after)) note(`${token.stem} of ${after.stem}`, `${token.written} of ${after.written}`);
    });
  }
  return { terms, forms };
}

/** The form most members wrote; on a tie the longer, which names a topic better ("parking" over "park"). */
function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0][0];
}

interface RankedTerm {
  term: string;
  members: number;
  weight: number;
}

/** A cluster's terms, those most of its members share first, then by weight, then alphabetically. */
function rankTerms(members: readonly number[], vectors: readonly TermVector[]): RankedTerm[] {
  const ranked = new Map<string, RankedTerm>();
  for (const member of members) {
    for (const [term, weight] of vectors[member]) {
      const entry = ranked.get(term) ?? { term, members: 0, weight: 0 };
      entry.members += 1;
      entry.weight += weight;
      ranked.set(term, entry);
    }
  }
  return [...ranked.values()].sort((a, b) => b.members - a.members || b.weight - a.weight || (a.term < b.term ? -1 : 1));
}

/**
 * The terms its members share, without a single word already said by a listed pair that is as
 * widely shared ("shop" beside "shop floor"); the top term when they share none.
 */
function keywordsOf(ranked: readonly RankedTerm[], max: number): string[] {
  const chosen: RankedTerm[] = [];
  const shared = ranked.filter((entry) => entry.members >= 2);
  for (const entry of shared.length > 0 ? shared : ranked.slice(0, 1)) {
    if (chosen.length >= max) break;
    const inPair = (pair: RankedTerm): boolean => pair.term.includes(' ') && pair.term.split(' ').includes(entry.term) && pair.members >= entry.members;
    if (!entry.term.includes(' ') && ranked.some(inPair)) continue;
    chosen.push(entry);
  }
  return chosen.map((entry) => entry.term);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The label: a pair of words the members share when there is one ("shop floor"), else the one
 * or two single words most of them share ("meetings and agenda").
 */
function labelOf(ranked: readonly RankedTerm[], formOf: (term: string) => string): string {
  const shared = ranked.filter((entry) => entry.members >= 2);
  // Average linkage can join comments that each share a word with a third but not with each other.
  if (shared.length === 0) return capitalised(formOf(ranked[0].term));
  const pair = shared.find((entry) => entry.term.includes(' '));
  if (pair && pair.members >= shared[0].members) return capitalised(formOf(pair.term));
  const words = shared.filter((entry) => !entry.term.includes(' ')).slice(0, 2);
  if (words.length === 2 && words[1].members < words[0].members) words.pop();
  return capitalised(words.map((entry) => formOf(entry.term)).join(' and '));
}

/**
 * Groups comments that fit no theme into topics by what they talk about: each comment becomes
 * a TF-IDF vector of its content words (by stem) and adjacent pairs of them, and comments are clustered
 * by cosine similarity. A comment that shares nothing with the others is in no topic: the
 * caller lists it among "other comments". Deterministic: the same comments in the same order
 * always give the same topics. Largest topics first.
 */
export function emergentTopics(comments: readonly { text: string }[], options: EmergentTopicOptions = {}): EmergentTopic[] {
  const { minMembers = 2, similarity = 0.2, maxKeywords = 5 } = options;
  const analysed = comments.map((comment) => topicTerms(comment.text));
  const vectors = tfIdfVectors(
    analysed.map((comment) => comment.terms),
    UNIQUE_TERM_WEIGHT,
  );
  const clusters = clusterBySimilarity(vectors, similarity).filter((members) => members.length >= Math.max(2, minMembers));
  const topics = clusters.map((members) => {
    const formOf = (term: string): string => mostCommon(members.flatMap((member) => analysed[member].forms.get(term) ?? []));
    const ranked = rankTerms(members, vectors);
    return { label: labelOf(ranked, formOf), keywords: keywordsOf(ranked, maxKeywords).map(formOf), members };
  });
  return topics.sort((a, b) => b.members.length - a.members.length || a.members[0] - b.members[0]);
}
