import { Logger } from '@nestjs/common';
import { loadShippedSurvey } from '../../test/factories/shipped-survey';
import type { AnalyzerCache } from './analyzer-cache';
import { type CommentAnalyzer, createCommentAnalyzer } from './classifier/comment-analyzer';
import { type SentenceEncoder, SentenceEncoderService, type ThemingEncoder } from './embeddings/sentence-encoder';
import { ThemingService } from './theming.service';

describe('ThemingService.analyzeComments, when the classifier fails on one comment', () => {
  const { themes } = loadShippedSurvey('leadership-360');
  // Comments keep their inner line breaks: a line of the comment must not pass for a stack frame.
  const poison = 'A comment the classifier cannot read.\n  at all-hands she rambles, confidential words';

  const logged: string[] = [];
  beforeEach(() => {
    logged.length = 0;
    jest.spyOn(Logger.prototype, 'error').mockImplementation((message: unknown) => void logged.push(String(message)));
  });
  afterEach(() => jest.restoreAllMocks());

  /**
   * Theming by the survey's words alone (no encoder: the test is of what the service does with a
   * failure), its analyzer throwing on one text as a fault in the text pipeline once did, with the
   * comment in the error's message.
   */
  function themingFailingOn(text: string): ThemingService {
    const byWords = createCommentAnalyzer(themes, { examples: [] });
    const failing = {
      analyzerFor: (): Promise<CommentAnalyzer> =>
        Promise.resolve({
          analyze: (comment, ...rest) => {
            if (comment === text) throw new TypeError(`Cannot read properties of undefined, reading "${comment}"`);
            return byWords.analyze(comment, ...rest);
          },
        }),
    } as unknown as AnalyzerCache;
    const noMeaning: SentenceEncoder = { id: 'none', dimensions: 0, embed: () => Promise.resolve([]) };
    return new ThemingService(failing, new SentenceEncoderService(() => Promise.resolve(noMeaning)));
  }

  it('files that comment without themes and least sure of all, reads the others of the fold, and logs where it failed, never the words', async () => {
    const analyses = await themingFailingOn(poison).analyzeComments(themes, [
      { text: 'Loses his temper and shouts when things go wrong.', kind: 'text' },
      { text: poison, kind: 'text' },
      { text: 'Has a compelling vision for the future.', kind: 'text' },
    ]);
    expect(analyses.map((analysis) => [analysis.themeIds, analysis.confidence, analysis.themingFailed ?? false])).toEqual([
      [['composure'], expect.any(Number), false],
      [[], 0, true],
      [['vision'], expect.any(Number), false],
    ]);
    expect(analyses[0].confidence).toBeGreaterThan(0);
    expect(analyses.filter((analysis) => 'failure' in analysis)).toEqual([]);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/could not be themed[\s\S]*TypeError\n\s+at /);
    expect(logged[0]).not.toMatch(/confidential|all-hands|cannot read/i);
  });

  it('keeps the failure with the analysis when it reads in an encoder thread, for the process that folds to log', async () => {
    const [, failed] = await themingFailingOn(poison).analyzeInThisThread(
      themes,
      [
        { text: 'Listens well.', kind: 'text' },
        { text: poison, kind: 'text' },
      ],
      new Map(),
    );
    expect(failed).toEqual({
      themeIds: [],
      sentiment: 'positive',
      confidence: 0,
      secondThemeId: null,
      themingFailed: true,
      failure: expect.stringMatching(/^TypeError\n\s+at /),
    });
    expect(logged).toEqual([]);
    // What the threads send back is logged, and dropped, by the service that asked them.
    const threaded: ThemingEncoder = {
      id: 'threads',
      dimensions: 0,
      embed: () => Promise.resolve([]),
      prepare: () => Promise.resolve(),
      analyze: () => Promise.resolve([failed]),
    };
    const service = new ThemingService({} as AnalyzerCache, new SentenceEncoderService(() => Promise.resolve(threaded)));
    expect(await service.analyzeComments(themes, [{ text: poison, kind: 'text' }])).toEqual([
      { themeIds: [], sentiment: 'positive', confidence: 0, secondThemeId: null, themingFailed: true },
    ]);
    expect(logged).toEqual([expect.stringMatching(/could not be themed[\s\S]*TypeError\n\s+at /)]);
  });

  it('stores the comment as one software failed on, for the review to say so, and the others of the answer as read', async () => {
    const survey = loadShippedSurvey('leadership-360');
    const [strengths, other] = survey.questions.filter((question) => question.type === 'text').map((question) => question.id);
    const comments = await themingFailingOn(poison).extractComments(
      survey,
      'peer',
      { [strengths]: poison, [other]: 'Has a compelling vision for the future.' },
      () => 0.5,
    );
    expect(comments.map(({ text, themeIds, confidence, themingFailed }) => ({ text, themeIds, confidence, themingFailed }))).toEqual([
      { text: poison, themeIds: [], confidence: 0, themingFailed: true },
      { text: 'Has a compelling vision for the future.', themeIds: ['vision'], confidence: expect.any(Number), themingFailed: false },
    ]);
    expect(comments.some((comment) => 'failure' in comment)).toBe(false);
  });
});
