import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { shippedTheming } from '../../test/factories/theming';
import { loadSurveyCatalog, validateSurveyFiles } from './survey-catalog';
import { defaultClassificationRules } from './survey-parser';
import type { SurveyDefinition, SurveyTheme } from './survey.types';

const SURVEYS = join(__dirname, '..', '..', 'surveys');
const THEMES = ['vision', 'communication', 'decisions', 'developing-others', 'collaboration', 'execution', 'self-awareness', 'composure'];
const ALL_GROUPS = ['self', 'boss', 'peer', 'direct_report', 'other'];

const catalog = loadSurveyCatalog(SURVEYS);
function shipped(id: string): SurveyDefinition {
  const survey = catalog.byId(id);
  if (!survey) throw new Error(`no shipped survey '${id}'`);
  return survey;
}
const full = shipped('leadership-360');
const items360 = new Map(full.themes.flatMap((theme) => theme.items.map((item) => [item.id, item])));
const prompts = (survey: SurveyDefinition): [string, string, string][] => survey.questions.map((question) => [question.id, question.type, question.prompt]);

describe('the shipped definitions', () => {
  it('all load, and the CLI check finds nothing wrong with any file', () => {
    expect(catalog.surveys.map((survey) => survey.id)).toEqual(['boss-start-stop-continue', 'leadership-360', 'progress-pulse']);
    const files = readdirSync(SURVEYS)
      .filter((name) => name.endsWith('.yaml'))
      .map((name) => join(SURVEYS, name));
    expect(files).toHaveLength(4);
    expect(validateSurveyFiles(files)).toEqual([]);
  });

  it('give every item of every survey a rater text with {{leader}} and a self text without it', () => {
    for (const item of catalog.surveys.flatMap((survey) => survey.themes.flatMap((theme) => theme.items))) {
      expect([item.id, item.text.includes('{{leader}}'), item.selfText.includes('{{leader}}')]).toEqual([item.id, true, false]);
    }
    for (const question of catalog.surveys.flatMap((survey) => survey.questions)) {
      expect([question.id, question.prompt.includes('{{leader}}'), question.selfPrompt?.includes('{{leader}}')]).toEqual([question.id, true, false]);
    }
  });
});

describe('leadership-360', () => {
  it('has the five groups, anonymous above one rater only', () => {
    expect(full.groups).toEqual([
      { id: 'self', label: 'Self', anonymous: false, minResponses: 1, minCommentResponses: 1 },
      { id: 'boss', label: 'Manager', anonymous: false, minResponses: 1, minCommentResponses: 1 },
      { id: 'peer', label: 'Peers', anonymous: true, minResponses: 3, minCommentResponses: 3 },
      { id: 'direct_report', label: 'Direct reports', anonymous: true, minResponses: 3, minCommentResponses: 3 },
      { id: 'other', label: 'Others', anonymous: true, minResponses: 3, minCommentResponses: 3 },
    ]);
    expect(full.scale).toEqual({ points: 5, labels: ['Rarely', 'Sometimes', 'Often', 'Usually', 'Almost always'], notObserved: "Not observed / don't know" });
  });

  // Keywords carry the words raters use for each behaviour, not only its name: a few dozen, not hundreds.
  it('has the eight themes, each with 3-5 items named after it and 12-40 keywords', () => {
    expect(full.themes.map((theme) => theme.id)).toEqual(THEMES);
    for (const theme of full.themes) {
      expect([theme.id, theme.items.length >= 3 && theme.items.length <= 5, theme.keywords.length >= 12 && theme.keywords.length <= 40]).toEqual([
        theme.id,
        true,
        true,
      ]);
      expect(theme.description).toMatch(/^[A-Z].*\.$/);
      for (const item of theme.items) expect(item.id).toMatch(new RegExp(`^${theme.id}\\.[a-z][a-z-]*$`));
    }
  });

  it('asks for strengths, one change and start/stop/continue, of every group', () => {
    expect(prompts(full)).toEqual([
      ['strengths', 'text', 'What does {{leader}} do particularly well that they should keep doing?'],
      ['change', 'text', 'What one thing could {{leader}} do differently that would make the biggest difference?'],
      ['ssc', 'start_stop_continue', 'What should {{leader}} start, stop and continue doing?'],
    ]);
    for (const question of full.questions) expect(question.groups).toEqual(ALL_GROUPS);
  });

  it('writes out the default report rules, so coaches see where to tune them', () => {
    const raw = parse(readFileSync(join(SURVEYS, 'leadership-360.yaml'), 'utf8')) as { report: unknown };
    expect(raw.report).toEqual({ priorities: 3, classification: defaultClassificationRules(5) });
  });

  // The keywords are there to theme what raters write; these are comments of the kind they write.
  it.each<[string, string]>([
    ['vision', 'I never really know where we are going or what the big picture is.'],
    ['vision', 'She is inspiring when she talks about the future of the business.'],
    ['communication', 'He interrupts people in meetings and rarely listens to the end.'],
    ['communication', 'Emails are long and unclear; I often feel out of the loop.'],
    ['decisions', 'Decisions take forever and then get reversed a week later.'],
    ['decisions', 'Very decisive, makes the tough calls when others hesitate.'],
    ['developing-others', 'Stop micromanaging and delegate more to the team.'],
    ['developing-others', 'Great coach, gives me honest feedback and cares about my career.'],
    ['collaboration', 'Works in a silo and can be territorial with other teams.'],
    ['collaboration', 'Builds strong relationships with stakeholders across the business.'],
    ['execution', 'Delivers results and always follows through on commitments.'],
    ['execution', 'Too many priorities at once, and deadlines slip.'],
    ['self-awareness', 'Gets defensive when challenged and rarely admits a mistake.'],
    ['self-awareness', 'Does not seem aware of how he comes across in the room.'],
    ['composure', 'Loses his temper under pressure and raises his voice.'],
    ['composure', 'Stays calm in a crisis; a steady presence for the team.'],
  ])('themes a comment about %s: "%s"', async (themeId, comment) => {
    expect(await shippedTheming().themesForComment(comment, full.themes)).toContain(themeId);
  });
});

/** The same behaviour must carry the same id and words everywhere, or baseline and re-rating would not compare. */
function expectSameAs360(theme: SurveyTheme): void {
  const original = full.themes.find((candidate) => candidate.id === theme.id);
  expect([theme.id, theme.title, theme.keywords]).toEqual([theme.id, original?.title, original?.keywords]);
  for (const item of theme.items.filter((entry) => entry.kind === 'likert')) expect(item).toEqual(items360.get(item.id));
}

describe('boss-start-stop-continue', () => {
  const boss = shipped('boss-start-stop-continue');

  it('is answered by the manager and the leader, both identified', () => {
    expect(boss.groups).toEqual([
      { id: 'boss', label: 'Manager', anonymous: false, minResponses: 1, minCommentResponses: 1 },
      { id: 'self', label: 'Self', anonymous: false, minResponses: 1, minCommentResponses: 1 },
    ]);
  });

  it('rates 5-8 behaviours of the 360, worded as in the 360', () => {
    const items = boss.themes.flatMap((theme) => theme.items);
    expect(items.length).toBeGreaterThanOrEqual(5);
    expect(items.length).toBeLessThanOrEqual(8);
    expect(boss.themes.every((theme) => THEMES.includes(theme.id))).toBe(true);
    boss.themes.forEach(expectSameAs360);
  });

  it('asks what to start, stop and continue to succeed here, and what success looks like in a year', () => {
    expect(prompts(boss)[0]).toEqual([
      'ssc',
      'start_stop_continue',
      'To succeed in this organization over the next year, what should {{leader}} start, stop and continue doing?',
    ]);
    expect(prompts(boss)[1]).toEqual(['success', 'text', expect.stringMatching(/^Twelve months from now/)]);
    for (const question of boss.questions) expect(question.groups).toEqual(['boss', 'self']);
  });
});

describe('progress-pulse', () => {
  const pulse = shipped('progress-pulse');

  it('asks the same groups as the 360, on a -3..+3 change scale', () => {
    expect(pulse.groups).toEqual(full.groups);
    expect(pulse.changeScale).toEqual({
      min: -3,
      max: 3,
      labels: ['Much worse', 'Worse', 'Slightly worse', 'No change', 'Slightly better', 'Better', 'Much better'],
    });
  });

  it('re-rates exactly the items of the 360 under every theme', () => {
    expect(pulse.themes.map((theme) => theme.id)).toEqual(THEMES);
    for (const theme of pulse.themes) {
      expect(theme.items).toEqual(full.themes.find((original) => original.id === theme.id)?.items);
      expectSameAs360(theme);
    }
  });

  it('asks per focus goal how much more effective the leader became, how often they followed up, and one suggestion', () => {
    expect(pulse.followUpScale).toEqual({ labels: ['Never', 'Once', 'A few times', 'Regularly'] });
    expect(pulse.perGoal?.items.map((item) => [item.id, item.kind, /\{\{goal\}\}/.test(item.text), /\{\{goal\}\}/.test(item.selfText)])).toEqual([
      ['change', 'change', true, true],
      ['follow-up', 'followUp', true, true],
    ]);
    expect(pulse.perGoal?.questions.map((question) => [question.id, question.type, question.groups])).toEqual([
      ['suggestion', 'text', ['self', 'boss', 'peer', 'direct_report', 'other']],
    ]);
  });

  it('reads in French as the 360 does: the same groups, themes and re-rated items, the same scale', () => {
    const fr = pulse.translations?.fr;
    const fr360 = full.translations?.fr;
    expect(fr?.groups).toEqual(fr360?.groups);
    expect(fr?.themes).toEqual(fr360?.themes);
    expect(fr?.scale).toEqual(fr360?.scale);
    expect(fr?.items).toEqual(fr360?.items);
    expect(fr?.changeScale?.labels).toHaveLength(7);
    expect(fr?.followUpScale).toEqual({ labels: ['Jamais', 'Une fois', 'Quelques fois', 'Régulièrement'] });
    expect(Object.keys(fr?.perGoal?.items ?? {})).toEqual(['change', 'follow-up']);
    for (const item of Object.values(fr?.perGoal?.items ?? {}))
      expect([item.text.includes('{{goal}}'), item.selfText.includes('{{goal}}')]).toEqual([true, true]);
  });

  it('asks what changed and what to do more of', () => {
    expect(prompts(pulse)).toEqual([
      ['noticed', 'text', 'What has {{leader}} done differently that you noticed?'],
      ['more', 'text', 'What should {{leader}} do more of?'],
    ]);
  });
});

describe('practices', () => {
  const practices = catalog.practices?.practices ?? [];

  it('offer at least 40 entries, each theme with several of each kind', () => {
    expect(practices.length).toBeGreaterThanOrEqual(40);
    for (const theme of THEMES) {
      for (const kind of ['practice', 'exercise', 'reading'] as const) {
        const count = practices.filter((practice) => practice.kind === kind && practice.themes.includes(theme)).length;
        expect([theme, kind, count >= 2]).toEqual([theme, kind, true]);
      }
    }
  });

  it('name the source of every reading and say in one line how to start', () => {
    for (const practice of practices) {
      expect([practice.id, practice.kind !== 'reading' || Boolean(practice.source), /^[^\n]{10,}[.?!"]$/.test(practice.howTo)]).toEqual([
        practice.id,
        true,
        true,
      ]);
    }
  });

  it('include the classics of coaching practice and reading', () => {
    const ids = practices.map((practice) => practice.id);
    for (const id of [
      'feedforward',
      'stakeholder-check-ins',
      'listening-tour',
      'pre-mortem',
      'decision-journal',
      'delegation-ladder',
      'coaching-one-to-ones',
      'pause-before-responding',
    ]) {
      expect(ids).toContain(id);
    }
    const sources = practices.map((practice) => practice.source ?? '').join('\n');
    for (const work of [
      'Radical Candor',
      'The Coaching Habit',
      "What Got You Here Won't Get You There",
      'Immunity to Change',
      'Thanks for the Feedback',
      'Multipliers',
      'Decisive',
      'Turn the Ship Around!',
      'The 4 Disciplines of Execution',
    ]) {
      expect(sources).toContain(`"${work}`);
    }
  });
});
