import { surveyFactory } from '../../../test/factories/survey.factory';
import type { SurveyTheme } from '../../surveys/survey.types';
import { createCommentAnalyzer } from './comment-analyzer';
import { seedSentences } from './seed-model';
import { createThemeScorer } from './theme-scorer';

const theme = (id: string, keywords: string[], itemTexts: string[] = [], title = id): SurveyTheme => ({
  id,
  title,
  keywords,
  items: itemTexts.map((text, index) => ({ id: `${id}.${index}`, text, selfText: text, kind: 'likert' })),
});
const themes: SurveyTheme[] = [
  theme('developing-others', ['delegate', 'feedback', 'takes credit']),
  theme('communication', ['listen', 'interrupt', 'presentation']),
  theme('self-awareness', ['defensive', 'asks for feedback']),
  theme('composure', ['calm', 'temper'], ['{{leader}} keeps an even tone when things go wrong']),
];
// Seeds alone: these themes share ids with the shipped examples, which would otherwise vote too.
const analyzer = createCommentAnalyzer(themes, { examples: [] });
const analyze = (text: string) => {
  const { themeIds, sentiment } = analyzer.analyze(text);
  return { themeIds, sentiment };
};

describe('createCommentAnalyzer', () => {
  it('gives every theme a comment speaks about, in survey order, and its sentiment', () => {
    expect(analyze('Loses his temper and then stops listening.')).toEqual({ themeIds: ['communication', 'composure'], sentiment: 'constructive' });
    expect(analyze('Calm, and listens.')).toEqual({ themeIds: ['communication', 'composure'], sentiment: 'positive' });
  });

  it('says how sure it is: less of two themes that tie than of one theme alone, a probability in both cases', () => {
    const tie = analyzer.analyze('Loses his temper and then stops listening.');
    const clear = analyzer.analyze('Calm under pressure, calm in a crisis, never loses his temper.');
    expect(clear.themeIds).toEqual(['composure']);
    expect([tie.confidence, clear.confidence].every((value) => typeof value === 'number' && value > 0 && value < 1)).toBe(true);
    expect(tie.confidence as number).toBeLessThan(clear.confidence as number);
  });

  it('reads negated behaviour as about that behaviour, and constructive', () => {
    expect(analyze("Doesn't listen.")).toEqual({ themeIds: ['communication'], sentiment: 'constructive' });
  });

  it('adds what examples filed under a theme say to its seeds, for paraphrase the keywords miss', () => {
    const examples = [
      { text: 'Hovers over every detail of our work.', themes: ['developing-others'], sentiment: 'constructive' as const },
      { text: 'Checks every email I send before it goes out.', themes: ['developing-others'], sentiment: 'constructive' as const },
      { text: 'Loses his temper in meetings.', themes: ['composure'], sentiment: 'constructive' as const },
    ];
    // "detail" is in no keyword, and an item word ("work") alone is too weak to give the theme.
    const text = 'Checks every detail of my work.';
    expect(createCommentAnalyzer(themes, { examples: [] }).analyze(text).themeIds).toEqual([]);
    expect(createCommentAnalyzer(themes, { examples }, { minScore: 1 }).analyze(text).themeIds).toEqual(['developing-others']);
  });

  it('gives no theme to a comment whose meaning is of the examples about none, whatever its words', () => {
    const axis = (index: number): Float32Array => Float32Array.from([0, 1, 2, 3], (position) => (position === index ? 1 : 0));
    const examples = Array.from({ length: 16 }, (_, index) =>
      index % 2 === 0
        ? { text: `Keeps calm when things go wrong, every time (${index}).`, themes: ['composure'], sentiment: 'positive' as const }
        : { text: `Thanks for asking me (${index}).`, themes: [], sentiment: 'positive' as const },
    );
    const meanings = { examples: examples.map((example) => axis(example.themes.length > 0 ? 1 : 0)), seeds: seedSentences(themes).map(() => axis(2)) };
    const withMeaning = createCommentAnalyzer(themes, { examples, meanings });
    expect(withMeaning.analyze('Calm.', 'text', axis(1)).themeIds).toEqual(['composure']);
    const unthemed = withMeaning.analyze('Calm.', 'text', axis(0));
    expect(unthemed.themeIds).toEqual([]);
    // The theme its words pointed to is offered to the coach as one that came close.
    expect(unthemed.secondThemeId).toBe('composure');
  });

  it('reads how likely a comment is to speak of two themes from the meaning of the examples filed under two', () => {
    const axis = (index: number): Float32Array => Float32Array.from([0, 1, 2, 3, 4], (position) => (position === index ? 1 : 0));
    const shapes = [
      { themes: ['composure'], meaning: 1 },
      { themes: ['communication', 'composure'], meaning: 2 },
      { themes: ['communication'], meaning: 3 },
    ];
    const examples = Array.from({ length: 24 }, (_, index) => ({
      text: `An example comment (${index}).`,
      themes: shapes[index % 3].themes,
      sentiment: 'positive' as const,
    }));
    const meanings = { examples: examples.map((_, index) => axis(shapes[index % 3].meaning)), seeds: seedSentences(themes).map(() => axis(4)) };
    const scorer = createThemeScorer(themes, { examples, meanings });
    expect(scorer.score('Calm, and listens.', axis(2)).twoThemesOdds).toBeGreaterThan(1.5);
    expect(scorer.score('Calm.', axis(1)).twoThemesOdds).toBeLessThan(-1.5);
    expect(scorer.score('Listens.', axis(3)).twoThemesOdds).toBeLessThan(-1.5);
    // Without its meaning a comment's count is not read at all, rather than read as one theme.
    expect(scorer.score('Calm, and listens.').twoThemesOdds).toBeNull();
  });

  it('reads no count for themes no example speaks of two of, and leaves their second theme to the scores', () => {
    const axis = (index: number): Float32Array => Float32Array.from([0, 1, 2], (position) => (position === index ? 1 : 0));
    const examples = Array.from({ length: 12 }, (_, index) => ({
      text: `Keeps calm when things go wrong (${index}).`,
      themes: index % 2 === 0 ? ['composure'] : ['vision', 'composure'],
      sentiment: 'positive' as const,
    }));
    const meanings = { examples: examples.map((_, index) => axis(index % 2)), seeds: seedSentences(themes).map(() => axis(2)) };
    // Of these themes the examples speak of composure alone (vision is not one of them).
    const scorer = createThemeScorer(themes, { examples, meanings });
    expect(scorer.score('Calm, and listens well in meetings.', axis(1)).twoThemesOdds).toBeNull();
    const analyzer = createCommentAnalyzer(themes, { examples, meanings }, { minScore: 1, secondScore: 1, shareOfBest: 0.1 });
    expect(analyzer.analyze('Calm, and listens.', 'text', axis(1)).themeIds).toEqual(['communication', 'composure']);
  });

  it('lets a matched phrase claim its words for its own theme', () => {
    expect(analyze('Always asks for feedback on her own work.').themeIds).toEqual(['self-awareness']);
    expect(analyze('Gives feedback every week.').themeIds).toEqual(['developing-others']);
  });

  it('uses item texts as seeds, {{leader}} left out, but weaker than keywords', () => {
    expect(analyze('A steady tone, even when things go wrong.').themeIds).toEqual(['composure']);
    expect(analyze('A steady tone.').themeIds).toEqual([]);
    expect(analyze('Leader of the pack.').themeIds).toEqual([]);
    expect(analyze('Things go well.').themeIds).toEqual([]);
  });

  it('fits nothing to text with no words about a theme', () => {
    for (const text of ['', '   ', '😀🎉', '12345', 'A pleasure to work with.', 'Очень спокойный руководитель']) expect(analyze(text).themeIds).toEqual([]);
  });

  it('reads markup as text and classifies the words in it', () => {
    expect(analyze('<script>alert("x")</script> <b>calm</b> & collected')).toEqual({ themeIds: ['composure'], sentiment: 'positive' });
  });

  it('classifies a comment at the 5,000-character limit, and longer', () => {
    const long = `${'She listens carefully and stays calm. '.repeat(150)}`;
    expect(long.length).toBeGreaterThan(5_000);
    expect(analyze(long).themeIds).toEqual(['communication', 'composure']);
  });

  it('means the same by its thresholds whatever the number of themes', () => {
    const two = createCommentAnalyzer(surveyFactory().themes, { examples: [] });
    expect(two.analyze('Never misses a deadline.').themeIds).toEqual(['execution']);
    expect(two.analyze('Listens.').themeIds).toEqual(['communication']);
    expect(createCommentAnalyzer([theme('only', ['calm'])], { examples: [] }).analyze('So calm').themeIds).toEqual(['only']);
  });

  it('copes with a survey without themes, or themes without seeds', () => {
    expect(createCommentAnalyzer([], { examples: [] }).analyze('Listens well').themeIds).toEqual([]);
    expect(createCommentAnalyzer([theme('empty', [])], { examples: [] }).analyze('Listens well').themeIds).toEqual([]);
  });
});
