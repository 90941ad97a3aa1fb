import { parseSurveyDefinition } from './survey-parser';
import { formatIssue, SurveyValidationError } from './survey-validation.error';

// A pulse of one theme with a block asked once per focus goal. Line numbers count from `id: mini` as 1.
const PULSE = [
  'id: mini', //                                                                       1
  'version: 1', //                                                                     2
  'title: Mini', //                                                                    3
  'scale: { points: 3, labels: [Low, Mid, High], notObserved: N/A }', //                 4
  'changeScale: { min: -1, max: 1, labels: [Worse, Same, Better] }', //                  5
  'followUpScale: { labels: [Never, Sometimes, Often] }', //                            6
  'groups:', //                                                                        7
  '  - { id: self, label: Self, anonymous: false }', //                                8
  '  - { id: peer, label: Peers, anonymous: true }', //                                9
  'themes:', //                                                                        10
  '  - id: listening', //                                                              11
  '    title: Listening', //                                                           12
  '    keywords: [listen]', //                                                         13
  '    items:', //                                                                     14
  '      - { id: listening.one, text: "{{leader}} listens", selfText: I listen }', //    15
  'perGoal:', //                                                                       16
  '  items:', //                                                                       17
  '    - { id: change, kind: change, text: "Better at {{goal}}?", selfText: "Me at {{goal}}?" }', // 18
  '    - { id: follow-up, kind: followUp, text: "Followed up?", selfText: "Did I?" }', // 19
  '  questions:', //                                                                   20
  '    - { id: suggestion, type: text, prompt: "One idea about {{goal}}" }', //          21
].join('\n');

function issuesOf(yaml: string): string[] {
  try {
    parseSurveyDefinition(yaml, 'surveys/mini.yaml');
  } catch (error) {
    if (error instanceof SurveyValidationError) return error.issues.map(formatIssue);
    throw error;
  }
  throw new Error('the definition was accepted');
}

const edited = (from: string, to: string): string => {
  if (!PULSE.includes(from)) throw new Error(`fixture has no '${from}'`);
  return PULSE.replace(from, to);
};

describe('a block asked once per focus goal', () => {
  it('is read with its scales, kinds and question groups', () => {
    const survey = parseSurveyDefinition(PULSE, 'surveys/mini.yaml');
    expect(survey.followUpScale).toEqual({ labels: ['Never', 'Sometimes', 'Often'] });
    expect(survey.perGoal).toEqual({
      items: [
        { id: 'change', kind: 'change', text: 'Better at {{goal}}?', selfText: 'Me at {{goal}}?' },
        { id: 'follow-up', kind: 'followUp', text: 'Followed up?', selfText: 'Did I?' },
      ],
      questions: [{ id: 'suggestion', type: 'text', prompt: 'One idea about {{goal}}', groups: ['self', 'peer'] }],
    });
  });

  it.each([
    [
      'without a change item',
      edited('{ id: change, kind: change,', '{ id: change, kind: followUp,'),
      [
        "surveys/mini.yaml:18: perGoal.items: needs exactly one item of kind 'change' (how much the leader changed on the goal), found 0",
        "surveys/mini.yaml:18: perGoal.items: may hold at most one item of kind 'followUp'",
      ],
    ],
    [
      'a follow-up item without its scale',
      edited('followUpScale: { labels: [Never, Sometimes, Often] }', 'description: no follow-up scale'),
      ["surveys/mini.yaml:19: perGoal.items[1].kind: kind 'followUp' needs a followUpScale (e.g. labels: [Never, Once, A few times, Regularly])"],
    ],
    [
      'a change item without its scale',
      edited('changeScale: { min: -1, max: 1, labels: [Worse, Same, Better] }', 'description: no change scale'),
      ["surveys/mini.yaml:18: perGoal.items[0].kind: kind 'change' needs a changeScale (e.g. min: -3, max: 3 and 7 labels)"],
    ],
    [
      'an id that, repeated for a theme, lands on an item of that theme',
      edited('{ id: follow-up,', '{ id: one,'),
      ["surveys/mini.yaml:19: perGoal.items[1].id: repeated for theme 'listening' it becomes 'listening.one', already used at themes[0].items[0].id"],
    ],
    [
      'an item and a question of the block sharing an id',
      edited('{ id: suggestion,', '{ id: change,'),
      ["surveys/mini.yaml:21: perGoal.questions[0].id: duplicate per-goal id 'change' (first used at perGoal.items[0].id)"],
    ],
    [
      'a question asked of a group the survey lacks',
      edited('prompt: "One idea about {{goal}}" }', 'prompt: "One idea about {{goal}}", groups: [boss] }'),
      ["surveys/mini.yaml:21: perGoal.questions[0].groups[0]: group 'boss' is not one of this survey's groups"],
    ],
    [
      'a follow-up question among the themes, where there is no goal to ask about',
      edited('selfText: I listen }', 'selfText: I listen, kind: followUp }'),
      ["surveys/mini.yaml:15: themes[0].items[0].kind: kind 'followUp' asks about a goal: put it in perGoal.items, which is asked once per focus goal"],
    ],
    [
      '{{goal}} outside the block',
      edited('"{{leader}} listens"', '"{{leader}} listens to {{goal}}"'),
      ["surveys/mini.yaml:15: themes[0].items[0].text: placeholder '{{goal}}' is only available in perGoal, which is asked once per goal"],
    ],
    [
      'an unknown placeholder inside the block',
      edited('"Followed up?"', '"Followed up with {{team}}?"'),
      ["surveys/mini.yaml:19: perGoal.items[1].text: unknown placeholder '{{team}}' (only {{leader}} and {{goal}} are available)"],
    ],
  ])('rejects %s, saying where and why', (_name, yaml, expected) => {
    expect(issuesOf(yaml)).toEqual(expected);
  });

  // The pulse's French, from line 22 on; line numbers count on from the definition's.
  const FRENCH = [
    'translations:', //                                                                  22
    '  fr:', //                                                                          23
    '    title: Mini', //                                                                24
    '    scale: { labels: [Faible, Moyen, Élevé], notObserved: Non observé }', //        25
    '    changeScale: { labels: [Moins bien, Pareil, Mieux] }', //                       26
    '    followUpScale: { labels: [Jamais, Parfois, Souvent] }', //                       27
    '    groups: { self: Soi-même, peer: Pairs }', //                                    28
    '    themes: { listening: Écoute }', //                                              29
    '    items:', //                                                                     30
    '      listening.one: { text: "{{leader}} écoute", selfText: J’écoute }', //         31
    '    perGoal:', //                                                                   32
    '      items:', //                                                                   33
    '        change: { text: "Mieux sur {{goal}} ?", selfText: "Moi sur {{goal}} ?" }', // 34
    '        follow-up: { text: "Suivi ?", selfText: "Ai-je fait le suivi ?" }', //       35
    '      questions:', //                                                               36
    '        suggestion: { prompt: "Une idée sur {{goal}}" }', //                        37
  ].join('\n');
  const translated = (from: string, to: string): string => {
    if (!FRENCH.includes(from)) throw new Error(`fixture has no '${from}'`);
    return `${PULSE}\n${FRENCH.replace(from, to)}`;
  };

  it('is translated with its own ids, and may name the goal there', () => {
    const survey = parseSurveyDefinition(`${PULSE}\n${FRENCH}`, 'surveys/mini.yaml');
    expect(survey.translations?.fr.perGoal).toEqual({
      items: { change: { text: 'Mieux sur {{goal}} ?', selfText: 'Moi sur {{goal}} ?' }, 'follow-up': { text: 'Suivi ?', selfText: 'Ai-je fait le suivi ?' } },
      questions: { suggestion: { prompt: 'Une idée sur {{goal}}' } },
    });
  });

  it.each([
    [
      'an item of the block left untranslated',
      translated('        follow-up: { text: "Suivi ?", selfText: "Ai-je fait le suivi ?" }\n', ''),
      ["surveys/mini.yaml:34: translations.fr.perGoal.items: missing the translation of per-goal item 'follow-up'"],
    ],
    [
      'the question of the block left untranslated',
      translated('      questions:\n        suggestion: { prompt: "Une idée sur {{goal}}" }', '      questions: {}'),
      ["surveys/mini.yaml:36: translations.fr.perGoal.questions: missing the translation of per-goal question 'suggestion'"],
    ],
    [
      'the whole block left untranslated',
      `${PULSE}\n${FRENCH.slice(0, FRENCH.indexOf('    perGoal:') - 1)}`,
      ["surveys/mini.yaml:24: translations.fr: missing 'perGoal': the survey asks questions once per goal"],
    ],
    [
      'an id the block does not have',
      translated('follow-up: {', 'followup: {'),
      [
        "surveys/mini.yaml:34: translations.fr.perGoal.items: missing the translation of per-goal item 'follow-up'",
        "surveys/mini.yaml:35: translations.fr.perGoal.items.followup: the survey has no per-goal item 'followup'",
      ],
    ],
  ])('refuses a translation with %s, naming file, line, path and reason', (_name, yaml, expected) => {
    expect(issuesOf(yaml)).toEqual(expected);
  });
});
