import { personalise } from '../../surveys/personalise';
import type { SurveyTheme } from '../../surveys/survey.types';
import { analyseText, type TextToken, wordsOf } from '../text/text-pipeline';
import { WORDS } from '../text/word-lists';
import type { AnalyzerWeights } from './analyzer-weights';

/**
 * What a survey's author wrote for each theme (keywords, title, description, items), read as
 * words: a comment scores for a theme by the seeds it shares with it.
 */
export interface SeedModel {
  /** byLemma[lemma][themeIndex]: TF-IDF weight of a content word for each theme. */
  byLemma: Map<string, number[]>;
  /** The same by stem, so that "delegation" still counts for "delegate", at `stemOnly` of the weight. */
  byStem: Map<string, number[]>;
  phrases: Phrase[];
  stemOnly: number;
}

interface Phrase {
  stems: string[];
  /** Matched with fillers left out, unless that would leave one word ("the why"). */
  fillerFree: boolean;
  themeIndex: number;
  weight: number;
}

/** Every word of a seed, stop words included: phrases are matched on them. */
function seedWords(text: string): TextToken[] {
  return wordsOf(analyseText(personalise(text, ' ')));
}

function withoutFillers(words: readonly TextToken[]): TextToken[] {
  return words.filter((word) => !WORDS.phraseFillers.has(word.normal));
}

type SeedWeights = Pick<AnalyzerWeights, 'keyword' | 'phrase' | 'phraseWord' | 'title' | 'item' | 'stemOnly'>;

/**
 * One seed document per theme: each content word of its seeds with the weight of the strongest
 * seed it appears in, by lemma and by stem, then TF-IDF over the themes; keyword phrases apart.
 */
export function buildSeedModel(themes: readonly SurveyTheme[], weights: SeedWeights): SeedModel {
  const rawLemmas = themes.map(() => new Map<string, number>());
  const rawStems = themes.map(() => new Map<string, number>());
  const phrases: Phrase[] = [];
  const add = (themeIndex: number, words: readonly TextToken[], weight: number): void => {
    for (const word of words) {
      if (word.stopWord || word.stem.length < 2) continue;
      rawLemmas[themeIndex].set(word.lemma, Math.max(rawLemmas[themeIndex].get(word.lemma) ?? 0, weight));
      rawStems[themeIndex].set(word.stem, Math.max(rawStems[themeIndex].get(word.stem) ?? 0, weight));
    }
  };
  themes.forEach((theme, themeIndex) => {
    for (const keyword of theme.keywords) {
      const words = seedWords(keyword);
      if (words.length > 1) {
        const fillerFree = withoutFillers(words).length > 1;
        phrases.push({ stems: (fillerFree ? withoutFillers(words) : words).map((word) => word.stem), themeIndex, fillerFree, weight: weights.phrase });
        add(themeIndex, words, weights.phraseWord);
      } else {
        add(themeIndex, words, weights.keyword);
      }
    }
    add(themeIndex, seedWords(`${theme.title}. ${theme.description ?? ''}`), weights.title);
    for (const item of theme.items) add(themeIndex, seedWords(item.text), weights.item);
  });
  return { byLemma: tfIdf(rawLemmas), byStem: tfIdf(rawStems), phrases, stemOnly: weights.stemOnly };
}

/**
 * A term's weight for a theme is the weight of the strongest seed it comes from, times its
 * inverse document frequency over the themes, so that "people" (in every theme's items) counts
 * for little and "delegate" (in one) for much. The IDF is scaled so that a term of one theme
 * only weighs 1 whatever the number of themes: the thresholds then mean the same in a survey
 * of two themes as in one of eight.
 */
function tfIdf(raw: readonly Map<string, number>[]): Map<string, number[]> {
  const weights = new Map<string, number[]>();
  const exclusive = Math.log(1 + raw.length);
  for (const term of new Set(raw.flatMap((seeds) => [...seeds.keys()]))) {
    const documentFrequency = raw.filter((seeds) => seeds.has(term)).length;
    const idf = Math.log(1 + raw.length / documentFrequency) / exclusive;
    weights.set(
      term,
      raw.map((seeds) => (seeds.get(term) ?? 0) * idf),
    );
  }
  return weights;
}

/** Where a phrase occurs in a word sequence, as the indexes of its words (empty when it does not). */
function phraseOccurrences(sequence: readonly TextToken[], phrase: readonly string[]): number[] {
  const found: number[] = [];
  for (let start = 0; start + phrase.length <= sequence.length; start += 1) {
    if (phrase.every((stem, offset) => sequence[start + offset].stem === stem))
      for (let offset = 0; offset < phrase.length; offset += 1) found.push(start + offset);
  }
  return found;
}

/**
 * A comment's score for each theme: the seed weights of its content stems, plus a bonus for
 * each keyword phrase it contains. A matched phrase claims its words for its own theme: in
 * "asks for feedback" (self-awareness), "feedback" does not also count for developing others.
 */
export function seedScores(model: SeedModel, themeCount: number, words: readonly TextToken[]): number[] {
  const scores = new Array<number>(themeCount).fill(0);
  const stripped = withoutFillers(words);
  /** For each word a phrase claimed, the themes it may still count for. */
  const claimed = new Map<TextToken, Set<number>>();
  for (const phrase of model.phrases) {
    const sequence = phrase.fillerFree ? stripped : words;
    const occurrences = phraseOccurrences(sequence, phrase.stems);
    if (occurrences.length === 0) continue;
    scores[phrase.themeIndex] += phrase.weight;
    for (const index of occurrences) {
      const themes = claimed.get(sequence[index]) ?? new Set<number>();
      claimed.set(sequence[index], themes.add(phrase.themeIndex));
    }
  }
  const counted = new Set<string>();
  for (const word of words) {
    if (word.stopWord || word.stem.length < 2 || counted.has(word.stem)) continue;
    counted.add(word.stem);
    const byLemma = model.byLemma.get(word.lemma);
    const byStem = model.byStem.get(word.stem);
    const only = claimed.get(word);
    for (let index = 0; index < themeCount; index += 1) {
      if (only !== undefined && !only.has(index)) continue;
      scores[index] += Math.max(byLemma?.[index] ?? 0, model.stemOnly * (byStem?.[index] ?? 0));
    }
  }
  return scores;
}

/**
 * The sentences a survey's author wrote for each theme, as the semantic index reads them: the
 * title with the description, and each item with {{leader}} as a person ("The leader listens
 * without interrupting"), since raters write of a person.
 */
export function seedSentences(themes: readonly SurveyTheme[]): { text: string; themeIndex: number }[] {
  return themes.flatMap((theme, themeIndex) => [
    { text: `${theme.title}. ${theme.description ?? ''}`.trim(), themeIndex },
    ...theme.items.map((item) => ({ text: personalise(item.text, 'The leader'), themeIndex })),
  ]);
}
