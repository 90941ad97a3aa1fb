import { analyseText } from '../text/text-pipeline';
import { commentClauses, strongestOfClauses } from './comment-clauses';

const clauses = (text: string): string[] => commentClauses(analyseText(text)).map((clause) => clause.map((token) => token.written).join(' '));

describe('commentClauses', () => {
  it('splits a comment at its sentences and before a word that turns to something else', () => {
    expect(clauses('Brilliant at the big picture, but nothing ever gets finished.')).toEqual([
      'brilliant at the big picture',
      'but nothing ever gets finished',
    ]);
    expect(clauses('Listens well. Decisions take forever.')).toEqual(['listens well', 'decisions take forever']);
  });

  it('reads a comment of one clause, or of clauses too short to stand alone, whole', () => {
    expect(clauses('Always explains the reasoning behind her decisions.')).toEqual([]);
    expect(clauses('Great, but.')).toEqual([]);
    expect(clauses('')).toEqual([]);
  });
});

describe('strongestOfClauses', () => {
  it('keeps, per theme, the strongest of the whole comment and each clause', () => {
    expect(
      strongestOfClauses(
        [0.5, 0.4, 0.1],
        [
          [0.9, 0.05, 0.05],
          [0.1, 0.8, 0.1],
        ],
      ),
    ).toEqual([0.9, 0.8, 0.1]);
    expect(strongestOfClauses([0.5, 0.5], [])).toEqual([0.5, 0.5]);
  });
});
