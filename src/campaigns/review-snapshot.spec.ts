import { loadShippedSurvey } from '../../test/factories/shipped-survey';
import { buildQuestionnaire } from '../responses/questionnaire';
import { asksForChange, ratersToAskAgain, restrictToFocusThemes } from './review-snapshot';

describe('review snapshots', () => {
  const pulse = loadShippedSurvey('progress-pulse');
  const full = loadShippedSurvey('leadership-360');

  it('tells a progress pulse from a baseline survey', () => {
    expect(asksForChange(pulse)).toBe(true);
    expect(asksForChange(full)).toBe(false);
  });

  it('keeps only the focus themes, in the program order, each asking the per-goal block first, then its re-ratings', () => {
    const result = restrictToFocusThemes(pulse, [
      { themeId: 'developing-others', goal: 'Delegate whole projects' },
      { themeId: 'communication', goal: '' },
    ]);
    if (!('survey' in result)) throw new Error('expected a survey');
    expect(result.survey.themes.map((theme) => theme.id)).toEqual(['developing-others', 'communication']);
    expect(result.survey.themes[0].items.map((item) => [item.id, item.kind])).toEqual([
      ['developing-others.change', 'change'],
      ['developing-others.follow-up', 'followUp'],
      ...full.themes.find((theme) => theme.id === 'developing-others')!.items.map((item) => [item.id, 'likert']),
    ]);
    expect(result.survey.themes[0].items[0].text).toBe(
      'Since the coaching began, how much more or less effective has {{leader}} become at this goal: Delegate whole projects?',
    );
    // A goal the program did not word is asked about by its theme's title.
    expect(result.survey.themes[1].items[1].selfText).toBe(
      'How often have I followed up with the people around me about this goal: Communication and listening?',
    );
    expect(result.survey.questions.map((question) => question.id)).toEqual(['noticed', 'more', 'developing-others.suggestion', 'communication.suggestion']);
    // What the questions ask for comes along, so that a suggestion's answers read as changes to work on.
    expect(result.survey.questions.map((question) => question.asks)).toEqual([undefined, 'changes', 'changes', 'changes']);
    expect(result.survey.questions[2].prompt).toBe('One suggestion for {{leader}} about this goal for the months ahead: Delegate whole projects');
    expect(result.survey.perGoal).toBeUndefined();
    expect(result.survey.groups).toEqual(pulse.groups);
    expect(pulse.themes).toHaveLength(8);
  });

  it('takes a goal worded with placeholders or replacement patterns as written', () => {
    const result = restrictToFocusThemes(pulse, [{ themeId: 'vision', goal: "Say $& and $' the why" }]);
    if (!('survey' in result)) throw new Error('expected a survey');
    expect(result.survey.themes[0].items[0].text).toContain("this goal: Say $& and $' the why?");
  });

  it('names focus themes the survey does not have', () => {
    expect(
      restrictToFocusThemes(pulse, [
        { themeId: 'communication', goal: 'Listen' },
        { themeId: 'charisma', goal: 'Shine' },
      ]),
    ).toEqual({ missing: ['charisma'] });
  });

  it('asks each baseline rater again once, without the leader and without groups the survey lacks', () => {
    const again = ratersToAskAgain(
      [
        { name: 'Alex', email: 'alex@x.org', groupId: 'self' },
        { name: 'Jo', email: 'jo@x.org', groupId: 'boss' },
        { name: 'Pat', email: 'pat@x.org', groupId: 'peer' },
        { name: 'Jo', email: 'jo@x.org', groupId: 'boss' },
        { name: 'Kim', email: 'kim@x.org', groupId: 'other' },
      ],
      ['self', 'boss', 'peer'],
    );
    expect(again.map((rater) => rater.email)).toEqual(['jo@x.org', 'pat@x.org']);
  });
});

describe('review snapshots in another language', () => {
  const pulse = loadShippedSurvey('progress-pulse');
  const goals = [
    { themeId: 'developing-others', goal: 'Déléguer des projets entiers' },
    { themeId: 'communication', goal: '' },
    { themeId: 'decisions', goal: 'Decide faster' },
  ];
  const result = restrictToFocusThemes(pulse, goals);
  if (!('survey' in result)) throw new Error('expected a survey');
  const snapshot = result.survey;
  const french = snapshot.translations?.fr;

  it('expands the per-goal block of the French too, with the ids of the expanded items and questions, and keeps no block of its own', () => {
    expect(french?.perGoal).toBeUndefined();
    const perGoalIds = snapshot.themes.flatMap((theme) => theme.items.filter((item) => item.kind !== 'likert').map((item) => item.id));
    expect(perGoalIds).toHaveLength(6);
    const translatedItems = new Map((french?.items ?? []).map((item) => [item.id, item]));
    for (const id of perGoalIds) expect([id, translatedItems.has(id)]).toEqual([id, true]);
    expect(translatedItems.get('developing-others.change')).toEqual({
      id: 'developing-others.change',
      text: "Depuis le début du coaching, dans quelle mesure l'efficacité de {{leader}} a-t-elle progressé ou reculé sur cet objectif\u00a0: Déléguer des projets entiers\u00a0?",
      selfText:
        'Depuis le début du coaching, dans quelle mesure mon efficacité a-t-elle progressé ou reculé sur cet objectif\u00a0: Déléguer des projets entiers\u00a0?',
    });
    expect(Object.keys(french?.questions ?? {})).toEqual([
      'noticed',
      'more',
      'developing-others.suggestion',
      'communication.suggestion',
      'decisions.suggestion',
    ]);
  });

  it('keeps each goal as the program words it, in whatever language, and names an unworded goal by its theme title in that language', () => {
    const questions = french?.questions ?? {};
    expect(questions['decisions.suggestion'].prompt).toBe('Une suggestion pour {{leader}} sur cet objectif, pour les mois à venir\u00a0: Decide faster');
    expect(questions['communication.suggestion'].selfPrompt).toBe(
      'Une chose que vous comptez faire sur cet objectif dans les mois à venir\u00a0: Communication et écoute',
    );
    // The English keeps its own: the theme's English title.
    expect(snapshot.questions.find((question) => question.id === 'communication.suggestion')?.prompt).toBe(
      'One suggestion for {{leader}} about this goal for the months ahead: Communication and listening',
    );
  });

  it('leaves no English text in the French questionnaire of any group, the goals as written aside', () => {
    for (const groupId of ['self', 'peer'] as const) {
      const english = buildQuestionnaire({ survey: snapshot, groupId, leaderName: 'Alex', closesAt: null, draft: null });
      const q = buildQuestionnaire({ survey: snapshot, groupId, leaderName: 'Alex', closesAt: null, draft: null, language: 'fr' });
      expect(q.items.map((item) => item.id)).toEqual(english.items.map((item) => item.id));
      const pairs: [string, string][] = [
        ...q.items.map((item, index): [string, string] => [item.text, english.items[index].text]),
        ...q.items.map((item, index): [string, string] => [item.themeTitle, english.items[index].themeTitle]),
        ...q.questions.map((question, index): [string, string] => [question.prompt, english.questions[index].prompt]),
        ...(q.changeScale?.labels ?? []).map((label, index): [string, string] => [label, english.changeScale?.labels[index] ?? '']),
        ...(q.followUpScale?.labels ?? []).map((label, index): [string, string] => [label, english.followUpScale?.labels[index] ?? '']),
        ...q.scale.labels.map((label, index): [string, string] => [label, english.scale.labels[index]]),
        [q.intro ?? '', english.intro ?? ''],
        [q.group.label, english.group.label],
      ];
      expect(pairs.length).toBeGreaterThan(40);
      for (const [fr, en] of pairs) expect([groupId, fr]).not.toEqual([groupId, en]);
      expect(q.followUpScale?.labels).toEqual(['Jamais', 'Une fois', 'Quelques fois', 'Régulièrement']);
      expect(q.items.filter((item) => item.text.includes('Decide faster'))).toHaveLength(2);
    }
  });
});
