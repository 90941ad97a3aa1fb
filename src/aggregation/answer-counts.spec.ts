import { meetsThreshold, singlesOut } from './answer-counts';

describe('answer counts beside the coach’s interviews', () => {
  it('meets a threshold only when all answers do, and the rater answers among them are none or enough too', () => {
    expect(meetsThreshold({ all: 3, interviews: 0 }, 3)).toBe(true);
    expect(meetsThreshold({ all: 2, interviews: 0 }, 3)).toBe(false);
    // Two raters and two interviews: readers see four, the coach two.
    expect(meetsThreshold({ all: 4, interviews: 2 }, 3)).toBe(false);
    expect(meetsThreshold({ all: 5, interviews: 2 }, 3)).toBe(true);
    // Interviews alone: the coach learns nothing new, readers read three people.
    expect(meetsThreshold({ all: 3, interviews: 3 }, 3)).toBe(true);
    expect(meetsThreshold({ all: 2, interviews: 2 }, 3)).toBe(false);
  });

  it('says a figure singles someone out when it holds someone, yet too few', () => {
    expect(singlesOut({ all: 0, interviews: 0 }, 3)).toBe(false);
    expect(singlesOut({ all: 1, interviews: 0 }, 3)).toBe(true);
    expect(singlesOut({ all: 4, interviews: 3 }, 3)).toBe(true);
    expect(singlesOut({ all: 6, interviews: 3 }, 3)).toBe(false);
  });
});
