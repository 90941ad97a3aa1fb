import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSurveyCatalog, validateSurveyFiles } from './survey-catalog';
import { parsePracticeLibrary } from './survey-parser';
import { formatIssue, SurveyValidationError, type SurveyValidationIssue } from './survey-validation.error';

const survey = (id: string, themeId: string): string =>
  [
    `id: ${id}`,
    'version: 1',
    `title: ${id}`,
    'scale: { points: 3, labels: [Low, Mid, High], notObserved: N/A }',
    'groups:',
    '  - { id: self, label: Self, anonymous: false }',
    'themes:',
    `  - id: ${themeId}`,
    `    title: ${themeId}`,
    `    keywords: [${themeId}]`,
    `    items: [{ id: ${themeId}.one, text: "{{leader}} does it", selfText: I do it }]`,
    '',
  ].join('\n');

const LIBRARY = [
  'id: practices', //                                                              1
  'version: 1', //                                                                 2
  'title: Practices', //                                                           3
  'practices:', //                                                                 4
  '  - { id: journal, title: Journal, kind: practice, themes: [alpha], howTo: Write it down daily. }', // 5
  '  - { id: book, title: Book, kind: reading, themes: [beta], howTo: Read chapter one., source: Someone }', // 6
  '',
].join('\n');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'surveys-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function thrown(load: () => unknown): SurveyValidationIssue[] {
  try {
    load();
  } catch (error) {
    if (error instanceof SurveyValidationError) return error.issues;
    throw error;
  }
  throw new Error('nothing was thrown');
}

const messages = (issues: SurveyValidationIssue[]): string[] => issues.map((issue) => `${issue.path}: ${issue.message}`);

describe('parsePracticeLibrary', () => {
  it('returns the library when its themes are known', () => {
    const library = parsePracticeLibrary(LIBRARY, 'surveys/practices.yaml', new Set(['alpha', 'beta']));
    expect(library.practices.map((practice) => [practice.id, practice.kind, practice.themes])).toEqual([
      ['journal', 'practice', ['alpha']],
      ['book', 'reading', ['beta']],
    ]);
  });

  it('names a practice tagged with a theme no survey has, a repeated id and a reading without a source', () => {
    const broken = LIBRARY.replace('themes: [beta]', 'themes: [gamma]')
      .replace(', source: Someone', '')
      .concat('  - { id: journal, title: Again, kind: exercise, themes: [alpha], howTo: Do it again. }\n');
    const issues = thrown(() => parsePracticeLibrary(broken, 'surveys/practices.yaml', new Set(['alpha', 'beta'])));
    expect(issues.map(formatIssue)).toEqual([
      "surveys/practices.yaml:6: practices[1].themes[0]: unknown theme 'gamma' (known: alpha, beta)",
      'surveys/practices.yaml:6: practices[1].source: is required for a reading (author and title)',
      "surveys/practices.yaml:7: practices[2].id: duplicate practice id 'journal' (first used at practices[0].id)",
    ]);
  });

  it('checks the shape: kind, number of themes, unknown keys', () => {
    const broken = LIBRARY.replace('kind: practice', 'kind: habit')
      .replace('themes: [alpha]', 'themes: [alpha, beta, alpha, beta]')
      .replace('howTo: Read', 'how: Read');
    const issues = thrown(() => parsePracticeLibrary(broken, 'surveys/practices.yaml', new Set(['alpha', 'beta'])));
    expect(messages(issues)).toEqual([
      'practices[0].kind: must be one of: practice, exercise, reading',
      'practices[0].themes: must have at most 3 entries',
      "practices[0].themes[3]: repeats 'beta' (already at [1])",
      'practices[1].howTo: is required',
      "practices[1].how: unknown key 'how'",
    ]);
  });
});

describe('loadSurveyCatalog', () => {
  it('loads every survey of a folder and recognises the practice library by its practices key', () => {
    write('a.yaml', survey('first', 'alpha'));
    write('b.yml', survey('second', 'beta'));
    write('library.yaml', LIBRARY);
    write('notes.txt', 'not a definition');
    const catalog = loadSurveyCatalog(dir);
    expect(catalog.surveys.map((entry) => entry.id)).toEqual(['first', 'second']);
    expect(catalog.byId('second')?.themes[0].id).toBe('beta');
    expect(catalog.byId('third')).toBeUndefined();
    // Each practice's theme comes from a different survey: the library is checked against their union.
    expect(catalog.practices?.practices.map((practice) => practice.id)).toEqual(['journal', 'book']);
  });

  it('has no practice library when the folder has none', () => {
    write('a.yaml', survey('first', 'alpha'));
    expect(loadSurveyCatalog(dir).practices).toBeNull();
  });

  it('throws one error listing every problem of every file', () => {
    write('a.yaml', survey('first', 'alpha').replace('labels: [Low, Mid, High]', 'labels: [Low]').replace('I do it', 'I do it, kind: likrt'));
    write('b.yaml', 'id: second\nversion: [\n');
    write('c.yaml', survey('first', 'beta'));
    write('practices.yaml', LIBRARY.replace('themes: [beta]', 'themes: [gamma]'));
    const issues = thrown(() => loadSurveyCatalog(dir));
    expect(issues.map((issue) => formatIssue(issue).replaceAll(dir, '<dir>'))).toEqual([
      '<dir>/a.yaml:4: scale.labels: must have exactly 3 labels (one per point), found 1',
      '<dir>/a.yaml:11: themes[0].items[0].kind: must be one of: likert, change, followUp',
      '<dir>/b.yaml:2: (root): YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
      "<dir>/c.yaml:1: id: 'first' is already the id of <dir>/a.yaml",
      "<dir>/practices.yaml:6: practices[1].themes[0]: unknown theme 'gamma' (known: alpha, beta)",
    ]);
    expect(new SurveyValidationError(issues).message.split('\n')).toHaveLength(6);
  });

  it('still knows the themes of an invalid survey, so its practices are not reported as well', () => {
    write('a.yaml', survey('first', 'alpha').replace('version: 1', 'version: one'));
    write('b.yaml', survey('second', 'beta'));
    write('practices.yaml', LIBRARY);
    expect(messages(thrown(() => loadSurveyCatalog(dir)))).toEqual(['version: must be a whole number']);
  });

  it('refuses a missing folder and a folder without surveys', () => {
    expect(messages(thrown(() => loadSurveyCatalog(join(dir, 'nowhere'))))).toEqual(['(root): survey folder not found (set SURVEYS_DIR)']);
    expect(messages(thrown(() => loadSurveyCatalog(dir)))).toEqual(['(root): no survey definitions (*.yaml) found']);
  });
});

describe('validateSurveyFiles', () => {
  it('returns nothing for valid files', () => {
    const first = write('a.yaml', survey('first', 'alpha'));
    write('b.yaml', survey('second', 'beta'));
    const library = write('practices.yaml', LIBRARY);
    expect(validateSurveyFiles([first, library])).toEqual([]);
  });

  it('checks a practice library alone against the themes of the surveys in its own folder', () => {
    write('a.yaml', survey('first', 'alpha'));
    const library = write('practices.yaml', LIBRARY);
    expect(messages(validateSurveyFiles([library]))).toEqual(["practices[1].themes[0]: unknown theme 'beta' (known: alpha)"]);
  });

  it('reports only the files asked for, but a survey id taken by a file beside them', () => {
    write('a.yaml', survey('first', 'alpha').replace('version: 1', 'version: 0'));
    const copy = write('b.yaml', survey('first', 'beta'));
    expect(validateSurveyFiles([copy]).map((issue) => issue.message)).toEqual([expect.stringMatching(/^'first' is already the id of .*a\.yaml$/)]);
  });

  it('names files that are missing or not YAML', () => {
    expect(validateSurveyFiles([join(dir, 'absent.yaml'), join(dir, 'survey.schema.json')]).map((issue) => issue.message)).toEqual([
      'file not found',
      'is not a YAML file (.yaml or .yml)',
    ]);
  });
});
