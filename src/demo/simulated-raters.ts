import { commentBankFor } from './rater-comments';
import { expectedRating, notObservedChance } from './rater-profile';
import { seededRandom } from './seeded-random';

/** The part of the questionnaire JSON (GET /api/responses/:token) the simulation needs. */
export interface DemoQuestionnaire {
  group: { id: string };
  scale: { points: number };
  changeScale?: { min: number; max: number } | null;
  followUpScale?: { labels: string[] } | null;
  items: { id: string; themeId: string; kind?: string }[];
  questions: { id: string; type: 'text' | 'start_stop_continue' }[];
}

export interface StartStopContinue {
  start?: string;
  stop?: string;
  continue?: string;
}

export type DemoAnswers = Record<string, number | null | string | StartStopContinue>;

/**
 * `ordinal` is the rater's place in their group, so that two peers never write the same sentence.
 * `growth`, for the mid and final reviews, is how many scale points the leader has grown on a
 * theme as this rater sees it: it lifts the theme's ratings and centres the change question.
 */
export interface SimulatedRater {
  seed: number;
  ordinal: number;
  growth?: Readonly<Record<string, number>>;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Roughly bell-shaped noise in [-1, 1]: most ratings land on the rater's expected value or next to it. */
function noise(random: () => number): number {
  return random() + random() - 1;
}

function nth<T>(choices: readonly T[], index: number): T {
  return choices[index % choices.length];
}

function rating(
  questionnaire: DemoQuestionnaire,
  item: DemoQuestionnaire['items'][number],
  bias: number,
  random: () => number,
  growth: Readonly<Record<string, number>> | undefined,
): number {
  const grown = growth?.[item.themeId] ?? 0;
  if (item.kind === 'followUp') {
    // Raters who saw the leader grow mostly are those the leader kept coming back to.
    const levels = questionnaire.followUpScale?.labels.length ?? 4;
    return clamp(Math.round(1.5 + grown * 2.5 + bias + noise(random) * 1.2), 1, levels);
  }
  if (item.kind === 'change') {
    const { min, max } = questionnaire.changeScale ?? { min: -3, max: 3 };
    // Without a growth profile, a mild improvement; with one, what this rater saw, the leader a little more.
    const seen = growth === undefined ? 1 : grown * 2;
    const centre = questionnaire.group.id === 'self' ? seen + 0.5 : seen;
    return clamp(Math.round(centre + bias * 2 + noise(random) * 1.2), min, max);
  }
  const points = questionnaire.scale.points;
  const onFivePoints = expectedRating(questionnaire.group.id, item.themeId, item.id) + grown + bias + noise(random) * 0.9;
  // The profile is written for five points; other scales get the same shape, stretched.
  return clamp(Math.round(1 + ((onFivePoints - 1) * (points - 1)) / 4), 1, points);
}

function startStopContinue(groupId: string, ordinal: number, random: () => number): StartStopContinue {
  const bank = commentBankFor(groupId);
  const answer: StartStopContinue = {};
  if (random() < 0.9) answer.start = nth(bank.start, ordinal);
  if (random() < 0.8) answer.stop = nth(bank.stop, ordinal);
  if (random() < 0.9 || (!answer.start && !answer.stop)) answer.continue = nth(bank.continue, ordinal);
  return answer;
}

/**
 * Plausible answers of one rater: ratings around the sample profile with a personal bias and
 * noise, some "not observed" (null), and comments in natural language. Deterministic per seed.
 */
export function simulateAnswers(questionnaire: DemoQuestionnaire, rater: SimulatedRater): DemoAnswers {
  const random = seededRandom(rater.seed);
  const groupId = questionnaire.group.id;
  // Some people rate generously, some strictly; the leader's own bias is already in the profile.
  const bias = groupId === 'self' ? 0 : (random() - 0.5) * 0.7;
  const answers: DemoAnswers = {};
  for (const item of questionnaire.items) {
    answers[item.id] = random() < notObservedChance(groupId, item.themeId) ? null : rating(questionnaire, item, bias, random, rater.growth);
  }
  const bank = commentBankFor(groupId);
  const writesEverything = groupId === 'self' || groupId === 'boss';
  for (const question of questionnaire.questions) {
    if (question.type === 'start_stop_continue') {
      answers[question.id] = startStopContinue(groupId, rater.ordinal, random);
    } else if (question.id.includes('strength')) {
      if (writesEverything || random() < 0.9) answers[question.id] = nth(bank.strengths, rater.ordinal);
    } else if (writesEverything || random() < 0.85) {
      answers[question.id] = nth(bank.change, rater.ordinal);
    }
  }
  return answers;
}

/** What a rater has filled in when they stop halfway: the first `count` answers, in form order. */
export function partialAnswers(answers: DemoAnswers, count: number): DemoAnswers {
  return Object.fromEntries(Object.entries(answers).slice(0, count));
}
