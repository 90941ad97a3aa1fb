import { Injectable, Logger } from '@nestjs/common';
import type { RaterGroupId, SurveyDefinition, SurveyTheme } from '../surveys/survey.types';
import { AnalyzerCache } from './analyzer-cache';
import type { CommentAnalyzer } from './classifier/comment-analyzer';
import type { CommentAnalysis, CommentToRead, StoredComment } from './comment.types';
import type { EmbeddingProgress } from './embeddings/embedding-progress';
import { SentenceEncoderService, themesComments } from './embeddings/sentence-encoder';
import { unthemedLanguage } from './language/comment-language';
import { type OpenAnswers, openComments } from './open-comments';

/** Comments classified between two turns of the event loop: some 15 ms of work. */
const COMMENTS_PER_TURN = 5;

/** What a comment theming cannot read is given: no theme, and the sentiment of a neutral remark. */
const NOT_READ: CommentAnalysis = { themeIds: [], sentiment: 'positive', confidence: null, secondThemeId: null };

/**
 * What a comment the classifier failed on is given: no theme, and the lowest confidence, so that
 * the coach's review (least confident first) shows it among the first, to be themed by hand.
 */
const FAILED_TO_READ: CommentAnalysis = { themeIds: [], sentiment: 'positive', confidence: 0, secondThemeId: null, themingFailed: true };

/**
 * An error as it may be logged about a rater's comment: its kind and the frames where it was
 * thrown. Never its message, which may quote the comment, over as many lines as the comment has:
 * the stack begins with the message, so its lines are skipped before frames are read.
 */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const messageLines = String(error).split('\n').length;
  const frames = (error.stack ?? '')
    .split('\n')
    .slice(messageLines)
    .filter((line) => /^\s+at /.test(line));
  return [error.name, ...frames.slice(0, 8)].join('\n');
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Comment theming, as the rest of the product uses it: when an answer is folded, each of its open
 * texts becomes a comment of its own with the survey's themes it speaks about and its sentiment.
 * Reading a comment for its meaning takes the sentence encoder some 10 ms; the embeddings of a
 * fold's comments can be computed before its transaction (`embedTexts`) and handed in as `known`.
 * Where the encoder runs in threads (the app), the threads theme the comments too, with this same
 * code (encoder-thread.ts): this thread only awaits them.
 */
@Injectable()
export class ThemingService {
  private readonly logger = new Logger(ThemingService.name);

  constructor(
    private readonly analyzers: AnalyzerCache,
    private readonly encoders: SentenceEncoderService,
  ) {}

  /** Loads the sentence encoder now: an install that cannot should fail at start, not at its first comment. */
  async loadEncoder(): Promise<void> {
    await this.encoders.encoder();
  }

  /**
   * Builds the classifier of each survey ahead of its first fold: the first time on a machine
   * that means computing the embeddings of the example comments (a minute or two on two cores;
   * `embedded` hears how far it has got) and of the surveys' items, kept on disk afterwards.
   * `ready` hears of each survey as it is done.
   */
  async prepare(
    surveys: readonly SurveyDefinition[],
    ready: (surveyId: string, milliseconds: number) => void = () => undefined,
    embedded?: EmbeddingProgress,
  ): Promise<void> {
    await this.analyzers.embedExamples(embedded);
    for (const survey of surveys) {
      const started = performance.now();
      await this.prepareFor(survey.themes);
      ready(survey.id, performance.now() - started);
    }
  }

  /** Builds the classifier of these themes, so that a fold can use it at once. */
  async prepareFor(themes: readonly SurveyTheme[]): Promise<void> {
    const encoder = await this.encoders.encoder();
    if (themesComments(encoder)) await encoder.prepare(themes);
    else await this.analyzers.analyzerFor(themes);
  }

  /** The sentence embeddings of texts, by text: held in memory by the caller only, never stored. */
  embedTexts(texts: readonly string[]): Promise<Map<string, Float32Array>> {
    return this.encoders.embedTexts(texts);
  }

  /** The open texts of answers as they will be themed, for embedding them ahead of a fold: not those in a language theming cannot read. */
  commentTexts(survey: SurveyDefinition, answers: readonly OpenAnswers[]): string[] {
    return answers.flatMap((answer) => openComments(survey, answer).flatMap((comment) => (unthemedLanguage(comment.text) === null ? [comment.text] : [])));
  }

  /**
   * Analyses comments of one survey together, so that the embeddings not in `known` are computed
   * in one batch: in the encoder's threads where they theme comments (the app), else here. A comment
   * theming failed on is logged here, by the process's own logger, whichever thread read it.
   */
  async analyzeComments(
    themes: readonly SurveyTheme[],
    comments: readonly CommentToRead[],
    known: ReadonlyMap<string, Float32Array> = new Map(),
  ): Promise<CommentAnalysis[]> {
    if (comments.length === 0) return [];
    const encoder = await this.encoders.encoder();
    const analyses = themesComments(encoder) ? await encoder.analyze(themes, comments, known) : await this.analyzeInThisThread(themes, comments, known);
    return analyses.map(({ failure, ...analysis }) => {
      if (failure !== undefined)
        this.logger.error(`A comment could not be themed; it is filed without themes and least sure, for the coach's review. ${failure}`);
      return analysis;
    });
  }

  /** analyzeComments in this thread, a failure to read a comment kept with its analysis: what an encoder thread does for the app. */
  async analyzeInThisThread(
    themes: readonly SurveyTheme[],
    comments: readonly CommentToRead[],
    known: ReadonlyMap<string, Float32Array>,
  ): Promise<CommentAnalysis[]> {
    if (comments.length === 0) return [];
    const analyzer = await this.analyzers.analyzerFor(themes);
    const computed = await this.embedTexts(comments.map((comment) => comment.text).filter((text) => !known.has(text)));
    const analyses: CommentAnalysis[] = [];
    for (const [index, comment] of comments.entries()) {
      // Classifying a comment by its neighbours takes a few milliseconds on the thread that serves
      // requests, and a fold classifies hundreds at once: the event loop gets a turn between slices.
      if (index % COMMENTS_PER_TURN === 0) await nextTurn();
      analyses.push(this.readOne(analyzer, comment, known.get(comment.text) ?? computed.get(comment.text)));
    }
    return analyses;
  }

  /**
   * One comment's analysis. A comment the classifier fails on is filed without themes rather than
   * failing the fold: the fold would fail the same way at every retry, and none of its campaign's
   * answers would reach the report again.
   */
  private readOne(analyzer: CommentAnalyzer, comment: CommentToRead, meaning: Float32Array | undefined): CommentAnalysis {
    try {
      return analyzer.analyze(comment.text, comment.kind, meaning, comment.asks);
    } catch (error) {
      return { ...FAILED_TO_READ, failure: describeFailure(error) };
    }
  }

  /** The themes a comment speaks about, in survey order; empty when it fits none. */
  async themesForComment(text: string, themes: readonly SurveyTheme[]): Promise<string[]> {
    const [analysis] = await this.analyzeComments(themes, [{ text, kind: 'text' }]);
    return analysis.themeIds;
  }

  /**
   * Splits one response's open answers into separate comments, each with its themes, its
   * sentiment and a random sort key, so that nothing stored with a comment ties it to the rater's
   * other comments. `random` must be a cryptographic source in production: the report lists
   * comments in sortKey order. A comment in a language theming cannot read is kept with that
   * language and never classified: the English model would file it under some theme all the same.
   */
  async extractComments(
    survey: SurveyDefinition,
    groupId: RaterGroupId,
    answers: OpenAnswers,
    random: () => number,
    known?: ReadonlyMap<string, Float32Array>,
  ): Promise<StoredComment[]> {
    const found = openComments(survey, answers);
    const languages = found.map((comment) => unthemedLanguage(comment.text));
    const readable = found.filter((_, index) => languages[index] === null);
    const analyses = await this.analyzeComments(survey.themes, readable, known);
    let next = 0;
    return found.map(({ questionId, kind, text }, index) => {
      const language = languages[index];
      const analysis: CommentAnalysis = language === null ? analyses[next++] : NOT_READ;
      return {
        groupId,
        questionId,
        kind,
        text,
        themeIds: analysis.themeIds,
        sentiment: analysis.sentiment,
        confidence: analysis.confidence ?? null,
        secondThemeId: analysis.secondThemeId ?? null,
        language,
        themingFailed: analysis.themingFailed === true,
        sortKey: random(),
      };
    });
  }
}
