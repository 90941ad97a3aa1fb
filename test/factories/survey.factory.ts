import type { ClassificationRules, SurveyDefinition, SurveyGroup } from '../../src/surveys/survey.types';

/** The five rater groups of the hand-made test surveys, as the shipped surveys have them. Copied where used. */
export const FIVE_GROUPS: readonly SurveyGroup[] = [
  { id: 'self', label: 'Self', anonymous: false, minResponses: 1 },
  { id: 'boss', label: 'Manager', anonymous: false, minResponses: 1 },
  { id: 'peer', label: 'Peers', anonymous: true, minResponses: 3 },
  { id: 'direct_report', label: 'Direct reports', anonymous: true, minResponses: 3 },
  { id: 'other', label: 'Others', anonymous: true, minResponses: 3 },
];

/**
 * The classification thresholds the hand-made test surveys on a 1-5 scale share. Written out rather
 * than taken from `defaultClassificationRules(5)`, so the reasons the tests expect ("exceeds 1.33")
 * do not move with the defaults. Spread where used: each survey gets its own object.
 */
export const FIVE_POINT_CLASSIFICATION: Readonly<ClassificationRules> = {
  blindSpotGap: 1.33,
  blindSpotGapInBottomThird: 0.75,
  hiddenStrengthGap: 1.33,
  hiddenStrengthGapInTopThird: 0.75,
  strengthMinAgreement: 0.5,
  mixedViewsBelowAgreement: 0.3,
};

/** A small but complete survey: two themes, five groups, a text and a start/stop/continue question. */
export function surveyFactory(overrides: Partial<SurveyDefinition> = {}): SurveyDefinition {
  return {
    id: 'mini-360',
    version: 1,
    title: 'Mini 360 for {{leader}}',
    intro: 'Think of the last three months with {{leader}}.',
    scale: { points: 5, labels: ['Rarely', 'Sometimes', 'Often', 'Usually', 'Almost always'], notObserved: 'Not observed' },
    groups: FIVE_GROUPS.map((group) => ({ ...group })),
    themes: [
      {
        id: 'communication',
        title: 'Communication',
        keywords: ['listen', 'clear', 'explain'],
        items: [
          { id: 'communication.listens', text: '{{leader}} listens without interrupting', selfText: 'I listen without interrupting', kind: 'likert' },
          { id: 'communication.clear', text: '{{leader}} explains decisions clearly', selfText: 'I explain decisions clearly', kind: 'likert' },
        ],
      },
      {
        id: 'execution',
        title: 'Execution',
        keywords: ['deadline', 'deliver', 'follow through'],
        items: [
          { id: 'execution.commits', text: '{{leader}} keeps commitments', selfText: 'I keep my commitments', kind: 'likert' },
          { id: 'execution.priorities', text: '{{leader}} sets clear priorities', selfText: 'I set clear priorities', kind: 'likert' },
        ],
      },
    ],
    questions: [
      {
        id: 'strengths',
        type: 'text',
        asks: 'strengths',
        prompt: 'What does {{leader}} do well?',
        selfPrompt: 'What do you do well?',
        groups: ['self', 'boss', 'peer', 'direct_report', 'other'],
      },
      { id: 'ssc', type: 'start_stop_continue', prompt: 'What should {{leader}} start, stop, continue?', groups: ['boss', 'peer', 'direct_report', 'other'] },
    ],
    report: {
      classification: { ...FIVE_POINT_CLASSIFICATION },
      priorities: 3,
    },
    ...overrides,
  };
}
