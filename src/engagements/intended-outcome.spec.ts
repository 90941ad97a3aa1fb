import { describeIndicator, type OutcomeScopes, parseOutcomes } from './intended-outcome';

const scopes: OutcomeScopes = {
  themes: new Map([
    ['communication', 'Communication and listening'],
    ['developing-others', 'Developing others'],
  ]),
  items: new Map([['developing-others.delegates', '{{leader}} delegates whole pieces of work']]),
  scalePoints: 5,
};

describe('parseOutcomes', () => {
  it('accepts plain texts (the older shape) as outcomes without an indicator', () => {
    expect(parseOutcomes(['  Others rate communication at 4.0  '], scopes)).toEqual({
      outcomes: [{ text: 'Others rate communication at 4.0', indicator: null }],
      problems: [],
    });
  });

  it('accepts structured outcomes with a theme or an item indicator', () => {
    const { outcomes, problems } = parseOutcomes(
      [
        { text: 'Heard as a listener', indicator: { themeId: 'communication', source: 'others', measure: 'mean', operator: '>=', value: 4 } },
        { text: 'Delegates more', indicator: { itemId: 'developing-others.delegates', source: 'boss', measure: 'change', operator: '>=', value: 1 } },
        { text: 'No indicator yet', indicator: null },
      ],
      scopes,
    );
    expect(problems).toEqual([]);
    expect(outcomes).toEqual([
      { text: 'Heard as a listener', indicator: { themeId: 'communication', source: 'others', measure: 'mean', operator: '>=', value: 4 } },
      { text: 'Delegates more', indicator: { itemId: 'developing-others.delegates', source: 'boss', measure: 'change', operator: '>=', value: 1 } },
      { text: 'No indicator yet', indicator: null },
    ]);
  });

  it('names every wrong field with its index', () => {
    const { outcomes, problems } = parseOutcomes(
      [
        '',
        42,
        { text: 'x', extra: 1, indicator: { themeId: 'nope', source: 'peers', measure: 'mean', operator: '>', value: 9 } },
        {
          text: 'y',
          indicator: { themeId: 'communication', itemId: 'developing-others.delegates', source: 'all', measure: 'change', operator: '<=', value: 7 },
        },
        { indicator: 'soon' },
      ],
      scopes,
    );
    expect(outcomes).toEqual([]);
    expect(problems).toEqual([
      'outcomes[0]: must not be empty',
      'outcomes[1]: must be a text or an object {text, indicator}',
      'outcomes[2].extra: is not a known field (known: text, indicator)',
      'outcomes[2].indicator.themeId: must be a theme of the surveys (communication, developing-others)',
      "outcomes[2].indicator.source: must be one of 'others', 'boss', 'self', 'all'",
      "outcomes[2].indicator.operator: must be one of '>=', '<='",
      'outcomes[2].indicator.value: an average is between 1 and 5',
      'outcomes[3].indicator: must name exactly one of themeId and itemId',
      'outcomes[3].indicator.value: a change is between -4 and +4',
      'outcomes[4].text: must be text',
      'outcomes[4].indicator: must be an object {themeId | itemId, source, measure, operator, value}',
    ]);
  });

  it('refuses what is not a list, and more than 20 outcomes', () => {
    expect(parseOutcomes('x', scopes).problems).toEqual(['outcomes: must be a list of outcomes (texts or {text, indicator})']);
    expect(
      parseOutcomes(
        Array.from({ length: 21 }, () => 'x'),
        scopes,
      ).problems,
    ).toEqual(['outcomes: must have at most 20 outcomes']);
  });
});

describe('describeIndicator', () => {
  it('says what is measured, from whom, and the threshold', () => {
    expect(describeIndicator({ themeId: 'communication', source: 'others', measure: 'mean', operator: '>=', value: 4 }, scopes)).toBe(
      "others' average for Communication and listening at or above 4.0",
    );
    expect(describeIndicator({ itemId: 'developing-others.delegates', source: 'boss', measure: 'change', operator: '>=', value: 1 }, scopes)).toBe(
      "the manager's rating for “{{leader}} delegates whole pieces of work” up by at least +1.0 from the baseline",
    );
    expect(describeIndicator({ themeId: 'developing-others', source: 'self', measure: 'mean', operator: '<=', value: 3.5 }, scopes)).toBe(
      "the leader's own rating for Developing others at or below 3.5",
    );
  });
});
