const LEADER_PLACEHOLDER = /\{\{\s*leader\s*\}\}/g;

/**
 * Survey texts say {{leader}}; whoever reads them sees the leader's name, or what stands for the
 * leader where no name is known ("The leader" in a classifier's seed sentences). Escaping
 * happens when a page or mail is rendered, never here.
 */
export function personalise(text: string, leaderName: string): string {
  // A function, so that a name holding "$&" or "$'" is taken as written, not as a replacement pattern.
  return text.replace(LEADER_PLACEHOLDER, () => leaderName);
}

/** Whether a text names the leader through the placeholder. */
export function mentionsLeader(text: string): boolean {
  return new RegExp(LEADER_PLACEHOLDER.source).test(text);
}
