import type { CommentKind, CommentSentiment } from '../comment.types';
import type { QuestionAsks } from '../../surveys/survey.types';
import type { AnalysedText, TextSentence, TextToken } from '../text/text-pipeline';
import { WORDS } from '../text/word-lists';

/**
 * Positive ("what works") or constructive ("what to work on"). wink's sentiment lexicon knows
 * general English ("great", "awful") but not how feedback is phrased: a suggestion ("could share
 * more", "would benefit from") carries no negative word, and leadership failings ("interrupts",
 * "hovers", "goes around people") are neutral words in general English. So wink's score is one
 * vote among cues of constructive feedback, workplace words that describe a failing, and
 * negation of what the rater says is missing ("doesn't listen").
 */

/**
 * A rater with nothing to change, or who has not seen enough to say, says so in a few set ways;
 * neither is a criticism of the leader.
 */
const NOTHING_TO_CHANGE =
  /\b(nothing (else )?(comes|springs) to mind|nothing (else )?to (add|change|say)|keep (doing what|it up|going|up the good)|no (changes?|comments?|suggestions?)\b|n\/a\b|can'?t think of anything|(can'?t|cannot|couldn'?t) (really )?(say|comment)|not (worked|work) (with \w+ )?(closely )?enough|only (just )?(started|worked) with)/i;

const WEIGHTS = {
  /** wink's score is -1..1 per sentence; scaled so one clear sentiment word outweighs one weak cue. */
  lexicon: 2,
  suggestion: 1,
  failing: 1,
  /** An idiom of a failing ("takes the credit") outweighs the praise words inside it. */
  failingPhrase: 2,
  /** "doesn't listen", "never asks": what is missing. */
  negatedNeutral: 1,
  /** "doesn't get rattled", "never loses it": a failing denied is praise. */
  negatedFailing: 1,
  /** Saying "not", "never", "no" at all leans constructive, even with nothing but function words after it ("we never get to own anything"). */
  negator: 0.5,
  /** "too slow", "too focused on". */
  tooMuch: 1,
  afterContrast: 2,
  beforeContrast: 0.5,
};

function isFailing(token: TextToken): boolean {
  return WORDS.failingStems.has(token.stem) || WORDS.failingStems.has(token.lemma);
}

/**
 * Failing idioms in a clause, +1 for each one negated ("not by pulling rank"), -1 otherwise;
 * their words are then set aside so that they do not count again one by one.
 */
function failingPhrases(tokens: readonly TextToken[]): { score: number; used: Set<TextToken> } {
  const kept = tokens.filter((token) => !WORDS.idiomFillers.has(token.normal));
  const lemmas = kept.map((token) => token.lemma);
  let score = 0;
  const used = new Set<TextToken>();
  for (const phrase of WORDS.failingIdioms) {
    const words = phrase.split(' ');
    for (let start = 0; start + words.length <= lemmas.length; start += 1) {
      if (!words.every((word, offset) => lemmas[start + offset] === word)) continue;
      score += kept.slice(start, start + words.length).some((token) => token.negated) ? WEIGHTS.negatedFailing : -WEIGHTS.failingPhrase;
      kept.slice(start, start + words.length).forEach((token) => used.add(token));
    }
  }
  return { score, used };
}

/** "should", "could", "would" asking for something, not looking back at it. */
function isSuggestingModal(tokens: readonly TextToken[], index: number): boolean {
  if (!WORDS.modals.has(tokens[index].normal)) return false;
  const next = tokens[index + 1]?.normal === 'not' ? tokens[index + 2] : tokens[index + 1];
  return !(next?.normal === 'have' && tokens[index].normal !== 'should');
}

/** A wish ("it would be great if", "could be more open") names what is missing with positive words. */
function isWish(tokens: readonly TextToken[]): boolean {
  return tokens.some((token, index) => isSuggestingModal(tokens, index) || (token.lemma === 'need' && tokens[index + 1]?.normal === 'to'));
}

/** Cue points of one clause: below zero reads constructive. */
function clauseScore(tokens: readonly TextToken[]): number {
  const phrases = failingPhrases(tokens);
  let score = phrases.score;
  tokens.forEach((token, index) => {
    if (phrases.used.has(token)) return;
    const next = tokens[index + 1];
    if (WORDS.suggestionWords.has(token.normal) || isSuggestingModal(tokens, index)) score -= WEIGHTS.suggestion;
    if (token.lemma === 'need' && next?.normal === 'to') score -= WEIGHTS.suggestion;
    // "few of them are seen through": not many; "a few" is some.
    if (token.normal === 'few' && tokens[index - 1]?.normal !== 'a') score -= WEIGHTS.suggestion;
    if (WORDS.negators.has(token.normal)) score -= WEIGHTS.negator;
    if (
      token.normal === 'too' &&
      next !== undefined &&
      (next.pos === 'ADJ' || next.pos === 'ADV' || next.pos === 'VERB' || next.normal === 'much' || next.normal === 'many')
    )
      score -= WEIGHTS.tooMuch;
    if (token.normal === 'not' && next?.normal === 'enough') score -= WEIGHTS.suggestion;
    if (token.stopWord) return;
    if (isFailing(token)) score += token.negated ? WEIGHTS.negatedFailing : -WEIGHTS.failing;
    else if (token.negated) score -= WEIGHTS.negatedNeutral;
  });
  return score;
}

function sentenceScore(sentence: TextSentence): number {
  // In a wish the positive words are what the rater misses, not what they see.
  const lexicon = WEIGHTS.lexicon * (isWish(sentence.tokens) ? Math.min(sentence.sentiment, 0) : sentence.sentiment);
  const turn = sentence.tokens.findIndex((token, index) => index > 0 && WORDS.contrastWords.has(token.normal));
  if (turn < 0) return lexicon + clauseScore(sentence.tokens);
  const before = clauseScore(sentence.tokens.slice(0, turn));
  const after = clauseScore(sentence.tokens.slice(turn + 1));
  // The lexicon score covers the whole sentence, so it is counted at the weight of the half it leans to.
  return WEIGHTS.beforeContrast * (before + Math.max(lexicon, 0)) + WEIGHTS.afterContrast * (after + Math.min(lexicon, 0));
}

/**
 * The sentiment what the question asks for settles, whatever the words: a stop suggestion is
 * constructive, and a continue suggestion or an answer to a question asking for strengths
 * positive; a start suggestion or an answer to a question asking for changes is constructive too,
 * unless the rater says there is nothing to change. Null for other free text, which must be read.
 */
export function settledSentiment(text: string, kind: CommentKind = 'text', asks?: QuestionAsks): CommentSentiment | null {
  if (kind === 'stop') return 'constructive';
  if (kind === 'continue' || asks === 'strengths') return 'positive';
  if (NOTHING_TO_CHANGE.test(text)) return 'positive';
  if (kind === 'start' || asks === 'changes') return 'constructive';
  return null;
}

/** The cues of feedback phrasing in a comment's sentences, summed: below zero reads constructive. */
export function sentimentCues(analysed: AnalysedText): number {
  return analysed.sentences.reduce((total, sentence) => total + sentenceScore(sentence), 0);
}

/** The sentiment the question settles, or else the one the cues read. */
export function commentSentiment(text: string, analysed: AnalysedText, kind: CommentKind = 'text', asks?: QuestionAsks): CommentSentiment {
  return settledSentiment(text, kind, asks) ?? (sentimentCues(analysed) < 0 ? 'constructive' : 'positive');
}
