import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSurveyCatalog, validateSurveyFiles } from './survey-catalog';
import { parsePracticeLibrary, parseSurveyDefinition } from './survey-parser';
import { SurveyValidationError, type SurveyValidationIssue } from './survey-validation.error';

const SURVEYS = join(__dirname, '..', '..', 'surveys');
const THEMES = ['vision', 'communication', 'decisions', 'developing-others', 'collaboration', 'execution', 'self-awareness', 'composure'];

const minimal = `
id: mini
version: 1
title: Mini
scale: { points: 3, labels: [Low, Mid, High], notObserved: N/A }
groups:
  - { id: self, label: Self, anonymous: false }
  - { id: peer, label: Peers, anonymous: true }
themes:
  - id: listening
    title: Listening
    keywords: [listen]
    items:
      - id: listening.one
        text: "{{leader}} listens"
        selfText: I listen
questions:
  - { id: notes, type: text, prompt: Anything else? }
`;

function issuesOf(yaml: string): SurveyValidationIssue[] {
  try {
    parseSurveyDefinition(yaml, 'surveys/mini.yaml');
    return [];
  } catch (error) {
    if (error instanceof SurveyValidationError) return error.issues;
    throw error;
  }
}

const summary = (issues: SurveyValidationIssue[]): string[] => issues.map((issue) => `${issue.path}: ${issue.message}`);

describe('the shipped survey definitions', () => {
  const catalog = loadSurveyCatalog(SURVEYS);

  it('load and validate, with the eight themes of the leadership 360', () => {
    expect(catalog.surveys.map((survey) => survey.id).sort()).toEqual(['boss-start-stop-continue', 'leadership-360', 'progress-pulse']);
    const full = catalog.byId('leadership-360');
    expect(full?.themes.map((theme) => theme.id)).toEqual(THEMES);
    for (const theme of full?.themes ?? []) {
      expect(theme.items.length).toBeGreaterThanOrEqual(3);
      expect(theme.items.length).toBeLessThanOrEqual(5);
      expect(theme.keywords.length).toBeGreaterThanOrEqual(12);
      for (const item of theme.items) {
        expect(item.text).toContain('{{leader}}');
        expect(item.selfText).not.toContain('{{leader}}');
      }
    }
    expect(full?.questions.map((question) => question.type)).toEqual(['text', 'text', 'start_stop_continue']);
    expect(full?.groups.find((group) => group.id === 'peer')).toEqual({ id: 'peer', label: 'Peers', anonymous: true, minResponses: 3 });
  });

  it('re-rates in the progress pulse exactly the items of the 360, plus one change item per theme', () => {
    const full = catalog.byId('leadership-360');
    const pulse = catalog.byId('progress-pulse');
    for (const theme of full?.themes ?? []) {
      const pulseTheme = pulse?.themes.find((candidate) => candidate.id === theme.id);
      expect(pulseTheme?.items.filter((item) => item.kind === 'likert')).toEqual(theme.items);
      expect(pulseTheme?.items.filter((item) => item.kind === 'change')).toHaveLength(1);
    }
    expect(pulse?.changeScale).toEqual({ min: -3, max: 3, labels: expect.arrayContaining(['No change']) });
  });

  it('ship a practice library of at least 40 entries covering every theme with each kind', () => {
    const practices = catalog.practices?.practices ?? [];
    expect(practices.length).toBeGreaterThanOrEqual(40);
    for (const theme of THEMES) {
      for (const kind of ['practice', 'exercise', 'reading'] as const) {
        expect([theme, kind, practices.some((practice) => practice.kind === kind && practice.themes.includes(theme))]).toEqual([theme, kind, true]);
      }
    }
    expect(practices.filter((practice) => practice.kind === 'reading').every((practice) => practice.source)).toBe(true);
  });
});

describe('parseSurveyDefinition', () => {
  it('applies defaults: min responses, item kind, question groups, classification rules from the scale', () => {
    const survey = parseSurveyDefinition(minimal, 'surveys/mini.yaml');
    expect(survey.groups).toEqual([
      { id: 'self', label: 'Self', anonymous: false, minResponses: 1 },
      { id: 'peer', label: 'Peers', anonymous: true, minResponses: 3 },
    ]);
    expect(survey.themes[0].items[0].kind).toBe('likert');
    expect(survey.questions[0].groups).toEqual(['self', 'peer']);
    expect(survey.report).toEqual({
      priorities: 3,
      classification: { blindSpotGap: 0.67, blindSpotGapInBottomThird: 0.75, hiddenStrengthGap: 0.67, hiddenStrengthGapInTopThird: 0.75, strengthMinAgreement: 0.5, mixedViewsBelowAgreement: 0.3 },
    });
  });

  it('names the file, line, path and reason of a missing key and of an unknown key', () => {
    const issues = issuesOf(minimal.replace('        selfText: I listen\n', '        selfTxt: I listen\n'));
    expect(issues).toEqual([
      { file: 'surveys/mini.yaml', path: 'themes[0].items[0].selfText', line: 14, message: 'is required' },
      { file: 'surveys/mini.yaml', path: 'themes[0].items[0].selfTxt', line: 16, message: "unknown key 'selfTxt'" },
    ]);
    expect(new SurveyValidationError(issues).message).toContain('surveys/mini.yaml:14: themes[0].items[0].selfText: is required');
  });

  it('reports every problem of a file at once', () => {
    const broken = minimal
      .replace('labels: [Low, Mid, High]', 'labels: [Low, High]')
      .replace('{ id: peer, label: Peers, anonymous: true }', '{ id: peers, label: Peers, anonymous: true }')
      .replace('"{{leader}} listens"', '"{{leader}} listens to {{boss}}"')
      .replace('{ id: notes, type: text, prompt: Anything else? }', '{ id: listening.one, type: essay, prompt: Anything else? }');
    expect(summary(issuesOf(broken))).toEqual([
      'groups[1].id: must be one of: self, boss, peer, direct_report, other',
      'questions[0].id: must be lowercase letters, digits and hyphens, starting with a letter (item ids may have one dot, e.g. communication.listens)',
      'questions[0].type: must be one of: text, start_stop_continue',
      'scale.labels: must have exactly 3 labels (one per point), found 2',
      "questions[0].id: 'listening.one' is already an item id: answers are keyed by id, so they must differ",
      "themes[0].items[0].text: unknown placeholder '{{boss}}' (only {{leader}} is available)",
    ]);
  });

  it('refuses duplicate ids, unknown question groups, anonymous groups of one and change items without a change scale', () => {
    const broken = minimal
      .replace('{ id: peer, label: Peers, anonymous: true }', '{ id: peer, label: Peers, anonymous: true, minResponses: 1 }')
      .replace('        selfText: I listen\n', '        selfText: I listen\n        kind: change\n      - id: listening.one\n        text: again\n        selfText: again\n')
      .replace('{ id: notes, type: text, prompt: Anything else? }', '{ id: notes, type: text, prompt: Anything else?, groups: [boss] }');
    expect(summary(issuesOf(broken))).toEqual([
      'groups[1].minResponses: must be at least 2 for an anonymous group (a group of one is not anonymous)',
      "themes[0].items[1].id: duplicate item id 'listening.one' (first used at themes[0].items[0].id)",
      "themes[0].items[0].kind: uses kind 'change', so the survey needs a changeScale",
      "questions[0].groups[0]: group 'boss' is not one of this survey's groups",
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    const issues = issuesOf('id: x\ntitle: [unclosed\nversion: 1\n');
    expect(issues[0]).toMatchObject({ file: 'surveys/mini.yaml', path: '(root)', message: expect.stringMatching(/^YAML syntax error/) });
    expect(issues[0].line).toBeGreaterThanOrEqual(2);
  });
});

describe('practice libraries and file validation', () => {
  it('refuses a practice tagged with an unknown theme', () => {
    const yaml = "id: p\nversion: 1\ntitle: P\npractices:\n  - { id: a, title: A, kind: practice, themes: [listening, charisma], howTo: 'Do it every single week.' }\n";
    expect(() => parsePracticeLibrary(yaml, 'surveys/p.yaml', new Set(['listening']))).toThrow("surveys/p.yaml:5: practices[0].themes[1]: unknown theme 'charisma' (known: listening)");
  });

  it('validates chosen files, checking a practice file against the surveys beside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'surveys-'));
    writeFileSync(join(dir, 'mini.yaml'), minimal);
    writeFileSync(join(dir, 'practices.yaml'), "id: p\nversion: 1\ntitle: P\npractices:\n  - { id: a, title: A, kind: reading, themes: [vision], howTo: 'Read it this week.' }\n");
    const issues = validateSurveyFiles([join(dir, 'practices.yaml')]);
    expect(issues.map((issue) => issue.message)).toEqual(["unknown theme 'vision' (known: listening)"]);
    expect(validateSurveyFiles([join(dir, 'mini.yaml')])).toEqual([]);
    writeFileSync(join(dir, 'copy.yaml'), readFileSync(join(dir, 'mini.yaml')));
    expect(() => loadSurveyCatalog(dir)).toThrow("'mini' is already the id of");
  });
});
