const LEADER_PLACEHOLDER = /\{\{\s*leader\s*\}\}/g;
const GOAL_PLACEHOLDER = /\{\{\s*goal\s*\}\}/g;

/**
 * Survey texts say {{leader}}; whoever reads them sees the leader's name, or what stands for the
 * leader where no name is known ("The leader" in a classifier's seed sentences). Texts asked once
 * per focus goal also say {{goal}}, filled in with the goal as the program words it when a
 * review's snapshot is made; without a goal, {{goal}} is left for that moment. Escaping happens
 * when a page or mail is rendered, never here.
 */
export function personalise(text: string, leaderName: string, goal?: string): string {
  // Functions, so that a name or goal holding "$&" or "$'" is taken as written, not as a replacement pattern.
  const named = text.replace(LEADER_PLACEHOLDER, () => leaderName);
  return goal === undefined ? named : named.replace(GOAL_PLACEHOLDER, () => goal);
}

/** Whether a text names the leader through the placeholder. */
export function mentionsLeader(text: string): boolean {
  return new RegExp(LEADER_PLACEHOLDER.source).test(text);
}

/** The placeholder itself, for filling in the goal while the leader's name waits for the reader. */
export const LEADER_PLACEHOLDER_TEXT = '{{leader}}';
