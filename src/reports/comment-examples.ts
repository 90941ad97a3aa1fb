import { BY_ITEM_EXAMPLES } from './comment-examples-by-item';
import { CALM, COL, COM, DEC, DEV, EXE, labelled as c, type LabelledComment, SELF, V } from '../theming/examples/labelled-comment';

/**
 * Comments of the kind raters write about a senior leader, each filed by hand under the
 * leadership-360 themes it speaks about (the themes of progress-pulse share their ids) and its
 * sentiment. They are the classifier's training data: seeds (keywords, titles, items) name a
 * theme in the survey author's words; these show how raters put it in their own ("paints a
 * picture", "sits on decisions", "hovers"). The first (TUNED_EXAMPLES) were written before the
 * classifier was tuned, and are also the set its seed weights were tuned on; the comments it is
 * measured on apart from them (the held-out set of the tests) are never added here.
 */
export type CommentExample = LabelledComment;

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

/**
 * Written later still, as training data only, in the way raters describe what they see rather
 * than in the themes' words ("sits on decisions for weeks", "cuts people off mid-sentence"), so
 * that the examples cover more of the paraphrase new comments use. Like FRESH_EXAMPLES, the seeds
 * were never tuned on them.
 */
export const MORE_EXAMPLES: readonly CommentExample[] = [
  // Vision and direction
  c('We never know what the plan for next year is until it lands on us in January.', [V], 'constructive'),
  c('She can describe where we want to be in three years in two sentences, and everyone on the team can repeat them.', [V], 'positive'),
  c('It feels like we are running hard without knowing which way the finish line is.', [V], 'constructive'),
  c('Every all-hands he ties the project updates back to the reason the unit exists, which makes the grind feel worthwhile.', [V], 'positive'),
  c('Chases whatever the latest idea from head office is; there is no thread running through what we do.', [V], 'constructive'),
  c('Was talking about AI for our customers two years before anyone else in the group took it seriously.', [V], 'positive'),
  c('Buried in operational detail; I have never heard him talk about what the unit should look like in a few years.', [V], 'constructive'),
  c('They gave us a clear picture of what success looks like in 2026 and it has guided every choice since.', [V], 'positive'),
  c('I would love to hear more about what he sees coming for our sector.', [V], 'constructive'),
  c("Makes you feel part of something bigger than this quarter's spreadsheet.", [V], 'positive'),
  c("Our goals this year read like a list of last year's leftovers.", [V], 'constructive'),
  c('Asked every team to help shape the five-year plan, so we actually believe in it.', [V], 'positive'),
  c('Nobody below director level could tell you what we are meant to be aiming for.', [V], 'constructive'),
  c('Good at stepping back from the day to day and asking what the organisation will need in a few years.', [V], 'positive'),
  c('Reacts to whatever is on fire this week instead of steering.', [V], 'constructive'),
  c('When the merger was announced she was the one who explained what it would mean for us over the coming years.', [V], 'positive'),
  c('Painting a picture of where the division is going, not just what we need to hit this month.', [V], 'constructive', 'start'),
  c('The away day where we mapped out the next three years together.', [V], 'positive', 'continue'),
  c("Changing the team's goals every few weeks.", [V], 'constructive', 'stop'),

  // Communication and listening
  c('Jumps in before you have finished making your point, and answers what he assumed you meant.', [COM], 'constructive'),
  c('She puts her phone face down and actually hears you out.', [COM], 'positive'),
  c('His slides have forty bullet points and we still leave not knowing what he wants.', [COM], 'constructive'),
  c('Always the first to tell us when something changes, good or bad.', [COM], 'positive'),
  c('Reorganisations are announced by calendar invite with no explanation.', [COM], 'constructive'),
  c('Writes the clearest summaries I have seen from anyone at that level.', [COM], 'positive'),
  c('You can tell he is waiting for his turn to talk rather than taking in what you said.', [COM], 'constructive'),
  c('Checks in after big announcements to see whether people have questions.', [COM], 'positive'),
  c('Goes quiet for weeks and then we get a flood of instructions on a Friday afternoon.', [COM], 'constructive'),
  c('Speaks to the warehouse staff and the board in the same straightforward way.', [COM], 'positive'),
  c('In one-to-ones she is half looking at her screen the whole time.', [COM], 'constructive'),
  c('When you ask him a direct question you get a ten-minute answer to a different question.', [COM], 'constructive'),
  c('Good at summing up a messy discussion so everyone leaves with the same understanding.', [COM], 'positive'),
  c('Makes time for the quieter voices and asks them directly what they make of it.', [COM], 'positive'),
  c('We learn about big changes from the company newsletter rather than from her.', [COM], 'constructive'),
  c('Letting people finish what they are saying before jumping in.', [COM], 'constructive', 'start'),
  c('The short Monday note telling us what is coming up that week.', [COM], 'positive', 'continue'),
  c('Answering questions with a wall of text.', [COM], 'constructive', 'stop'),

  // Decision making
  c('Sits on decisions for weeks and then wonders why we missed the window.', [DEC], 'constructive'),
  c('When we bring her a problem she weighs it up quickly and tells us which way to go.', [DEC], 'positive'),
  c('Whoever gets to him last before the meeting usually wins; the outcome flips from week to week.', [DEC], 'constructive'),
  c('He always tells us why he chose one route over the other, so even the unpopular calls make sense.', [DEC], 'positive'),
  c('Everything needs her personal approval, and her inbox is where requests go to die.', [DEC], 'constructive'),
  c('Willing to make a hard call and own it when it does not work out.', [DEC], 'positive'),
  c('Asks for another analysis every time a choice gets close, so nothing is ever settled.', [DEC], 'constructive'),
  c('Very clear about which calls are ours and which ones are his.', [DEC], 'positive'),
  c('Agrees to something in the meeting and then quietly does the opposite a week later.', [DEC], 'constructive'),
  c("Doesn't let perfect be the enemy of good; she picks a direction and adjusts as we learn.", [DEC], 'positive'),
  c('Made the call to close the legacy product when nobody else would, and it was the right one.', [DEC], 'positive'),
  c('Goes with his instinct over the numbers far too often.', [DEC], 'constructive'),
  c('Pulls the right people into the room before deciding, then actually decides.', [DEC], 'positive'),
  c('Tends to put off anything unpopular until it is forced on us.', [DEC], 'constructive'),
  c('Going back on agreed decisions once the work has already started.', [DEC], 'constructive', 'stop'),
  c('Giving us a yes or no within the week instead of letting things drift.', [DEC], 'constructive', 'start'),
  c('Being willing to say "we will go with this" when the team is split.', [DEC], 'positive', 'continue'),

  // Developing others
  c("Rewrites my reports line by line instead of telling me what's wrong with them.", [DEV], 'constructive'),
  c('She gave me a project well above my pay grade and backed me all the way through it.', [DEV], 'positive'),
  c('I have had no real conversation about my career with him in two years.', [DEV], 'constructive'),
  c('Tells you straight away when something could have gone better, kindly and with an example.', [DEV], 'positive'),
  c('Needs to be copied on everything and checks in several times a day on small tasks.', [DEV], 'constructive'),
  c('Several people who worked for him now run their own teams, which says a lot.', [DEV], 'positive'),
  c('When things go well it is his success; when they go badly it is ours.', [DEV], 'constructive'),
  c('Lets me find my own way to solve a problem and is there if I get stuck.', [DEV], 'positive'),
  c('Never says thank you, even after the team worked through a weekend.', [DEV], 'constructive'),
  c('Asks me what I want to be doing in three years and then helps me get there.', [DEV], 'positive'),
  c('Keeps the best work for himself and hands out the admin.', [DEV], 'constructive'),
  c('Named the people who did the work in front of the whole leadership group.', [DEV], 'positive'),
  c('His reviews are a tick-box exercise; nothing useful comes out of them.', [DEV], 'constructive'),
  c('She found me a course and a buddy in another office when I said I wanted to learn pricing.', [DEV], 'positive'),
  c('Does not trust anyone below her to talk to the client on their own.', [DEV], 'constructive'),
  c('Letting go of the detail and trusting the team leads to run their areas.', [DEV], 'constructive', 'start'),
  c('Making time to sit with new starters in their first month.', [DEV], 'positive', 'continue'),
  c('Hovering over every piece of work the junior analysts do.', [DEV], 'constructive', 'stop'),

  // Collaboration and influence
  c('Treats finance as the enemy rather than people we need on our side.', [COL], 'constructive'),
  c('Picks up the phone to his opposite numbers in other divisions and sorts things out before they escalate.', [COL], 'positive'),
  c('Our team is seen as hard to work with, and a lot of that comes from the top.', [COL], 'constructive'),
  c('Brought sales and operations round the same table for the first time in years.', [COL], 'positive'),
  c('Goes over colleagues\u2019 heads to the CEO when he does not get his way.', [COL], 'constructive'),
  c('Other heads of department ask for her view because she always thinks about the whole business.', [COL], 'positive'),
  c('Keeps score with the other directors and it makes joint work painful.', [COL], 'constructive'),
  c('Good at getting people who do not report to him to help, without ever pulling rank.', [COL], 'positive'),
  c('Refuses to share headcount even when another team is clearly drowning.', [COL], 'constructive'),
  c('Well liked across the group; doors open for us because of her.', [COL], 'positive'),
  c('Meetings with the IT department turn into a blame game whenever he is there.', [COL], 'constructive'),
  c('Finds the compromise that both sides can live with.', [COL], 'positive'),
  c('He rarely turns up to the shared steering group and it shows.', [COL], 'constructive'),
  c('Made the effort to get to know the new regional leads in person.', [COL], 'positive'),
  c('Winning arguments with other departments matters more to him than getting the result.', [COL], 'constructive'),
  c('Spending more time with the product team rather than sending messages through us.', [COL], 'constructive', 'start'),
  c('Bringing partner teams in early on the big projects.', [COL], 'positive', 'continue'),
  c('Running down the other regions in front of our team.', [COL], 'constructive', 'stop'),

  // Execution and results
  c('Good at starting things and much less good at finishing them.', [EXE], 'constructive'),
  c('If she says it will be done by Thursday, it is done by Thursday.', [EXE], 'positive'),
  c('We have ten top priorities, which means we have none.', [EXE], 'constructive'),
  c('Breaks a huge programme down into chunks we can actually get through.', [EXE], 'positive'),
  c('Actions from our meetings disappear; nobody checks whether anything happened.', [EXE], 'constructive'),
  c('Clears whatever is in our way so we can get on with the job.', [EXE], 'positive'),
  c('The launch slipped three times and there was never a clear reason why.', [EXE], 'constructive'),
  c('Hit every number this year despite losing two key people.', [EXE], 'positive'),
  c('Says yes to every request from above and the team pays for it.', [EXE], 'constructive'),
  c('Keeps a simple tracker of who is doing what by when, and reviews it every Monday.', [EXE], 'positive'),
  c('Lets underperformance slide for far too long.', [EXE], 'constructive'),
  c('Gets the unglamorous work done without fuss.', [EXE], 'positive'),
  c('Big on ideas, light on the detail of how we will actually make them happen.', [EXE], 'constructive'),
  c('Shipped the new platform on the date we set a year ago, which I have never seen happen here.', [EXE], 'positive'),
  c('Work piles up because he keeps adding new projects without stopping old ones.', [EXE], 'constructive'),
  c('Killing off a few projects so we can do the rest properly.', [EXE], 'constructive', 'start'),
  c('The Friday check on what got done and what is stuck.', [EXE], 'positive', 'continue'),
  c('Moving the goalposts halfway through a project.', [EXE], 'constructive', 'stop'),

  // Self-awareness and openness
  c('Thinks he is more approachable than he is; people are nervous to go to him.', [SELF], 'constructive'),
  c('She asked the team to tell her the one thing she should do differently, and then she did it.', [SELF], 'positive'),
  c('Any criticism and he starts explaining why it was someone else.', [SELF], 'constructive'),
  c('Openly said she got the restructure wrong and what she would change.', [SELF], 'positive'),
  c('Has to be the smartest person in every room.', [SELF], 'constructive'),
  c('Knows he can be impatient and tells new people so, which helps.', [SELF], 'positive'),
  c('Seems genuinely surprised whenever people say they find her intimidating.', [SELF], 'constructive'),
  c('Shares her own development goals with the team, which makes it easier for us to share ours.', [SELF], 'positive'),
  c('Never once heard him say "I got that wrong".', [SELF], 'constructive'),
  c('Comfortable with being challenged by juniors and changes her view when the argument is good.', [SELF], 'positive'),
  c('Gets prickly when questioned in public, so people save their doubts for the corridor.', [SELF], 'constructive'),
  c('Regularly asks how his style is landing with people.', [SELF], 'positive'),
  c('His view of his own performance is much rosier than anyone else\u2019s.', [SELF], 'constructive'),
  c('Doesn\u2019t pretend to have all the answers.', [SELF], 'positive'),
  c('Listening to feedback without immediately justifying himself.', [SELF], 'constructive', 'start'),
  c('Asking us after each project what she could have handled better.', [SELF], 'positive', 'continue'),
  c('Brushing off concerns as people being negative.', [SELF], 'constructive', 'stop'),

  // Composure and resilience
  c('When the system went down during peak season she was the calmest person in the building.', [CALM], 'positive'),
  c('Snaps at people when he is under pressure and then acts as if nothing happened.', [CALM], 'constructive'),
  c("You can read his mood from across the office, and it sets the tone for everyone's day.", [CALM], 'constructive'),
  c('Bad news does not rattle her; she just asks what we need to do next.', [CALM], 'positive'),
  c('Sends angry emails late at night that he clearly regrets in the morning.', [CALM], 'constructive'),
  c('Has been through a brutal year and still turns up steady and positive.', [CALM], 'positive'),
  c('Panics when the numbers dip and the whole team ends up in firefighting mode.', [CALM], 'constructive'),
  c('Keeps her cool with even the most difficult customers.', [CALM], 'positive'),
  c('Seems permanently exhausted and short-tempered lately.', [CALM], 'constructive'),
  c('Bounces back quickly after a setback and gets everyone moving again.', [CALM], 'positive'),
  c('Slams the laptop shut and walks out of meetings when things are not going his way.', [CALM], 'constructive'),
  c("Never lets the pressure from above land on the team's shoulders.", [CALM], 'positive'),
  c('Takes every setback as a personal disaster and it drains the room.', [CALM], 'constructive'),
  c('Stays even-tempered even when a meeting gets heated.', [CALM], 'positive'),
  c('Looking after his own wellbeing; running on empty is not working.', [CALM], 'constructive', 'start'),
  c('Being the steady hand when everything is going wrong.', [CALM], 'positive', 'continue'),
  c('Shouting at people on the phone in the open-plan office.', [CALM], 'constructive', 'stop'),

  // Two themes
  c('Makes quick calls but never tells anyone what he decided or why.', [DEC, COM], 'constructive'),
  c('Describes where we are heading so vividly, and then sets out the steps to get there each quarter.', [V, EXE], 'positive'),
  c('She gets other departments on board with the strategy long before it goes to the board.', [V, COL], 'positive'),
  c('Loses his temper when people disagree with him and then refuses to admit he overreacted.', [CALM, SELF], 'constructive'),
  c('Does everything herself, so projects stall whenever she is away.', [DEV, EXE], 'constructive'),
  c('Never explains the reasons behind his choices, so we cannot make similar calls without him.', [DEC, DEV], 'constructive'),
  c('Listens to the other teams properly and has built strong working relationships because of it.', [COM, COL], 'positive'),
  c('Talks about big ambitions but our to-do list never changes to match them.', [V, EXE], 'constructive'),
  c('Gets defensive when questioned and cuts the conversation short.', [SELF, COM], 'constructive'),
  c('Stays calm in a crisis and still makes the tough calls quickly.', [CALM, DEC], 'positive'),
  c('Gives honest, useful feedback and asks for it back about herself.', [DEV, SELF], 'positive'),
  c('Fights with other directors over every decision, so nothing gets agreed.', [COL, DEC], 'constructive'),
  c('Keeps us up to date on progress every week and chases anything that is slipping.', [COM, EXE], 'positive'),
  c('When deadlines loom he gets tense and starts micromanaging everyone.', [CALM, DEV], 'constructive'),
  c('Knows what she does not know and brings in people from other teams who do.', [SELF, COL], 'positive'),
  c('Shares his thinking about where the market is going so we all understand the plan.', [V, COM], 'positive'),

  // No theme of the survey
  c('Nothing else to add from my side, thanks.', [], 'positive'),
  c('I have only worked with her for a couple of months so find it hard to say.', [], 'positive'),
  c('The survey is too long.', [], 'constructive'),
  c('Great sense of humour and always up for a coffee.', [], 'positive'),
  c('Parking at the new site is a nightmare for everyone.', [], 'constructive'),
  c('N/A', [], 'positive'),
  c('Keep up the good work!', [], 'positive'),
  c('See my answers above.', [], 'positive'),
  c('The pay review process this year was unfair, but that is an HR matter.', [], 'constructive'),
  c('Lovely person to have around the office.', [], 'positive'),
  c('More team lunches would be nice.', [], 'constructive', 'start'),
];

/** The examples the seeds were never tuned on, which cross-validation judges weights by. */
export const UNTUNED_EXAMPLES: readonly CommentExample[] = [...FRESH_EXAMPLES, ...MORE_EXAMPLES, ...BY_ITEM_EXAMPLES];

export const COMMENT_EXAMPLES: readonly CommentExample[] = [...TUNED_EXAMPLES, ...UNTUNED_EXAMPLES];
