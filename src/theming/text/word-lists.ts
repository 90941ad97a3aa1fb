import lists from './english-word-lists.json';

/**
 * The English word lists comment theming reads text with, kept as data (english-word-lists.json) so that
 * a list is changed in one place and read the same by every part that uses it. Words are
 * lower-case, as wink normalises them; two-word entries are written with one space.
 */
export interface WordLists {
  /** Words that deny what follows; "rarely" and "hardly" too, since "rarely listens" reads as "does not listen". */
  negators: ReadonlySet<string>;
  /** Two-word negators: "rather than *blaming*", "instead of *letting*" deny what follows too. */
  negatorPairs: ReadonlySet<string>;
  /** A negation's scope ends at a clause: punctuation, or one of these words. */
  clauseStarters: ReadonlySet<string>;
  /**
   * Left out when a theme's keyword phrases are matched, so that "takes the credit" is "take
   * credit" and "follows it through" "follow through": articles, possessives and the pronouns
   * that stand for the thing acted on. Not "people": "invests in people" must not become "invests in".
   */
  phraseFillers: ReadonlySet<string>;
  /**
   * Left out when idioms of a failing are matched: articles, possessives and the people acted on
   * ("goes over people's heads" is "go over head").
   */
  idiomFillers: ReadonlySet<string>;
  /** Words that ask for a change: requests, "more / less of", and what is missing. */
  suggestionWords: ReadonlySet<string>;
  /** A modal asks for a change ("should listen", "could share"), unless it looks back ("could have"). */
  modals: ReadonlySet<string>;
  /** Words that turn a sentence to what follows them: in "Great results, but does it all herself" the second half is the message. */
  contrastWords: ReadonlySet<string>;
  /**
   * Stems (and lemmas) of workplace words that describe a failing, whatever general sentiment
   * says of them. Not the words of the circumstances a leader handles ("pressure", "crisis"):
   * "calm under pressure" is praise.
   */
  failingStems: ReadonlySet<string>;
  /** Idioms of a failing, as lemmas with fillers left out: none of their words is negative alone. */
  failingIdioms: readonly string[];
  /** Not function words, yet they say nothing of what a comment is about: every comment on a leader mentions people, the team and work. */
  genericLemmas: ReadonlySet<string>;
  /** The verbs raters start a suggestion with ("start", "stop", "keep", "more"), which say nothing of what it is about. */
  suggestionVerbs: ReadonlySet<string>;
}

type ListName = keyof WordLists;
const LIST_NAMES: readonly ListName[] = [
  'negators',
  'negatorPairs',
  'clauseStarters',
  'phraseFillers',
  'idiomFillers',
  'suggestionWords',
  'modals',
  'contrastWords',
  'failingStems',
  'failingIdioms',
  'genericLemmas',
  'suggestionVerbs',
];

/** Every list present, each a list of distinct lower-case words; anything else stops the process at load, naming the list and the word. */
export function checkedWordLists(raw: unknown, file = 'english-word-lists.json'): WordLists {
  const problems: string[] = [];
  const record = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  for (const key of Object.keys(record)) if (!LIST_NAMES.includes(key as ListName)) problems.push(`${key}: is not a word list theming reads`);
  const words = (name: ListName): string[] => {
    const list = record[name];
    if (!Array.isArray(list) || list.length === 0) {
      problems.push(`${name}: must be a list of words`);
      return [];
    }
    const seen = new Set<string>();
    list.forEach((word, index) => {
      if (typeof word !== 'string' || word.trim() === '' || word !== word.toLowerCase().trim() || /\s{2,}/.test(word))
        problems.push(`${name}[${index}]: must be a lower-case word, or words one space apart`);
      else if (seen.has(word)) problems.push(`${name}[${index}]: '${word}' is listed twice`);
      seen.add(String(word));
    });
    return list as string[];
  };
  const sets = Object.fromEntries(LIST_NAMES.map((name) => [name, name === 'failingIdioms' ? words(name) : new Set(words(name))]));
  if (problems.length > 0) throw new Error(`Invalid ${file}:\n  ${problems.join('\n  ')}`);
  return sets as unknown as WordLists;
}

export const WORDS: WordLists = checkedWordLists(lists);
