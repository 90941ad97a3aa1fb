import fc from 'fast-check';
import { analyseText, contentStems, languageModelLoadMs, wordsOf } from './text-pipeline';

const words = (text: string) => wordsOf(analyseText(text));
const lemmas = (text: string): string[] => words(text).map((word) => word.lemma);
const content = (text: string): string[] => contentStems(words(text));

describe('analyseText', () => {
  it('lemmatises inflections and reads British spelling as American', () => {
    expect(lemmas('She interrupts, delegated and is prioritising')).toEqual(['she', 'interrupt', 'delegate', 'and', 'be', 'prioritize']);
    expect(words('organised').map((word) => [word.written, word.normal])).toEqual([['organised', 'organized']]);
  });

  it('stems words of one family alike, and keeps unrelated words apart', () => {
    const stemOf = (word: string): string => words(word)[0].stem;
    expect(new Set(['delegate', 'delegation', 'delegating'].map(stemOf)).size).toBe(1);
    expect(new Set(['communicate', 'communication', 'communicator'].map(stemOf)).size).toBe(1);
    expect(stemOf('community')).not.toBe(stemOf('communication'));
    expect(stemOf('planet')).not.toBe(stemOf('plan'));
  });

  it('reads a word the English model finds no lemma for as written: a contraction typed without its apostrophe before a stop', () => {
    expect(lemmas('which arent.')).toEqual(['which', 'arent']);
    expect(lemmas('we didnt, why')).toEqual(['we', 'didnt', 'why']);
    expect(lemmas('Doesnt.')).toEqual(['doesnt']);
    // Followed by a word, the model reads the contraction as two.
    expect(lemmas('he doesnt listen')).toEqual(['he', 'do', 'not', 'listen']);
  });

  it('reads any text raters may type without failing, and gives every word a lemma and a stem', () => {
    // Pieces the English model treats specially (contractions with and without apostrophes, stops,
    // symbols, other scripts), in any order, each followed by a space or not.
    const piece = fc.oneof(
      fc.constantFrom('arent', 'didnt', 'doesnt', 'dont', 'cant', 'wont', 'isnt', 'im', 'ive', "n't", "'s", "O'Neil", '1:1s', 'Talks', 'she', 'e-mail'),
      fc.constantFrom('.', ',', '!', '?', '...', ';', '-', "'", '\u2019', '"', '&', '<b>', '\n', '😀', '2024', '@sam', '#team', 'https://x.io/a?b=1'),
      fc.constantFrom('Ça', 'привет', '中文', 'naïve'),
      fc.string({ maxLength: 6 }),
    );
    const text = fc.array(fc.tuple(piece, fc.constantFrom(' ', '')), { maxLength: 12 }).map((pieces) => pieces.map(([word, gap]) => word + gap).join(''));
    fc.assert(
      fc.property(text, (comment) => {
        for (const word of words(comment)) expect([typeof word.lemma, typeof word.stem]).toEqual(['string', 'string']);
      }),
      { numRuns: 500 },
    );
  });

  it('lemmatises a first word written without its subject ("Talks over people")', () => {
    expect(lemmas('Talks over people').slice(0, 1)).toEqual(['talk']);
    expect(lemmas('Paints a picture').slice(0, 1)).toEqual(['paint']);
  });

  it('drops punctuation, symbols and stop words from what a text is about, inflected stop words too', () => {
    expect(content('He gets things done, and keeps us informed!')).toEqual(['thing', 'inform']);
    expect(content("The team's work")).toEqual(['team', 'work']);
  });

  it('scopes a negation to the next content word of its clause', () => {
    const negated = (text: string): string[] =>
      words(text)
        .filter((word) => word.negated && !word.stopWord)
        .map((word) => word.lemma);
    expect(negated("He doesn't really listen to anyone, and interrupts constantly")).toEqual(['listen']);
    expect(negated('Never once asked about my career')).toEqual(['ask']);
    expect(negated('Owned it rather than blaming the team')).toEqual(['blame']);
    expect(negated('Nothing seems to rattle him')).toEqual(['rattle']);
    expect(negated('Listens well and explains clearly')).toEqual([]);
  });

  it('reads hyphenated words as their parts, whichever wink would keep whole', () => {
    expect(lemmas('cross-functional, self-aware')).toEqual(['cross', 'functional', 'self', 'aware']);
  });

  it('reads a comment the same whatever the process read before: a possessive before a stop teaches wink nothing', () => {
    const read = (text: string) => words(text).map((word) => [word.written, word.pos, word.lemma]);
    // Words no other test reads, so that nothing in this process has taught wink them yet.
    const first = read("The orchard's harvest and the lantern's glow");
    expect(first.slice(0, 3)).toEqual([
      ['the', 'DET', 'the'],
      ['orchard', 'NOUN', 'orchard'],
      ["'s", 'PART', "'s"],
    ]);
    for (const taught of ["Not mine, the orchard's.", "It was the lantern's, then the orchard's: both.", "He said 'the lantern's'."]) {
      expect(lemmas(taught)).not.toContain("orchard's");
      expect(read("The orchard's harvest and the lantern's glow")).toEqual(first);
    }
    // Contractions wink knows stay whole, before a stop too.
    expect(lemmas("It's, well, what it's.")).toEqual(['it', 'be', 'well', 'what', 'it', 'be']);
  });

  it.each([
    ['a phone’s apostrophe', 'The meadow’s edge and the meadow’s gate', 'Not the meadow’s.'],
    ['capitals', "THE WILLOW'S SHADE", "NOT THE WILLOW'S."],
    ['a digit before it', "The K9's kennel", "Not the K9's."],
    ['an accent written apart', "The souffle\u0301's rise", "Not the souffle\u0301's."],
  ])('reads a possessive written with %s the same before and after the process met it before a stop', (_, comment, taught) => {
    const read = (text: string) => words(text).map((word) => [word.written, word.pos, word.lemma]);
    const first = read(comment);
    expect(first.map(([written]) => written)).toContainEqual(expect.stringMatching(/^['\u2019]s$/i));
    read(taught);
    expect(read(comment)).toEqual(first);
    expect(lemmas(taught).some((lemma) => /['\u2019]s$/i.test(lemma) && lemma.length > 2)).toBe(false);
  });

  it('splits sentences and scores their sentiment', () => {
    const analysed = analyseText('Brilliant coach. Awful at meetings.');
    expect(analysed.sentences).toHaveLength(2);
    expect(analysed.sentences[0].sentiment).toBeGreaterThan(0);
    expect(analysed.sentences[1].sentiment).toBeLessThan(0);
  });

  it('finds no words in empty, blank, emoji-only or digit-only text', () => {
    for (const text of ['', '   \n\t', '😀👍🔥', '42 - 17 = 25']) expect(content(text)).toEqual([]);
    expect(analyseText('😡😡').sentiment).toBeLessThan(0);
  });

  it('reads markup as words like any other, and leaves it as text', () => {
    expect(content('<script>alert("calm")</script><b>listens</b>')).toEqual(expect.arrayContaining(['calm', 'listen']));
  });

  it('handles letters beyond English', () => {
    expect(content('Très clair et précis, café')).toEqual(expect.arrayContaining(['cafe']));
    expect(content('Очень спокойный руководитель').length).toBeGreaterThan(0);
    expect(content('非常冷静的领导者。')).toHaveLength(1);
  });

  it('analyses a very long comment in one pass', () => {
    const long = 'Stays calm under pressure and listens to the team. '.repeat(500);
    const started = Date.now();
    expect(analyseText(long).sentences.length).toBe(500);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('loads the language model once per process', () => {
    analyseText('first');
    const loadTime = languageModelLoadMs();
    analyseText('second');
    expect(loadTime).toBeGreaterThan(0);
    expect(languageModelLoadMs()).toBe(loadTime);
  });
});
