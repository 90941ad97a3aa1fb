import type { CommentKind, CommentSentiment } from '../aggregation/aggregate.types';

/**
 * Comments of the kind raters write about a senior leader, each filed by hand under the
 * leadership-360 themes it speaks about (the themes of progress-pulse share their ids) and its
 * sentiment. They are the classifier's training data: seeds (keywords, titles, items) name a
 * theme in the survey author's words; these show how raters put it in their own ("paints a
 * picture", "sits on decisions", "hovers"). They were written before the classifier was tuned,
 * and are also the set its weights were tuned on; the comments it is measured on apart from
 * them (the held-out set of the tests) are never added here.
 */
export interface CommentExample {
  text: string;
  /** Free text unless it answers start/stop/continue. */
  kind?: CommentKind;
  themes: string[];
  sentiment: CommentSentiment;
}

const V = 'vision';
const COM = 'communication';
const DEC = 'decisions';
const DEV = 'developing-others';
const COL = 'collaboration';
const EXE = 'execution';
const SELF = 'self-awareness';
const CALM = 'composure';

const c = (text: string, themes: string[], sentiment: CommentSentiment, kind?: CommentKind): CommentExample => ({ text, themes, sentiment, ...(kind ? { kind } : {}) });

/** The examples keywords and weights were tuned on, before the classifier learnt from examples. */
export const TUNED_EXAMPLES: readonly CommentExample[] = [
  // Vision and direction
  c('Paints a picture of where the business will be in five years that people actually get excited about.', [V], 'positive'),
  c("Honestly I couldn't tell you what our strategy is for next year. It changes with every town hall.", [V], 'constructive'),
  c("Helps each of us see how our day-to-day work ties into the company's bigger goals.", [V], 'positive'),
  c("Too focused on this quarter's numbers; the longer-term bets keep getting pushed back.", [V], 'constructive'),
  c('She spotted the shift in what customers wanted well before the competition did and moved us early.', [V], 'positive'),
  c("The direction is announced to us fully formed; it would be good to be involved before it's decided.", [V], 'constructive'),
  c('Inspiring when he talks about why our work matters to patients.', [V], 'positive'),
  c('Lacks a clear sense of purpose for the department; we drift from one initiative to the next.', [V], 'constructive'),
  c('Thinks several moves ahead and keeps us pointed at where the market is heading.', [V], 'positive'),
  c('Not enough time spent on the why; we get tasks without any context.', [V], 'constructive'),

  // Communication and listening
  c('Doesn\u2019t listen. He has made up his mind before you finish your sentence.', [COM], 'constructive'),
  c('Talks over people in meetings, especially the quieter members of the team.', [COM], 'constructive'),
  c('Her updates are short, well written and always land at the right time.', [COM], 'positive'),
  c('I often find out about changes from other teams before hearing them from him.', [COM], 'constructive'),
  c('Explains complicated topics in plain language, whether she is talking to the board or the shop floor.', [COM], 'positive'),
  c("Emails are long and hard to follow; I'm never sure what's actually being asked of me.", [COM], 'constructive'),
  c('Genuinely asks what we think, and seems comfortable when we disagree with her.', [COM], 'positive'),
  c('You always come away from a conversation with him feeling heard.', [COM], 'positive'),
  c("Could be more transparent about what's happening at the leadership level.", [COM], 'constructive'),
  c('Expectations are rarely spelled out, so we end up guessing what good looks like.', [COM], 'constructive'),
  c('Listens.', [COM], 'positive'),

  // Decision making
  c("Makes the call quickly when we're stuck, even without every piece of data.", [DEC], 'positive'),
  c("Decisions get revisited again and again; nothing feels final until it's shipped.", [DEC], 'constructive'),
  c("Always walks us through the reasoning and what we're giving up with each option.", [DEC], 'positive'),
  c('Sits on decisions for weeks. Whole projects stall waiting for his sign-off.', [DEC], 'constructive'),
  c("It's never clear who gets to decide what, so the same debates keep coming back.", [DEC], 'constructive'),
  c('When a call she made turned out wrong, she owned it in front of everyone rather than blaming the team.', [DEC, SELF], 'positive'),
  c('Checks with the people closest to the work before deciding, which means the decisions usually stick.', [DEC], 'positive'),
  c('Tends to go with gut feel over evidence on big investments.', [DEC], 'constructive'),
  c("Weighs the risks carefully but doesn't get paralysed by them.", [DEC], 'positive'),
  c("He's very analytical and it can take a long time before he commits to a direction. We lost the Henderson contract partly because we waited too long.", [DEC], 'constructive'),

  // Developing others
  c('Gave me a real stretch assignment last year and backed me when it got hard.', [DEV], 'positive'),
  c('Hands out tasks but keeps the interesting decisions for himself; we never get to own anything.', [DEV], 'constructive'),
  c('I get almost no feedback on my work except at the annual review.', [DEV], 'constructive'),
  c("She's a brilliant mentor. Asks the right questions and lets me find the answer myself.", [DEV], 'positive'),
  c("Hovers over every detail of our work; it's exhausting and a bit demoralising.", [DEV], 'constructive'),
  c('Has never once asked me where I want my career to go.', [DEV], 'constructive'),
  c('Makes a point of thanking the people who did the work, in public, by name.', [DEV], 'positive'),
  c("Takes the credit for the team's work when presenting to senior leadership.", [DEV], 'constructive'),
  c('Invests in people: three of his former reports now run teams of their own.', [DEV], 'positive'),
  c('Our one-to-ones are often cancelled at short notice, and when they happen they are mostly status updates rather than about my development.', [DEV], 'constructive'),
  c('Too quick to jump in and fix things himself rather than letting people learn.', [DEV], 'constructive'),

  // Collaboration and influence
  c('Works well with the other department heads and is respected across the business.', [COL], 'positive'),
  c('Protects her own patch at the expense of the wider organisation.', [COL], 'constructive'),
  c("Goes over people's heads instead of sorting disagreements out with them directly.", [COL], 'constructive'),
  c('Builds bridges with finance and sales long before he needs anything from them.', [COL], 'positive'),
  c('Wins people over by understanding what they care about, not by pulling rank.', [COL], 'positive'),
  c('Our team and his rarely work together, and it shows in the handoffs.', [COL], 'constructive'),
  c('Generous with her people and her budget when another team is under water.', [COL], 'positive'),
  c("Can come across as dismissive of other functions' priorities.", [COL], 'constructive'),
  c('Would benefit from spending more time with peers outside his own function, building those relationships before he needs them.', [COL], 'constructive'),
  c('Fantastic at bringing different teams together around a shared goal.', [COL], 'positive'),

  // Execution and results
  c("Gets things over the line. If she says it will be done by Friday, it's done by Friday.", [EXE], 'positive'),
  c("We have twelve 'top priorities' at any one time, which means we really have none.", [EXE], 'constructive'),
  c('Lets deadlines slide without any conversation about why.', [EXE], 'constructive'),
  c('Holds everyone, including himself, to what they signed up for.', [EXE], 'positive'),
  c('Clears roadblocks for us quickly, usually within a day of us raising them.', [EXE], 'positive'),
  c('Starts lots of initiatives but few of them are seen through to the end.', [EXE], 'constructive'),
  c('Keeps a close eye on the numbers that matter and acts before small slips become big ones.', [EXE], 'positive'),
  c("Not consistent about holding people to account; some get away with missing commitments, others don't.", [EXE], 'constructive'),
  c("In my view Maria's biggest strength is how she organises the work: everyone knows what they own, by when, and what success looks like.", [EXE], 'positive'),
  c("Prioritises ruthlessly and is honest about what won't get done.", [EXE], 'positive'),
  c('Keeps her promises.', [EXE], 'positive'),

  // Self-awareness and openness
  c('Gets defensive whenever anyone questions his approach.', [SELF], 'constructive'),
  c("Actively asks how she's doing and actually changes things based on what she hears.", [SELF], 'positive'),
  c("I don't think he realises how intimidating he can be in one-to-ones.", [SELF], 'constructive'),
  c("Quick to say 'I got that wrong' and move on.", [SELF], 'positive'),
  c("There's always a reason why something wasn't her fault.", [SELF], 'constructive'),
  c('Very open about his own weak spots, which makes it easier for the rest of us to be open too.', [SELF], 'positive'),
  c('When a remark lands badly, he notices and comes back to put it right.', [SELF], 'positive'),
  c('Apologises when he gets it wrong, which I respect enormously.', [SELF], 'positive'),

  // Composure and resilience
  c('Keeps her cool even when the whole system is down and the client is on the phone.', [CALM], 'positive'),
  c("You can tell from across the room when he's having a bad day, and people avoid him.", [CALM], 'constructive'),
  c('Has snapped at people in front of the team more than once this year.', [CALM], 'constructive'),
  c('Unflappable. Nothing seems to rattle him.', [CALM], 'positive'),
  c('The pace she sets is not sustainable; several of us are close to burning out.', [CALM], 'constructive'),
  c('Bounces back fast after a setback and gets the team looking forward again.', [CALM], 'positive'),
  c('People are nervous about bringing her bad news because of how she might react.', [CALM], 'constructive'),
  c('Stays respectful even in heated debates.', [CALM], 'positive'),
  c('Behaviour in the leadership team has improved a lot since the spring; she is noticeably more patient and less sharp with people.', [CALM], 'positive'),
  c("Not always easy to read. Sometimes very warm, sometimes cold, and we're never sure which version we'll get.", [CALM], 'constructive'),

  // Two themes at once
  c('Clear thinker and a clear communicator: decisions come with the reasons attached.', [COM, DEC], 'positive'),
  c('Delivers great results but does it by doing everything herself instead of letting the team grow.', [DEV, EXE], 'constructive'),
  c("Calm in a crisis, and afterwards he's the first to ask what he could have done better.", [SELF, CALM], 'positive'),
  c("Strong relationships with other teams, but doesn't keep his own team in the loop about what's agreed.", [COM, COL], 'constructive'),
  c('Sets a compelling direction and then follows it through with a realistic plan.', [V, EXE], 'positive'),
  c("Loses patience in meetings and stops listening once she's frustrated.", [COM, CALM], 'constructive'),
  c('Gives honest feedback, and asks for it in return.', [DEV, SELF], 'positive'),
  c('Could communicate the rationale for the reorganisation much better; people filled the gap with rumours.', [COM, DEC], 'constructive'),

  // No theme of the survey
  c('A pleasure to work with.', [], 'positive'),
  c("Nothing comes to mind, keep doing what you're doing.", [], 'positive'),
  c("I have only worked with him for two months so I can't say much.", [], 'positive'),
  c('Her travel schedule makes her hard to reach some weeks.', [], 'constructive'),
  c('Great sense of humour, makes Monday mornings bearable.', [], 'positive'),
  c('Would love to see more of him on the shop floor.', [], 'constructive'),
  c('Thanks for asking for my input on this.', [], 'positive'),
  c('The quarterly offsite in Lisbon was the best we have had.', [], 'positive'),
  c('Please book meeting rooms earlier; we keep ending up in the corridor.', [], 'constructive'),

  // Start / stop / continue answers, as short as raters write them
  c("Interrupting people before they've finished.", [COM], 'constructive', 'stop'),
  c('Letting us run the client relationships ourselves.', [DEV], 'constructive', 'start'),
  c('Painting the bigger picture for us at every all-hands.', [V], 'positive', 'continue'),
  c('Saying no to some projects so the team can concentrate on the important ones.', [EXE], 'constructive', 'start'),
  c("Reopening decisions after they've been agreed.", [DEC], 'constructive', 'stop'),
  c('Staying level-headed when things go sideways.', [CALM], 'positive', 'continue'),
  c('Asking for feedback on your own leadership, not just on our work.', [SELF], 'constructive', 'start'),
  c('Going around peers to their bosses.', [COL], 'constructive', 'stop'),
  c('The weekly one-to-ones; they are the most useful half hour of my week.', [DEV], 'positive', 'continue'),
  c('Hmm, not sure, maybe more team lunches?', [], 'constructive', 'start'),
];

/**
 * Written later, as training data only: more of the ways raters put each theme, in words the
 * seeds were never tuned to, so that cross-validation on them measures what seeds and examples
 * do on text neither was fitted to.
 */
export const FRESH_EXAMPLES: readonly CommentExample[] = [
  // Vision and direction
  c('I always know what we are building towards and why it matters.', [V], 'positive'),
  c('We lurch from one priority of the month to the next with no story tying them together.', [V], 'constructive'),
  c('Brilliant at turning a vague ambition from the board into something the team can picture.', [V], 'positive'),
  c('Plans never look further out than the next release.', [V], 'constructive'),
  c('Reads the industry well and gets us ready for what is coming rather than reacting to it.', [V], 'positive'),
  c('The team would follow him anywhere because he makes the destination sound worth it.', [V], 'positive'),
  c('I struggle to explain to my own team where the department is going, because nobody has told me.', [V, COM], 'constructive'),
  c('Could do more to show how our targets fit into the company plan.', [V], 'constructive'),
  c('Setting out a three-year plan for the unit and sharing it with all of us.', [V], 'constructive', 'start'),

  // Communication and listening
  c('Gives you her full attention in a conversation; the laptop closes and the phone goes away.', [COM], 'positive'),
  c('Half of what he says in meetings is lost on the team because it is buried in acronyms.', [COM], 'constructive'),
  c('Messages from him are one line long and leave us guessing what he means.', [COM], 'constructive'),
  c('Keeps everyone informed, even when the news is not good.', [COM], 'positive'),
  c('Repeats back what you said to check she has understood before she answers.', [COM], 'positive'),
  c('Finishes other people\'s sentences for them.', [COM], 'constructive'),
  c('Tends to tell rather than ask; questions from the floor are cut short.', [COM], 'constructive'),
  c('We hear about changes through the grapevine long before any announcement.', [COM], 'constructive'),
  c('Sharing the notes from leadership meetings so we are not the last to know.', [COM], 'constructive', 'start'),
  c('Her all-hands talks are clear, honest and short.', [COM], 'positive'),

  // Decision making
  c('Decisive without being reckless; once she has the facts she makes up her mind.', [DEC], 'positive'),
  c('Every choice goes to a committee and takes months.', [DEC], 'constructive'),
  c('Will not commit to a yes or a no, so our requests sit in limbo.', [DEC], 'constructive'),
  c('Explains the trade-offs behind a decision so we can live with it even when we disagree.', [DEC], 'positive'),
  c('Avoids taking a position on anything contentious and leaves us to fight it out.', [DEC], 'constructive'),
  c('Good judgement under uncertainty; her calls have mostly turned out right.', [DEC], 'positive'),
  c('Overriding the team\'s recommendations at the last minute.', [DEC], 'constructive', 'stop'),
  c('Uses data well to settle arguments instead of going with whoever shouts loudest.', [DEC], 'positive'),
  c('Lets small questions wait on him that any of us could have answered.', [DEC, DEV], 'constructive'),

  // Developing others
  c('Takes a genuine interest in my growth and pushes me towards opportunities I would not have gone for.', [DEV], 'positive'),
  c('Gives the interesting work to the same two people every time.', [DEV], 'constructive'),
  c('Coaches rather than tells; I leave our catch-ups with better questions than I came with.', [DEV], 'positive'),
  c('Checks every email I send before it goes out.', [DEV], 'constructive'),
  c('Puts junior people in front of clients and trusts them to do well.', [DEV], 'positive'),
  c('Praise is rare and criticism comes months after the event.', [DEV], 'constructive'),
  c('Has helped me build a development plan and checks in on it every quarter.', [DEV], 'positive'),
  c('Handing over more responsibility to the senior members of the team.', [DEV], 'constructive', 'start'),
  c('Recognising people when they go the extra mile.', [DEV], 'positive', 'continue'),

  // Collaboration and influence
  c('Runs his department like a fortress; other teams get nothing out of it.', [COL], 'constructive'),
  c('Knows how to bring a sceptical stakeholder round without forcing it.', [COL], 'positive'),
  c('Happy to lend people to other projects when they need help.', [COL], 'positive'),
  c('Keeps information inside the team as if sharing it would cost us.', [COL], 'constructive'),
  c('Has built real trust with the regional teams, who now come to us first.', [COL], 'positive'),
  c('Escalates every disagreement with engineering instead of working it out with them.', [COL], 'constructive'),
  c('Could invest more in his network across the group; few people outside our area know him.', [COL], 'constructive'),
  c('Joint projects with her team always run smoothly.', [COL], 'positive'),
  c('Blaming other teams in front of customers.', [COL], 'constructive', 'stop'),

  // Execution and results
  c('Delivers what she promises, on time and on budget.', [EXE], 'positive'),
  c('Projects drag on for months past the date we were given.', [EXE], 'constructive'),
  c('Turns a big goal into clear milestones and tracks them every week.', [EXE], 'positive'),
  c('Everything is urgent, so nothing really is.', [EXE], 'constructive'),
  c('Follows up on actions from meetings; things do not get forgotten.', [EXE], 'positive'),
  c('Too many projects open at once and too few finished.', [EXE], 'constructive'),
  c('Has turned round a team that was missing every target.', [EXE], 'positive'),
  c('Accepts excuses when work is late and nobody is held to their commitments.', [EXE], 'constructive'),
  c('Keeping the weekly review of what we shipped and what slipped.', [EXE], 'positive', 'continue'),

  // Self-awareness and openness
  c('Invites challenge to her own plans and is glad when someone finds a flaw.', [SELF], 'positive'),
  c('Sees himself as a great listener, which is not how the team experiences him.', [SELF, COM], 'constructive'),
  c('Admits when she does not know something and asks for help.', [SELF], 'positive'),
  c('Shuts down any challenge to his ideas, and people have stopped raising concerns.', [SELF], 'constructive'),
  c('Has clearly worked on herself since her last 360; the change is visible.', [SELF], 'positive'),
  c('Believes his own press; he has no idea how he comes across to the team.', [SELF], 'constructive'),
  c('Knows her own blind spots and surrounds herself with people who cover them.', [SELF], 'positive'),
  c('Seems unaware of the effect his mood has on the room.', [SELF, CALM], 'constructive'),
  c('Taking it personally when someone disagrees with him.', [SELF], 'constructive', 'stop'),

  // Composure and resilience
  c('Steady under pressure; the more chaotic it gets the calmer she becomes.', [CALM], 'positive'),
  c('Raises his voice when things go wrong, and the team goes quiet.', [CALM], 'constructive'),
  c('Takes setbacks in her stride and keeps everyone focused.', [CALM], 'positive'),
  c('Gets visibly stressed before board meetings and it spreads to all of us.', [CALM], 'constructive'),
  c('His reactions are unpredictable, so people tiptoe around him.', [CALM], 'constructive'),
  c('A calming presence in difficult client meetings.', [CALM], 'positive'),
  c('Working late every night and expecting the same of everyone is wearing the team down.', [CALM], 'constructive'),
  c('Handled the redundancies with real dignity and patience.', [CALM], 'positive'),
  c('Losing his temper on calls with suppliers.', [CALM], 'constructive', 'stop'),

  // No theme of the survey
  c('Nothing further from me.', [], 'positive'),
  c('Always has time for a chat about football.', [], 'positive'),
  c('I think the new office layout is a mistake.', [], 'constructive'),
  c('Very friendly and approachable person.', [], 'positive'),
  c('Not much to add beyond my ratings.', [], 'positive'),
  c('The expense system is painful; not her fault, but worth fixing.', [], 'constructive'),
];

export const COMMENT_EXAMPLES: readonly CommentExample[] = [...TUNED_EXAMPLES, ...FRESH_EXAMPLES];
