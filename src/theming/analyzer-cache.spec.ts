import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SurveyTheme } from '../surveys/survey.types';
import { AnalyzerCache } from './analyzer-cache';
import { EmbeddingStore } from './embeddings/embedding-store';
import { SentenceEncoderService } from './embeddings/sentence-encoder';
import { ExampleBank } from './examples/example-bank';

const theme = (id: string, keywords: string[]): SurveyTheme => ({
  id,
  title: id,
  keywords,
  items: [{ id: `${id}.1`, text: `{{leader}} is ${id}`, selfText: `I am ${id}`, kind: 'likert' }],
});
const themes: SurveyTheme[] = [theme('composure', ['calm', 'temper']), theme('communication', ['listen'])];

describe('AnalyzerCache', () => {
  let directory: string;
  let embedded: string[];
  let cache: AnalyzerCache;
  const newProcess = (): AnalyzerCache => {
    const encoders = new SentenceEncoderService(async () => ({
      id: 'fake',
      dimensions: 2,
      embed: async (texts) => (embedded.push(...texts), texts.map(() => Float32Array.from([1, 0]))),
    }));
    return new AnalyzerCache(
      encoders,
      new EmbeddingStore(directory),
      new ExampleBank([{ text: 'Keeps a cool head.', themes: ['composure'], sentiment: 'positive' }]),
    );
  };
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), 'analyzers-'));
    embedded = [];
    cache = newProcess();
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  it('builds one analyzer per set of seeds: the same themes, or an equal copy, get the same one', async () => {
    const first = await cache.analyzerFor(themes);
    expect(await cache.analyzerFor(themes)).toBe(first);
    expect(await cache.analyzerFor(structuredClone(themes))).toBe(first);
    const changed = structuredClone(themes);
    changed[0].keywords.push('steady');
    expect(await cache.analyzerFor(changed)).not.toBe(first);
  });

  it('embeds the examples and the seed sentences it is built from, once', async () => {
    await cache.analyzerFor(themes);
    await cache.analyzerFor(structuredClone(themes));
    expect(embedded).toEqual(['Keeps a cool head.', 'composure.', 'The leader is composure', 'communication.', 'The leader is communication']);
  });

  it('classifies with the examples of its bank', async () => {
    const analyzer = await cache.analyzerFor(themes);
    // No keyword of composure ("calm", "temper") in it: only the bank's example can file it there.
    expect(analyzer.analyze('Keeps a cool head.').themeIds).toEqual(['composure']);
  });

  it('keeps the examples as the text pipeline reads them on disk: the next process builds from them, and reads afresh a file not whole', async () => {
    const comment = 'Keeps a cool head when things go wrong.';
    const expected = (await cache.analyzerFor(themes)).analyze(comment);
    const [readings] = readdirSync(directory).filter((file) => file.endsWith('.json'));
    const file = join(directory, readings);
    // A reading computed again would be written again, without this.
    appendFileSync(file, '\n');
    expect((await newProcess().analyzerFor(themes)).analyze(comment)).toEqual(expected);
    expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true);
    writeFileSync(file, '[[0, [[0, [["keeps"');
    expect((await newProcess().analyzerFor(themes)).analyze(comment)).toEqual(expected);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toHaveLength(1);
  });
});
