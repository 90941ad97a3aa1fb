import { parseSurveyDefinition } from './survey-parser';
import { formatIssue, SurveyValidationError } from './survey-validation.error';

const SURVEY = [
  'id: mini',
  'version: 1',
  'title: Mini',
  'intro: Think of {{leader}}.',
  'scale: { points: 3, labels: [Low, Mid, High], notObserved: N/A }',
  'groups:',
  '  - { id: self, label: Self, anonymous: false }',
  '  - { id: peer, label: Peers, anonymous: true }',
  'themes:',
  '  - id: listening',
  '    title: Listening',
  '    keywords: [listen]',
  '    items:',
  '      - id: listening.one',
  '        text: "{{leader}} listens"',
  '        selfText: I listen',
  'questions:',
  '  - { id: notes, type: text, prompt: Anything else?, selfPrompt: Anything else about you? }',
].join('\n');

const FRENCH = [
  'translations:', //                                                                        line 19
  '  fr:', //                                                                                20
  '    title: Mini', //                                                                      21
  '    intro: Pensez à {{leader}}.', //                                                      22
  '    scale: { labels: [Faible, Moyen, Élevé], notObserved: Non observé }', //              23
  '    groups: { self: Soi-même, peer: Pairs }', //                                          24
  '    themes: { listening: Écoute }', //                                                    25
  '    items:', //                                                                           26
  '      listening.one: { text: "{{leader}} écoute", selfText: J’écoute }', //               27
  '    questions:', //                                                                       28
  '      notes: { prompt: Autre chose ?, selfPrompt: Autre chose sur vous ? }', //           29
].join('\n');

const FILE = 'surveys/mini.yaml';

function problems(translation: string): string[] {
  try {
    parseSurveyDefinition(`${SURVEY}\n${translation}`, FILE);
  } catch (error) {
    if (error instanceof SurveyValidationError) return error.issues.map(formatIssue);
    throw error;
  }
  return [];
}

const edited = (from: string, to: string): string => {
  if (!FRENCH.includes(from)) throw new Error(`fixture has no '${from}'`);
  return FRENCH.replace(from, to);
};

describe('translations of a survey definition', () => {
  it('accepts a translation of every rater-facing text, and keeps it in the definition with its items as a list', () => {
    expect(problems(FRENCH)).toEqual([]);
    const survey = parseSurveyDefinition(`${SURVEY}\n${FRENCH}`, FILE);
    expect(survey.translations?.fr.items).toEqual([{ id: 'listening.one', text: '{{leader}} écoute', selfText: 'J’écoute' }]);
    expect(survey.translations?.fr.groups).toEqual({ self: 'Soi-même', peer: 'Pairs' });
  });

  it.each<[string, string, string, string[]]>([
    [
      'an item left untranslated',
      '    items:\n      listening.one: { text: "{{leader}} écoute", selfText: J’écoute }',
      '    items: {}',
      ["surveys/mini.yaml:26: translations.fr.items: missing the translation of item 'listening.one'"],
    ],
    ['the leader’s own wording left out', ', selfText: J’écoute }', ' }', ['surveys/mini.yaml:27: translations.fr.items.listening.one.selfText: is required']],
    [
      'a group missing and an id the survey does not have',
      '{ self: Soi-même, peer: Pairs }',
      '{ self: Soi-même, peers: Pairs }',
      [
        "surveys/mini.yaml:24: translations.fr.groups: missing the translation of group 'peer'",
        "surveys/mini.yaml:24: translations.fr.groups.peers: the survey has no group 'peers'",
      ],
    ],
    [
      'a theme the survey does not have',
      '{ listening: Écoute }',
      '{ listening: Écoute, vision: Vision }',
      ["surveys/mini.yaml:25: translations.fr.themes.vision: the survey has no theme 'vision'"],
    ],
    [
      'one scale label too few',
      '[Faible, Moyen, Élevé]',
      '[Faible, Élevé]',
      ['surveys/mini.yaml:23: translations.fr.scale.labels: must have exactly 3 labels, as scale.points says, found 2'],
    ],
    ['the intro left out', '    intro: Pensez à {{leader}}.\n', '', ["surveys/mini.yaml:21: translations.fr: missing 'intro': the survey has one"]],
    [
      'the self wording of a question left out',
      ', selfPrompt: Autre chose sur vous ? }',
      ' }',
      ["surveys/mini.yaml:29: translations.fr.questions.notes: missing 'selfPrompt': the question has a wording for the leader"],
    ],
    [
      'a placeholder misspelt in the translation',
      '"{{leader}} écoute"',
      '"{{leadeur}} écoute"',
      ["surveys/mini.yaml:27: translations.fr.items.listening.one.text: unknown placeholder '{{leadeur}}' (only {{leader}} is available)"],
    ],
    [
      'English, which the definition already is',
      '  fr:',
      '  en:',
      ["surveys/mini.yaml:21: translations.en: the survey itself is in English ('en'): translate it into other languages only"],
    ],
  ])('refuses %s, naming file, line, path and reason', (_, from, to, expected) => {
    expect(problems(edited(from, to))).toEqual(expected);
  });

  it('refuses a language code that is not one', () => {
    expect(problems(edited('  fr:', '  French:'))).toEqual([
      "surveys/mini.yaml:21: translations.French: 'French' is not a language code: write it as fr, de or pt-BR",
    ]);
  });
});
