/**
 * What raters write about the sample leader, in their own words. The texts deliberately use the
 * words people really use ("micromanages", "interrupts", "calm"), which are also the theme
 * keywords of leadership-360, so the report can file them under themes.
 */
export interface CommentBank {
  strengths: readonly string[];
  change: readonly string[];
  start: readonly string[];
  stop: readonly string[];
  continue: readonly string[];
}

const SELF: CommentBank = {
  strengths: ['I deliver on my commitments and I communicate clearly what I expect from the team. When we set a deadline, we meet it.'],
  change: ['I could delegate more and spend more time developing my people instead of fixing problems myself.'],
  start: ['Start delegating whole projects to my direct reports, including the decisions.'],
  stop: ['Stop micromanaging every operational issue myself.'],
  continue: ['Continue setting clear priorities and explaining the strategy behind them.'],
};

const BOSS: CommentBank = {
  strengths: [
    'Alex gets things done. The warehouse consolidation was delivered on time and under budget, and Alex kept the board informed throughout with clear, concise updates.',
  ],
  change: ['Build a bench. Alex is still the bottleneck for too many decisions, and I do not yet see a successor developing in the team.'],
  start: ['Start coaching the two senior managers as potential successors.'],
  stop: ['Stop stepping in personally every time a deadline is at risk.'],
  continue: ['Continue the quarterly roadmap reviews; they keep everyone aligned on the strategy.'],
};

const PEER: CommentBank = {
  strengths: [
    'Very organised and focused on results: priorities are always clear and Alex follows through on commitments.',
    'Alex has a clear vision for operations and explains the strategy in a way that makes sense to the rest of us.',
    'Decisive when it counts, and good at laying out the trade-offs behind a decision.',
    'Calm under pressure. During the outage last spring Alex was the steady voice in the room.',
  ],
  change: [
    'Listen more in meetings. Alex often interrupts before people have finished, and the discussion ends before it has started.',
    'Collaborate earlier with other departments; we sometimes hear about decisions that affect us only after they are made.',
    'Be more open to disagreement. When challenged, Alex can get defensive and people stop raising issues.',
    'Share more of the plan with peers; it sometimes feels like operations works in a silo.',
  ],
  start: [
    'Start asking for input from other teams before committing to a plan.',
    'Start listening to the end of an argument before answering.',
    'Start sharing the operations roadmap with the other leadership teams.',
  ],
  stop: [
    'Stop interrupting people in meetings.',
    'Stop treating cross-functional requests as distractions.',
    'Stop dismissing concerns before you have listened to them.',
  ],
  continue: [
    'Continue setting clear priorities every quarter.',
    'Continue being calm when things go wrong.',
    'Continue the monthly strategy sessions; they are genuinely useful.',
  ],
};

const DIRECT_REPORT: CommentBank = {
  strengths: [
    'Alex protects the team from last-minute requests and sets clear priorities, so we always know what matters this week.',
    'Great at execution: plans are realistic, deadlines are met, and Alex removes obstacles quickly when we are stuck.',
    'Alex explains the why behind the strategy, which makes our work feel connected to something bigger.',
    'Recognises good work in public and gives credit to the people who did it.',
  ],
  change: [
    'Delegate real decisions to the team. The micromanagement slows us down and tells us we are not trusted.',
    'Give feedback more often, not only at review time; I want to grow and I rarely hear how I am doing.',
    'Take time to coach the newer people on the team rather than fixing things yourself late at night.',
    'Listen before deciding. In 1:1s Alex often has the answer before I have finished explaining the problem.',
  ],
  start: [
    'Start holding regular career conversations with each of us.',
    'Start delegating ownership of whole projects, not just tasks.',
    'Start coaching us in 1:1s by asking questions instead of giving answers.',
  ],
  stop: [
    'Stop checking every detail of our work; it feels like micromanagement.',
    'Stop rewriting our documents at midnight, and trust us to deliver.',
    'Stop reacting with frustration when a plan slips; it makes people hide bad news.',
  ],
  continue: [
    'Continue protecting our focus from last-minute requests.',
    'Continue the weekly priorities email, it keeps us focused.',
    'Continue celebrating results with the whole team.',
  ],
};

const OTHER: CommentBank = {
  strengths: [
    'Alex communicates clearly with partners and suppliers and always follows through on what was agreed.',
    'Reliable and calm; when there is a crisis at a site, Alex is the person I want on the call.',
    'A strong sense of direction: Alex knows where operations needs to be in three years.',
  ],
  change: [
    'Alex could be more patient with people who are new to the business and explain the context more.',
    'Involve the site teams earlier in decisions that change their work.',
  ],
  start: ['Start visiting the sites more often to listen to the front line.', 'Start sharing updates from leadership meetings more widely.'],
  stop: ['Stop deciding alone on changes that the site teams own.', 'Stop sending long emails late in the evening.'],
  continue: ['Continue the clear, concise monthly updates.', 'Continue being so dependable on commitments.'],
};

const BANKS: Readonly<Record<string, CommentBank>> = { self: SELF, boss: BOSS, peer: PEER, direct_report: DIRECT_REPORT, other: OTHER };

export function commentBankFor(groupId: string): CommentBank {
  return BANKS[groupId] ?? OTHER;
}
