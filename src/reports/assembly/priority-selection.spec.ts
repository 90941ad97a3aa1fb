import type { Classification } from './report.types';
import { type PriorityCandidate, selectPriorities } from './priority-selection';

const candidate = (
  themeId: string,
  classification: Classification,
  othersMean: number | null,
  selfMean: number | null,
  extra: Partial<PriorityCandidate> = {},
): PriorityCandidate => ({
  themeId,
  title: themeId.toUpperCase(),
  classification,
  othersMean,
  selfMean,
  othersAgreement: 0.7,
  comments: 2,
  constructiveComments: [],
  ...extra,
});
const ids = (candidates: PriorityCandidate[], count = 3): string[] => selectPriorities(candidates, count).map((priority) => priority.themeId);

describe('selectPriorities', () => {
  it('proposes blind spots first (largest gap), then development areas, then the lowest others\u2019 means', () => {
    const themes = [
      candidate('a', 'strength', 4.5, 4.5),
      candidate('b', 'development_area', 3.3, 3.2),
      candidate('c', 'blind_spot', 3.4, 4.9),
      candidate('d', 'blind_spot', 3.3, 4.9),
      candidate('e', 'development_area', 3.1, 3.1),
      candidate('f', 'neutral', 2.9, 3.0),
    ];
    expect(ids(themes)).toEqual(['d', 'c', 'e']);
    expect(ids(themes.filter((theme) => theme.classification !== 'blind_spot'))).toEqual(['e', 'b', 'f']);
    // With no blind spot nor development area: the lowest means, whatever their label.
    expect(ids([candidate('a', 'strength', 4.5, 4.5), candidate('b', 'hidden_strength', 4.0, 3.0), candidate('c', 'neutral', 4.2, 4.2)])).toEqual([
      'b',
      'c',
      'a',
    ]);
  });

  it('explains each proposal with the scores, the gap, the agreement and the number of comments', () => {
    const [first, second] = selectPriorities(
      [candidate('c', 'blind_spot', 3.4, 4.9), candidate('e', 'development_area', 3.1, null, { othersAgreement: null, comments: 1 })],
      3,
    );
    expect(first.reason).toBe(
      'C: a blind spot: the leader rates this theme higher than others do. Self 4.90 vs others 3.40 (gap +1.50); agreement among others rwg 0.70; 2 comments.',
    );
    expect(second.reason).toBe(
      'E: a development area: among the themes others rate lowest. Others 3.10, no self-rating; agreement among others unknown; 1 comment.',
    );
  });

  it('proposes two or three themes, and only themes others have a shown figure for', () => {
    const themes = [candidate('a', 'neutral', 3, 3), candidate('b', 'neutral', 3.5, 3.5), candidate('c', 'neutral', 4, 4), candidate('d', 'neutral', 4.5, 4.5)];
    expect(ids(themes, 1)).toEqual(['a', 'b']);
    expect(ids(themes, 2)).toEqual(['a', 'b']);
    expect(ids(themes, 5)).toEqual(['a', 'b', 'c']);
    expect(ids([candidate('a', 'blind_spot', null, 5), candidate('b', 'neutral', 4, 4)])).toEqual(['b']);
    expect(ids([candidate('a', 'neutral', null, 3)])).toEqual([]);
  });

  it('breaks ties by the lower others\u2019 mean, then survey order', () => {
    expect(ids([candidate('a', 'blind_spot', 3.5, 5.0), candidate('b', 'blind_spot', 3.0, 4.5)])).toEqual(['b', 'a']);
    expect(ids([candidate('a', 'neutral', 3.0, 3.0), candidate('b', 'neutral', 3.0, 3.0), candidate('c', 'neutral', 3.0, 3.0)], 2)).toEqual(['a', 'b']);
  });
});
