import { loadShippedSurvey } from '../../test/factories/shipped-survey';
import { shippedExamples, shippedTheming } from '../../test/factories/theming';
import type { CommentKind } from './comment.types';
import { SentenceEncoderService, themesComments } from './embeddings/sentence-encoder';
import { loadSentenceEncoderInThreads } from './embeddings/threaded-sentence-encoder';
import { AnalyzerCache } from './analyzer-cache';
import { EmbeddingStore } from './embeddings/embedding-store';
import { ExampleBank } from './examples/example-bank';
import { ThemingService } from './theming.service';

jest.setTimeout(120_000);

const survey = loadShippedSurvey('leadership-360');
const kinds: CommentKind[] = ['text', 'start', 'stop', 'continue'];
const comments = [
  'Interrupts people before they have finished talking.',
  'Sits on decisions for weeks, and the team waits.',
  'Gives clear direction and then trusts us to get on with it.',
  'Should stop checking every slide before it goes out.',
  'Keep running the Friday retrospectives.',
  'Start asking the quieter people what they think.',
  'The coffee machine on the third floor is broken.',
  'Listens well, delegates, and admits mistakes openly.',
  '',
  'Rarely looks beyond this quarter.',
  ...Array.from({ length: 30 }, (_, index) => `Comment ${index}: ${index % 3 ? 'misses deadlines we agreed on' : 'coaches each of us in one-to-ones'}.`),
].map((text, index) => ({ text, kind: kinds[index % kinds.length] }));

describe('comment theming in the encoder threads', () => {
  const encoders = new SentenceEncoderService(() => loadSentenceEncoderInThreads(2, { examples: shippedExamples() }));
  // The threads theme comments; the classifier here would be used only if they did not.
  const threaded = new ThemingService(new AnalyzerCache(encoders, new EmbeddingStore('/nonexistent'), new ExampleBank([])), encoders);
  const here = shippedTheming();

  afterAll(() => encoders.onApplicationShutdown());

  it('gives the analyses theming gives in process, for the same comments and embeddings', async () => {
    expect(themesComments(await encoders.encoder())).toBe(true);
    const known = await here.embedTexts(comments.map((comment) => comment.text));
    const inProcess = await here.analyzeComments(survey.themes, comments, known);
    const inThreads = await threaded.analyzeComments(survey.themes, comments, known);
    expect(inThreads).toEqual(inProcess);
    // The comments speak of several themes, and one of none: equal is not "all empty".
    expect(new Set(inProcess.flatMap((analysis) => analysis.themeIds)).size).toBeGreaterThan(2);
    expect(inProcess.some((analysis) => analysis.themeIds.length === 0)).toBe(true);
  });

  it('gives each of many calls made at once its own analyses, as a fold of a hundred answers makes them', async () => {
    const known = await here.embedTexts(comments.map((comment) => comment.text));
    const inProcess = await here.analyzeComments(survey.themes, comments, known);
    // More calls than the pool lets wait, each of one or two comments, all in one turn.
    const calls = Array.from({ length: 120 }, (_, index) => comments.slice(index % comments.length, (index % comments.length) + 1 + (index % 2)));
    const answers = await Promise.all(calls.map((part) => threaded.analyzeComments(survey.themes, part, known)));
    for (const [index, answer] of answers.entries()) {
      const from = index % comments.length;
      expect(answer).toEqual(inProcess.slice(from, from + calls[index].length));
    }
  });

  it('embeds in its threads what it was not given, to the same themes', async () => {
    const inProcess = await here.analyzeComments(survey.themes, comments);
    const inThreads = await threaded.analyzeComments(survey.themes, comments);
    expect(inThreads.map((analysis) => [analysis.themeIds, analysis.sentiment])).toEqual(inProcess.map((analysis) => [analysis.themeIds, analysis.sentiment]));
    for (const [index, analysis] of inThreads.entries()) expect(analysis.confidence).toBeCloseTo(inProcess[index].confidence as number, 3);
  });

  it('builds a survey’s classifier ahead of its first fold, and fails a fold of themes it cannot read without ending the threads', async () => {
    await expect(threaded.prepareFor(survey.themes)).resolves.toBeUndefined();
    await expect(threaded.analyzeComments([{ id: 'broken', title: 'Broken', keywords: ['x'], items: null as never }], comments.slice(0, 2))).rejects.toThrow();
    expect(await threaded.themesForComment(comments[1].text, survey.themes)).toEqual(await here.themesForComment(comments[1].text, survey.themes));
  });
});
