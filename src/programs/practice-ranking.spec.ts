import type { Practice } from '../surveys/survey.types';
import { rankPractices } from './practice-ranking';

const entry = (id: string, kind: Practice['kind'], themes: string[]): Practice => ({ id, title: id, kind, themes, howTo: `Do ${id} every week` });
const titles = new Map([
  ['communication', 'Communication'],
  ['developing-others', 'Developing others'],
  ['vision', 'Vision'],
]);

describe('rankPractices', () => {
  const library = [
    entry('retell', 'practice', ['vision', 'communication']),
    entry('listen', 'practice', ['communication', 'self-awareness']),
    entry('speak-last', 'practice', ['communication', 'developing-others', 'decisions']),
    entry('delegate', 'exercise', ['developing-others']),
    entry('book', 'reading', ['self-awareness', 'composure', 'communication']),
  ];

  it('puts entries that develop the theme first ahead, and those serving another focus theme too ahead of those', () => {
    const ranked = rankPractices(library, 'communication', ['communication', 'developing-others'], titles);
    expect(ranked.map((practice) => [practice.practiceId, practice.fit])).toEqual([
      ['speak-last', 4],
      ['listen', 3],
      ['retell', 2],
      ['book', 1],
    ]);
    expect(ranked[0].why).toBe('develops Communication first; serves the focus on Developing others too');
    expect(ranked[2].why).toBe('also develops Communication');
  });

  it('keeps the library order among equal fits and leaves out entries without the theme', () => {
    expect(
      rankPractices(
        [entry('a', 'practice', ['vision']), entry('b', 'practice', ['vision']), entry('c', 'reading', ['composure'])],
        'vision',
        ['vision'],
        titles,
      ).map((p) => p.practiceId),
    ).toEqual(['a', 'b']);
  });
});
