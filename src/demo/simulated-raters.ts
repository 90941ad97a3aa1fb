import { pick, seededRandom } from './seeded-random';

/** The part of the questionnaire JSON the simulation needs. */
export interface DemoQuestionnaire {
  group: { id: string };
  scale: { points: number };
  items: { id: string; themeId: string; kind: string }[];
  questions: { id: string; type: 'text' | 'start_stop_continue' }[];
}

export type DemoAnswers = Record<string, number | null | string | { start?: string; stop?: string; continue?: string }>;

/**
 * The sample leader: strong on execution and vision, weaker at developing others, and seeing
 * their own communication far more favourably than others do (a blind spot).
 */
const OTHERS_VIEW: Record<string, number> = {
  vision: 4.2,
  communication: 3.0,
  decisions: 3.8,
  'developing-others': 2.8,
  collaboration: 3.6,
  execution: 4.5,
  'self-awareness': 3.3,
  composure: 3.9,
};
const SELF_VIEW: Record<string, number> = { ...OTHERS_VIEW, communication: 4.6, 'developing-others': 3.4, execution: 4.3, 'self-awareness': 4.0 };

const STRENGTHS = [
  'Alex delivers: when Alex commits to a deadline, the team knows it will be met.',
  'Clear sense of direction; Alex explains the strategy and why it matters.',
  'Calm under pressure during the outage last spring, which steadied everyone.',
  'Very organised and focused on results, priorities are always clear.',
  'Builds good relationships with other departments and partners.',
  'Decisive when it counts, and explains the trade-offs behind a decision.',
];
const CHANGES = [
  'Listen more in meetings instead of interrupting people before they finish.',
  'Delegate real decisions to the team; the micromanagement slows us down.',
  'Give feedback more often, not only at review time; people want to grow.',
  'Ask for input before deciding, and admit it when something went wrong.',
  'Take time to coach the newer people on the team rather than fixing things yourself.',
  'Be more open to criticism; the defensiveness makes people stop raising issues.',
];
const STARTS = ['Start delegating ownership of whole projects.', 'Start holding regular career conversations with the team.', 'Start asking questions before giving answers in 1:1s.', 'Start sharing updates from leadership meetings.'];
const STOPS = ['Stop interrupting people in meetings.', 'Stop rewriting other people\'s work late at night.', 'Stop deciding alone on things the team owns.', 'Stop checking every detail of our work.'];
const CONTINUES = ['Continue setting clear priorities every week.', 'Continue being calm when things go wrong.', 'Continue the monthly strategy sessions.', 'Continue protecting the team from last-minute requests.'];
const SELF_STRENGTHS = 'I deliver on my commitments and I communicate clearly with my team.';
const SELF_CHANGE = 'I could delegate more and spend more time developing my people.';

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Plausible answers of one rater: ratings around the profile with personal bias and noise, some "not observed". */
export function simulateAnswers(questionnaire: DemoQuestionnaire, seed: number): DemoAnswers {
  const random = seededRandom(seed);
  const self = questionnaire.group.id === 'self';
  const view = self ? SELF_VIEW : OTHERS_VIEW;
  const bias = (random() - 0.5) * 0.8;
  const notObserved = questionnaire.group.id === 'boss' ? 0.04 : self ? 0 : 0.1;
  const answers: DemoAnswers = {};
  for (const item of questionnaire.items) {
    if (random() < notObserved) {
      answers[item.id] = null;
      continue;
    }
    if (item.kind === 'change') {
      answers[item.id] = clamp(Math.round(1 + bias + (random() - 0.5) * 2), -3, 3);
      continue;
    }
    const centre = view[item.themeId] ?? 3.5;
    answers[item.id] = clamp(Math.round(centre + bias + (random() - 0.5) * 1.6), 1, questionnaire.scale.points);
  }
  for (const question of questionnaire.questions) {
    if (question.type === 'start_stop_continue') {
      answers[question.id] = { start: pick(random, STARTS), stop: pick(random, STOPS), continue: pick(random, CONTINUES) };
    } else if (question.id === 'strengths') {
      answers[question.id] = self ? SELF_STRENGTHS : pick(random, STRENGTHS);
    } else if (random() < 0.85) {
      answers[question.id] = self ? SELF_CHANGE : pick(random, CHANGES);
    }
  }
  return answers;
}
