/**
 * How the sample leader comes across, on the 1-5 scale of leadership-360: strong on execution
 * and vision, weaker at developing others and at listening, and seeing their own communication
 * far more favourably than anyone else does (the blind spot the demo report should surface).
 */
const OTHERS_VIEW: Readonly<Record<string, number>> = {
  vision: 4.2,
  communication: 3.1,
  decisions: 3.8,
  'developing-others': 2.8,
  collaboration: 3.6,
  execution: 4.5,
  'self-awareness': 3.2,
  composure: 3.9,
};

const SELF_VIEW: Readonly<Record<string, number>> = {
  vision: 4.3,
  communication: 4.6,
  decisions: 4.0,
  'developing-others': 3.4,
  collaboration: 4.0,
  execution: 4.2,
  'self-awareness': 4.1,
  composure: 3.8,
};

/** Each vantage point sees something different: the boss sees results, direct reports see the management style. */
const GROUP_SHIFT: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  boss: { execution: 0.3, vision: 0.2, 'developing-others': 0.3, collaboration: -0.2 },
  peer: { collaboration: -0.4, decisions: 0.1 },
  direct_report: { 'developing-others': -0.4, communication: -0.2, composure: -0.3 },
  other: { communication: 0.3, composure: 0.2 },
};

/** Within a theme the items differ too: Alex explains well but does not listen. */
const OTHERS_ITEM_SHIFT: Readonly<Record<string, number>> = {
  'communication.listens': -0.8,
  'communication.clear': 0.5,
  'developing-others.delegates': -0.5,
  'developing-others.recognises': 0.5,
  'execution.priorities': 0.2,
  'self-awareness.non-defensive': -0.5,
};

/** People outside the team rarely see how Alex develops people, so they more often say "not observed". */
const NOT_OBSERVED: Readonly<Record<string, { usual: number; byTheme: Readonly<Record<string, number>> }>> = {
  self: { usual: 0, byTheme: {} },
  boss: { usual: 0.03, byTheme: { 'developing-others': 0.2 } },
  peer: { usual: 0.06, byTheme: { 'developing-others': 0.35, composure: 0.1 } },
  direct_report: { usual: 0.04, byTheme: { collaboration: 0.15 } },
  other: { usual: 0.1, byTheme: { 'developing-others': 0.5, decisions: 0.25 } },
};

const NEUTRAL = 3.5;

/** The rating this group would give the item on average, on a 1-5 scale. */
export function expectedRating(groupId: string, themeId: string, itemId: string): number {
  if (groupId === 'self') return SELF_VIEW[themeId] ?? NEUTRAL;
  return (OTHERS_VIEW[themeId] ?? NEUTRAL) + (GROUP_SHIFT[groupId]?.[themeId] ?? 0) + (OTHERS_ITEM_SHIFT[itemId] ?? 0);
}

export function notObservedChance(groupId: string, themeId: string): number {
  const profile = NOT_OBSERVED[groupId] ?? NOT_OBSERVED.other;
  return profile.byTheme[themeId] ?? profile.usual;
}
