import { parseSurveyDefinition } from './survey-parser';
import { formatIssue, SurveyValidationError, type SurveyValidationIssue } from './survey-validation.error';

// Line numbers in the expectations below count from `id: mini` as line 1.
const MINIMAL = [
  'id: mini', //                                                       1
  'version: 1', //                                                     2
  'title: Mini', //                                                    3
  'scale: { points: 3, labels: [Low, Mid, High], notObserved: N/A }', // 4
  'groups:', //                                                        5
  '  - { id: self, label: Self, anonymous: false }', //                6
  '  - { id: peer, label: Peers, anonymous: true }', //                7
  'themes:', //                                                        8
  '  - id: listening', //                                              9
  '    title: Listening', //                                           10
  '    keywords: [listen]', //                                         11
  '    items:', //                                                     12
  '      - id: listening.one', //                                      13
  '        text: "{{leader}} listens"', //                             14
  '        selfText: I listen', //                                     15
  'questions:', //                                                     16
  '  - { id: notes, type: text, prompt: Anything else? }', //          17
].join('\n');

const FILE = 'surveys/mini.yaml';

function edited(...edits: [string, string][]): string {
  return edits.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`fixture has no '${from}'`);
    return text.replace(from, to);
  }, MINIMAL);
}

function issuesOf(yaml: string): SurveyValidationIssue[] {
  try {
    parseSurveyDefinition(yaml, FILE);
  } catch (error) {
    if (error instanceof SurveyValidationError) return error.issues;
    throw error;
  }
  throw new Error('the definition was accepted');
}

const lines = (issues: SurveyValidationIssue[]): string[] => issues.map(formatIssue);

describe('parseSurveyDefinition: defaults', () => {
  it('fills in item kind, min responses by anonymity, question groups, priorities and classification rules', () => {
    const survey = parseSurveyDefinition(MINIMAL, FILE);
    expect(survey.groups).toEqual([
      { id: 'self', label: 'Self', anonymous: false, minResponses: 1, minCommentResponses: 1 },
      { id: 'peer', label: 'Peers', anonymous: true, minResponses: 3, minCommentResponses: 3 },
    ]);
    expect(survey.themes[0].items[0]).toEqual({ id: 'listening.one', text: '{{leader}} listens', selfText: 'I listen', kind: 'likert' });
    expect(survey.questions[0].groups).toEqual(['self', 'peer']);
    expect(survey.report).toEqual({
      priorities: 3,
      classification: {
        blindSpotGap: 0.67,
        blindSpotGapInBottomThird: 0.75,
        hiddenStrengthGap: 0.67,
        hiddenStrengthGapInTopThird: 0.75,
        strengthMinAgreement: 0.5,
        mixedViewsBelowAgreement: 0.3,
      },
    });
  });

  it('derives the gap thresholds from the scale (a third of its range) and keeps what the file sets', () => {
    const fivePoint = edited(['points: 3, labels: [Low, Mid, High]', 'points: 5, labels: ["1", "2", "3", "4", "5"]']);
    expect(parseSurveyDefinition(fivePoint, FILE).report.classification.blindSpotGap).toBe(1.33);
    const tuned = `${fivePoint}\nreport:\n  priorities: 2\n  classification: { hiddenStrengthGap: 1, strengthMinAgreement: 0.6 }\n`;
    expect(parseSurveyDefinition(tuned, FILE).report).toEqual({
      priorities: 2,
      classification: {
        blindSpotGap: 1.33,
        blindSpotGapInBottomThird: 0.75,
        hiddenStrengthGap: 1,
        hiddenStrengthGapInTopThird: 0.75,
        strengthMinAgreement: 0.6,
        mixedViewsBelowAgreement: 0.3,
      },
    });
  });

  it('keeps explicit values over defaults', () => {
    const survey = parseSurveyDefinition(
      edited(
        ['{ id: peer, label: Peers, anonymous: true }', '{ id: peer, label: Peers, anonymous: true, minResponses: 5 }'],
        ['prompt: Anything else? }', 'prompt: Anything else?, groups: [peer] }'],
      ),
      FILE,
    );
    expect(survey.groups[1].minResponses).toBe(5);
    expect(survey.groups[1].minCommentResponses).toBe(5);
    expect(survey.questions[0].groups).toEqual(['peer']);
  });

  it('keeps what a text question asks for, and leaves it out where the file says nothing', () => {
    expect(parseSurveyDefinition(edited(['prompt: Anything else? }', 'prompt: What works?, asks: strengths }']), FILE).questions[0].asks).toBe('strengths');
    expect(parseSurveyDefinition(MINIMAL, FILE).questions[0]).not.toHaveProperty('asks');
  });

  it('keeps a higher bar for a group’s comments than for its figures', () => {
    const survey = parseSurveyDefinition(
      edited(['{ id: peer, label: Peers, anonymous: true }', '{ id: peer, label: Peers, anonymous: true, minCommentResponses: 5 }']),
      FILE,
    );
    expect([survey.groups[1].minResponses, survey.groups[1].minCommentResponses]).toEqual([3, 5]);
  });
});

describe('parseSurveyDefinition: each problem names file, line, path and reason', () => {
  it.each<[string, [string, string][], string[]]>([
    [
      'a misspelt key: the key it replaces is missing and the typo is unknown',
      [['selfText: I listen', 'selfTxt: I listen']],
      ['surveys/mini.yaml:13: themes[0].items[0].selfText: is required', "surveys/mini.yaml:15: themes[0].items[0].selfTxt: unknown key 'selfTxt'"],
    ],
    [
      'a label count that differs from the points',
      [['labels: [Low, Mid, High]', 'labels: [Low, High]']],
      ['surveys/mini.yaml:4: scale.labels: must have exactly 3 labels (one per point), found 2'],
    ],
    [
      'a group id outside the five',
      [['{ id: peer,', '{ id: peers,']],
      ['surveys/mini.yaml:7: groups[1].id: must be one of: self, boss, peer, direct_report, other'],
    ],
    [
      'an item id used twice',
      [['selfText: I listen', 'selfText: I listen\n      - { id: listening.one, text: again, selfText: again }']],
      ["surveys/mini.yaml:16: themes[0].items[1].id: duplicate item id 'listening.one' (first used at themes[0].items[0].id)"],
    ],
    [
      'a placeholder other than {{leader}}',
      [['"{{leader}} listens"', '"{{leader}} listens to {{ boss }}"']],
      ["surveys/mini.yaml:14: themes[0].items[0].text: unknown placeholder '{{ boss }}' (only {{leader}} is available)"],
    ],
    [
      'a placeholder with a missing brace',
      [['"{{leader}} listens"', '"{{leader} listens"']],
      ["surveys/mini.yaml:14: themes[0].items[0].text: has an unmatched '{{' or '}}' (write the placeholder as {{leader}})"],
    ],
    [
      'an anonymous group of one',
      [['{ id: peer, label: Peers, anonymous: true }', '{ id: peer, label: Peers, anonymous: true, minResponses: 1 }']],
      ['surveys/mini.yaml:7: groups[1].minResponses: must be at least 2 for an anonymous group (a group of one is not anonymous)'],
    ],
    [
      'a comment threshold below the group’s threshold for figures',
      [['{ id: peer, label: Peers, anonymous: true }', '{ id: peer, label: Peers, anonymous: true, minResponses: 4, minCommentResponses: 3 }']],
      ['surveys/mini.yaml:7: groups[1].minCommentResponses: must be at least minResponses (4): comments may need more raters than scores, never fewer'],
    ],
    [
      'an anonymous self group',
      [['{ id: self, label: Self, anonymous: false }', '{ id: self, label: Self, anonymous: true, minResponses: 2 }']],
      ['surveys/mini.yaml:6: groups[0].anonymous: must be false for the self group: it is the leader alone'],
    ],
    [
      'a question shown to a group the survey does not have',
      [['prompt: Anything else? }', 'prompt: Anything else?, groups: [self, boss] }']],
      ["surveys/mini.yaml:17: questions[0].groups[1]: group 'boss' is not one of this survey's groups"],
    ],
    [
      'a misspelt group on a question, said once',
      [['prompt: Anything else? }', 'prompt: Anything else?, groups: [self, peeer] }']],
      ['surveys/mini.yaml:17: questions[0].groups[1]: must be one of: self, boss, peer, direct_report, other'],
    ],
    [
      'a question with the id of an item',
      [
        ['{ id: notes,', '{ id: listening,'],
        ['- id: listening.one', '- id: listening'],
      ],
      ["surveys/mini.yaml:17: questions[0].id: 'listening' is already an item id (themes[0].items[0].id); question and item ids must differ"],
    ],
    [
      'a change item without a change scale',
      [['selfText: I listen', 'selfText: I listen\n        kind: change']],
      ["surveys/mini.yaml:16: themes[0].items[0].kind: kind 'change' needs a changeScale (e.g. min: -3, max: 3 and 7 labels)"],
    ],
    [
      'a change scale with a label missing',
      [['groups:', 'changeScale: { min: -1, max: 1, labels: [Worse, Better] }\ngroups:']],
      ['surveys/mini.yaml:5: changeScale.labels: must have exactly 3 labels (one per point from -1 to 1), found 2'],
    ],
    [
      'a theme without items',
      [['    items:\n      - id: listening.one\n        text: "{{leader}} listens"\n        selfText: I listen\n', '    items: []\n']],
      ['surveys/mini.yaml:12: themes[0].items: a theme needs at least one item'],
    ],
    [
      'a label written as a number',
      [['labels: [Low, Mid, High]', 'labels: [1, Mid, High]']],
      ['surveys/mini.yaml:4: scale.labels[0]: must be text (write it in quotes: "1")'],
    ],
    [
      'a theme id used twice',
      [['questions:', '  - { id: listening, title: Again, keywords: [], items: [{ id: again.one, text: a, selfText: b }] }\nquestions:']],
      ["surveys/mini.yaml:16: themes[1].id: duplicate theme id 'listening' (first used at themes[0].id)"],
    ],
    [
      'a keyword listed twice',
      [['keywords: [listen]', 'keywords: [listen, hear, listen]']],
      ["surveys/mini.yaml:11: themes[0].keywords[2]: repeats 'listen' (already at [0])"],
    ],
    [
      'an id with capitals',
      [['id: mini', 'id: Mini']],
      ['surveys/mini.yaml:1: id: must be lowercase letters, digits and hyphens, starting with a letter (e.g. developing-others)'],
    ],
    [
      'a question type outside the two',
      [['type: text', 'type: essay']],
      ['surveys/mini.yaml:17: questions[0].type: must be one of: text, start_stop_continue'],
    ],
    [
      'a question asking for something the product does not know',
      [['prompt: Anything else? }', 'prompt: Anything else?, asks: praise }']],
      ['surveys/mini.yaml:17: questions[0].asks: must be one of: strengths, changes'],
    ],
    [
      'start/stop/continue saying what it asks for',
      [['{ id: notes, type: text, prompt: Anything else? }', '{ id: notes, type: start_stop_continue, prompt: Start stop continue?, asks: changes }']],
      ['surveys/mini.yaml:17: questions[0].asks: is for text questions only: start, stop and continue say what they ask for'],
    ],
    ['a scale of one point', [['points: 3, labels: [Low, Mid, High]', 'points: 1, labels: [Only]']], ['surveys/mini.yaml:4: scale.points: must be at least 2']],
    ['an empty text', [['selfText: I listen', 'selfText:']], ['surveys/mini.yaml:15: themes[0].items[0].selfText: is empty']],
    [
      'a gap threshold no gap can exceed',
      [['questions:', 'report: { classification: { blindSpotGap: 2 } }\nquestions:']],
      ['surveys/mini.yaml:16: report.classification.blindSpotGap: must be less than 2: no gap on a 3-point scale can exceed it'],
    ],
  ])('%s', (_, edits, expected) => {
    expect(lines(issuesOf(edited(...edits)))).toEqual(expected);
  });

  it('reports every problem of a file at once, in line order, schema and semantic alike', () => {
    const broken = edited(
      ['labels: [Low, Mid, High]', 'labels: [Low, High]'],
      ['{ id: peer,', '{ id: peers,'],
      ['"{{leader}} listens"', '"{{leader}} listens to {{boss}}"'],
      ['selfText: I listen', 'selfTxt: I listen\n      - { id: listening.one, text: again, selfText: again }'],
      ['type: text', 'type: essay'],
    );
    const issues = issuesOf(broken);
    expect(lines(issues)).toEqual([
      'surveys/mini.yaml:4: scale.labels: must have exactly 3 labels (one per point), found 2',
      'surveys/mini.yaml:7: groups[1].id: must be one of: self, boss, peer, direct_report, other',
      'surveys/mini.yaml:13: themes[0].items[0].selfText: is required',
      "surveys/mini.yaml:14: themes[0].items[0].text: unknown placeholder '{{boss}}' (only {{leader}} is available)",
      "surveys/mini.yaml:15: themes[0].items[0].selfTxt: unknown key 'selfTxt'",
      "surveys/mini.yaml:16: themes[0].items[1].id: duplicate item id 'listening.one' (first used at themes[0].items[0].id)",
      'surveys/mini.yaml:18: questions[0].type: must be one of: text, start_stop_continue',
    ]);
    expect(issues[0]).toEqual({ file: FILE, path: 'scale.labels', line: 4, message: 'must have exactly 3 labels (one per point), found 2' });
    const message = new SurveyValidationError(issues).message;
    expect(message.split('\n')).toHaveLength(1 + issues.length);
    expect(message).toContain('\n  surveys/mini.yaml:13: themes[0].items[0].selfText: is required\n');
  });

  it('reports YAML syntax errors with the file and line', () => {
    expect(issuesOf('id: x\nversion: 1\nversion: 2\n')).toEqual([
      { file: FILE, path: '(root)', line: 3, message: 'YAML syntax error: Map keys must be unique' },
    ]);
    expect(lines(issuesOf('id: x\ngroups:\n  - id: self\n   label: Self\n'))).toEqual([
      'surveys/mini.yaml:4: (root): YAML syntax error: Sequence item without - indicator',
    ]);
    // A [, { or quote left open is noticed where what it swallowed ends; it is reported where it opens.
    expect(lines(issuesOf('id: x\nversion: [\n'))).toEqual([
      'surveys/mini.yaml:2: (root): YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
    expect(lines(issuesOf('id: x\ngroups:\n  - { id: self, label: Self\n  - { id: peer }\n'))).toEqual([
      'surveys/mini.yaml:3: (root): YAML syntax error: Flow map in block collection must be sufficiently indented and end with a }',
    ]);
    expect(lines(issuesOf('id: x\ntitle: "Mini\nversion: 1\n'))).toEqual(['surveys/mini.yaml:2: (root): YAML syntax error: Missing closing "quote']);
    expect(lines(issuesOf(`${MINIMAL}\n---\nid: second\n`))).toEqual([
      "surveys/mini.yaml:18: (root): YAML syntax error: a file holds one definition, but a '---' starts a second one",
    ]);
  });

  it('reports a file of the wrong shape without failing itself', () => {
    expect(lines(issuesOf(''))).toEqual(['surveys/mini.yaml: (root): the file is empty']);
    expect(lines(issuesOf('- a list\n'))).toEqual(['surveys/mini.yaml:1: (root): must be a mapping of keys to values']);
    const shapeless =
      'id: x\nversion: 1\ntitle: X\nscale: { points: 3, labels: Low, notObserved: N/A }\ngroups: [5, null]\nthemes: [{ id: a, items: x }, 7]\nquestions: [{ id: q, groups: boss }]\n';
    expect(lines(issuesOf(shapeless))).toEqual([
      'surveys/mini.yaml:4: scale.labels: must be a list',
      'surveys/mini.yaml:5: groups[0]: must be a mapping of keys to values',
      'surveys/mini.yaml:5: groups[1]: is empty',
      'surveys/mini.yaml:6: themes[0].title: is required',
      'surveys/mini.yaml:6: themes[0].keywords: is required',
      'surveys/mini.yaml:6: themes[0].items: must be a list',
      'surveys/mini.yaml:6: themes[1]: must be a mapping of keys to values',
      'surveys/mini.yaml:7: questions[0].type: is required',
      'surveys/mini.yaml:7: questions[0].prompt: is required',
      'surveys/mini.yaml:7: questions[0].groups: must be a list',
    ]);
  });
});
