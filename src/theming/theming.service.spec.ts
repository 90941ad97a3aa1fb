import { surveyFactory } from '../../test/factories/survey.factory';
import type { SurveyTheme } from '../surveys/survey.types';
import type { StoredComment } from './comment.types';
import { loadShippedSurvey } from '../../test/factories/shipped-survey';
import { shippedTheming } from '../../test/factories/theming';
import { createCommentAnalyzer } from './classifier/comment-analyzer';
import { INTERVIEW_NOTES_KEY, openComments } from './open-comments';
import { sentimentCues } from './sentiment/comment-sentiment';
import { analyseText } from './text/text-pipeline';

const theming = shippedTheming();

const theme = (id: string, keywords: string[]): SurveyTheme => ({ id, title: id, keywords, items: [] });
// Themes of their own, which no shipped example is filed under: these tests are of the words a
// comment shares with a theme's keywords, so they read words alone and give every theme whose
// words are found (the product gives the best, and reads meaning too: see the tests after).
const themes: SurveyTheme[] = [
  theme('coaching', ['delegate', 'feedback', 'coach']),
  theme('listening', ['listen', 'clear', 'meetings', 'communicate']),
  theme('delivery', ['plan', 'follow through', 'deadline', 'priorities']),
  theme('openness', ['self-aware', 'admit mistakes']),
  theme('calm', ['calm', 'raised voice']),
];
const byWords = (text: string, of: SurveyTheme[] = themes): string[] =>
  createCommentAnalyzer(of, { examples: [] }, { shareOfBest: 0, minScore: 1.8 }).analyze(text).themeIds;
const match = byWords;

describe('theming by keywords', () => {
  it.each(['She delegates well', 'He delegated the budget', 'Delegating more would help', 'Her delegation is generous', 'Could delegate more'])(
    'finds "delegate" in "%s"',
    (text) => {
      expect(match(text)).toEqual(['coaching']);
    },
  );

  it('reads inflections, British spelling and case as the same word', () => {
    expect(match('Rarely LISTENS to us')).toEqual(['listening']);
    expect(match('One meeting a week')).toEqual(['listening']);
    expect(match('Communication has improved; she communicates often')).toEqual(['listening']);
    expect(match('Planned ahead; good planning')).toEqual(['delivery']);
    expect(match('Sets the priority for the quarter')).toEqual(['delivery']);
  });

  it('matches whole words, never a keyword inside another word', () => {
    expect(match('Talks about the planet a lot')).toEqual([]);
    expect(match('Takes the stagecoach, not the bus')).toEqual([]);
    expect(match('The community fair was nice')).toEqual([]);
    expect(match('Nothing to add.')).toEqual([]);
    expect(match('')).toEqual([]);
  });

  it('matches a phrase as consecutive words, articles aside', () => {
    expect(match('Does not always FOLLOW THROUGH on promises')).toEqual(['delivery']);
    expect(match('Follows it through, every time')).toEqual(['delivery']);
    expect(match('Admits his mistakes openly')).toEqual(['openness']);
    expect(match('Never a raised voice')).toEqual(['calm']);
    expect(match('Makes mistakes, then admits it')).toEqual([]);
  });

  it('ignores hyphens, accents and apostrophes', () => {
    expect(match('Very self aware')).toEqual(['openness']);
    expect(match('very self-aware, and self\u2011aware again')).toEqual(['openness']);
    expect(byWords('Un café, très éclairant', [theme('t', ['cafe']), theme('u', ['éclairant'])])).toEqual(['t', 'u']);
  });

  it('returns every matching theme once, in survey order', () => {
    expect(match('Calm, listens, and delegates; listens again')).toEqual(['coaching', 'listening', 'calm']);
  });

  it('ignores blank keywords', () => {
    expect(byWords('anything at all', [theme('blank', ['', ' - '])])).toEqual([]);
  });
});

describe('themesForComment', () => {
  // A coach's own themes, which no shipped example is filed under: seeds and meaning alone.
  const item = (id: string, text: string) => ({ id, text, selfText: text, kind: 'likert' as const });
  const custom: SurveyTheme[] = [
    {
      id: 'safety',
      title: 'Safety leadership',
      description: 'Puts the physical safety of people first.',
      keywords: ['safety', 'hazard'],
      items: [
        item('safety.stops', '{{leader}} stops work when something looks unsafe.'),
        item('safety.reports', '{{leader}} thanks people who report near misses.'),
      ],
    },
    {
      id: 'customers',
      title: 'Customer focus',
      description: 'Keeps what customers need at the centre of decisions.',
      keywords: ['customer', 'client'],
      items: [
        item('customers.visits', '{{leader}} spends time with the people who buy from us.'),
        item('customers.complaints', '{{leader}} reads complaints personally and acts on them.'),
      ],
    },
  ];

  it('finds a theme of a survey of its own by the meaning of its items, where no keyword is used', async () => {
    expect(await theming.themesForComment('She halted the line the moment the guard looked loose, no matter the cost.', custom)).toEqual(['safety']);
    expect(await theming.themesForComment('Goes out to meet the buyers himself every month.', custom)).toEqual(['customers']);
    expect(await theming.themesForComment('Safety always comes first with him.', custom)).toEqual(['safety']);
  });

  it('gives none of them to a comment about none', async () => {
    for (const text of ['Nothing to add.', 'Great sense of humour.', 'I have only known her for a month.'])
      expect(await theming.themesForComment(text, custom)).toEqual([]);
  });
});

describe('extractComments', () => {
  const survey = surveyFactory();
  /** Without how sure theming was, which `howSure` checks. */
  const placed = (comments: StoredComment[]) => comments.map(({ confidence: _confidence, secondThemeId: _second, ...rest }) => rest);
  /** Each comment stores how sure theming was: a probability, and a theme of the survey not given that came close, or none. */
  const howSure = (comments: StoredComment[]): boolean =>
    comments.every(
      (comment) =>
        typeof comment.confidence === 'number' &&
        comment.confidence > 0 &&
        comment.confidence < 1 &&
        (comment.secondThemeId === null ||
          (survey.themes.some((theme) => theme.id === comment.secondThemeId) && !comment.themeIds.includes(comment.secondThemeId as string))),
    );

  it('stores each open answer as its own comment, with themes, sentiment and a random key, skipping blanks', async () => {
    const keys = [0.9, 0.1, 0.5];
    const comments = await theming.extractComments(
      survey,
      'peer',
      { strengths: ' Explains decisions clearly in meetings ', ssc: { start: 'Meeting deadlines', stop: '  ', continue: 'Listening' } },
      () => keys.shift() ?? 0,
    );
    expect(placed(comments)).toEqual([
      {
        groupId: 'peer',
        questionId: 'strengths',
        kind: 'text',
        text: 'Explains decisions clearly in meetings',
        themeIds: ['communication'],
        sentiment: 'positive',
        language: null,
        themingFailed: false,
        sortKey: 0.9,
      },
      {
        groupId: 'peer',
        questionId: 'ssc',
        kind: 'start',
        text: 'Meeting deadlines',
        themeIds: ['execution'],
        sentiment: 'constructive',
        language: null,
        themingFailed: false,
        sortKey: 0.1,
      },
      {
        groupId: 'peer',
        questionId: 'ssc',
        kind: 'continue',
        text: 'Listening',
        themeIds: ['communication'],
        sentiment: 'positive',
        language: null,
        themingFailed: false,
        sortKey: 0.5,
      },
    ]);
    expect(howSure(comments)).toBe(true);
  });

  it('returns nothing for empty or missing answers, and draws no key for them', async () => {
    let draws = 0;
    const random = (): number => {
      draws += 1;
      return 0.5;
    };
    expect(await theming.extractComments(survey, 'boss', { strengths: '   ', ssc: {} }, random)).toEqual([]);
    expect(await theming.extractComments(survey, 'boss', {}, random)).toEqual([]);
    expect(draws).toBe(0);
  });

  it('keeps answers to unknown questions out, but a coach\u2019s interview notes in', async () => {
    const comments = await theming.extractComments(
      survey,
      'direct_report',
      { [INTERVIEW_NOTES_KEY]: ' Misses deadlines under pressure ', stray: 'not a question' },
      () => 0.25,
    );
    expect(placed(comments)).toEqual([
      {
        groupId: 'direct_report',
        questionId: INTERVIEW_NOTES_KEY,
        kind: 'text',
        text: 'Misses deadlines under pressure',
        themeIds: ['execution'],
        sentiment: 'constructive',
        language: null,
        themingFailed: false,
        sortKey: 0.25,
      },
    ]);
    expect(howSure(comments)).toBe(true);
  });

  it('keeps a comment in a language theming cannot read with that language, unclassified, and themes the English ones beside it', async () => {
    const classify = jest.spyOn(theming, 'analyzeComments');
    try {
      const comments = await theming.extractComments(
        survey,
        'peer',
        { strengths: 'Explique clairement ses décisions en réunion.', ssc: { start: 'Meeting deadlines', stop: 'Arrêter de couper la parole en réunion.' } },
        () => 0.5,
      );
      expect(comments.map(({ text, themeIds, sentiment, language, confidence }) => ({ text, themeIds, sentiment, language, confidence }))).toEqual([
        { text: 'Explique clairement ses décisions en réunion.', themeIds: [], sentiment: 'positive', language: 'fr', confidence: null },
        { text: 'Meeting deadlines', themeIds: ['execution'], sentiment: 'constructive', language: null, confidence: expect.any(Number) },
        { text: 'Arrêter de couper la parole en réunion.', themeIds: [], sentiment: 'positive', language: 'fr', confidence: null },
      ]);
      expect(classify.mock.calls.flatMap(([, found]) => found.map((comment) => comment.text))).toEqual(['Meeting deadlines']);
    } finally {
      classify.mockRestore();
    }
  });

  it('stores markup as the text it is: analysing a comment never alters it', async () => {
    const text = '<script>alert("x")</script> Runs calm, clear meetings & <b>listens</b>';
    const [comment] = await theming.extractComments(survey, 'peer', { strengths: text }, () => 0.5);
    expect(comment.text).toBe(text);
    expect(comment.themeIds).toEqual(['communication']);
  });
});

describe('commentTexts', () => {
  it('lists the texts a fold will theme, to embed ahead of it, leaving out those in a language theming cannot read', () => {
    const survey = surveyFactory();
    expect(
      theming.commentTexts(survey, [
        { strengths: ' Explains decisions clearly ', ssc: { start: 'Commencer à déléguer les décisions importantes.' } },
        { strengths: 'Explique clairement ses décisions en réunion.', ssc: { stop: 'ok' } },
      ]),
    ).toEqual(['Explains decisions clearly', 'ok']);
  });
});

describe('openComments', () => {
  it('lists the non-blank answers to the survey\u2019s questions and the interview notes, trimmed, each with its question, kind and what the question asks for', () => {
    const survey = surveyFactory();
    expect(
      openComments(survey, {
        strengths: ' Calm ',
        ssc: { start: 'Delegating', stop: '  ', continue: 'Listening ' },
        stray: 'not a question',
        [INTERVIEW_NOTES_KEY]: ' Notes ',
      }),
    ).toEqual([
      { questionId: 'strengths', kind: 'text', text: 'Calm', asks: 'strengths' },
      { questionId: 'ssc', kind: 'start', text: 'Delegating' },
      { questionId: 'ssc', kind: 'continue', text: 'Listening' },
      { questionId: INTERVIEW_NOTES_KEY, kind: 'text', text: 'Notes' },
    ]);
    expect(openComments(survey, {})).toEqual([]);
  });
});

describe('analyzeComments', () => {
  const { themes } = loadShippedSurvey('leadership-360');

  it('reads a comment by the meaning computed ahead of it when it is given one', async () => {
    // A meaningless text, given the meaning of a comment about temper: the meaning decides.
    const known = await theming.embedTexts(['Loses his temper and shouts in meetings when things go wrong.']);
    const [alone] = await theming.analyzeComments(themes, [{ text: 'Xyzzy plugh.', kind: 'text' }]);
    const [given] = await theming.analyzeComments(themes, [{ text: 'Xyzzy plugh.', kind: 'text' }], new Map([['Xyzzy plugh.', [...known.values()][0]]]));
    expect(alone.themeIds).toEqual([]);
    expect(given.themeIds).toEqual(['composure']);
  });

  it('reads the sentiment of free text by its meaning where no phrasing cue says anything, unless its question settles it', async () => {
    const text = 'Meetings with him run over every single time.';
    expect(sentimentCues(analyseText(text))).toBe(0); // by the cues alone: positive
    const [free] = await theming.analyzeComments(themes, [{ text, kind: 'text' }]);
    const [asked] = await theming.analyzeComments(themes, [{ text, kind: 'text', asks: 'strengths' }]);
    expect([free.sentiment, asked.sentiment]).toEqual(['constructive', 'positive']);
  });
});

describe('ThemingService.analyzeComments under load', () => {
  it('gives the event loop a turn every few comments, so a large fold does not hold up requests', async () => {
    const comments = Array.from({ length: 20 }, (_, index) => ({ text: `Listens well in meetings, comment ${index}`, kind: 'text' as const }));
    await theming.analyzeComments(loadShippedSurvey('leadership-360').themes, comments.slice(0, 1)); // builds the classifier
    let turns = 0;
    const counting = setInterval(() => (turns += 1), 0);
    const analyses = await theming.analyzeComments(loadShippedSurvey('leadership-360').themes, comments);
    clearInterval(counting);
    expect(analyses).toHaveLength(20);
    expect(turns).toBeGreaterThanOrEqual(3);
  });
});
