import { CALM, COL, COM, DEC, DEV, EXE, labelled as c, type LabelledComment, SELF, V } from '../../src/theming/examples/labelled-comment';
import { TUNED_EXAMPLES } from '../../src/reports/comment-examples';

/**
 * Comments of the kind raters write about a senior leader, each labelled by hand with the
 * leadership-360 themes it speaks about and its sentiment. Labels are what a coach would file,
 * written before the classifier was tuned against them, and never changed to suit it.
 *
 * Sentiment: `constructive` when the comment points at something the leader should do
 * differently (or says something is not working); `positive` otherwise, including neutral remarks.
 * Many comments paraphrase rather than repeat the themes' keywords, and a few use a keyword of
 * one theme while speaking about another ("clear" priorities, "decisions" kept to oneself).
 *
 * Two sets. TUNING_SET (108) is what keywords and weights were tuned on. It began as two halves:
 * the first tuned on, the second held out; measured once, the held-out half scored far below the
 * tuning half (themes 59 % against 91 %), so it joined the tuning set and HELD_OUT_SET (75) was
 * written and labelled, before any further tuning, as the test nothing is tuned against.
 */
export type { LabelledComment };

/** What keywords and weights were tuned on; shipped, with more written for training only, as the examples the classifier learns from. */
export const TUNING_SET: readonly LabelledComment[] = TUNED_EXAMPLES;

/** Written and labelled after the first round of tuning, before the second; never tuned against. */
export const HELD_OUT_SET: readonly LabelledComment[] = [
  // Vision and direction
  c('Gives us a story about where the division is going that I can actually retell to my own team.', [V], 'positive'),
  c("We've had three different 'strategic priorities' in eighteen months and nobody can explain how they fit together.", [V], 'constructive'),
  c("Very good at spotting what's coming in the industry before it hits us.", [V], 'positive'),
  c('Gets lost in the weeds of operations and rarely lifts his head to look at the next two or three years.', [V], 'constructive'),
  c('Makes people feel the work means something beyond the quarterly targets.', [V], 'positive'),
  c("I'd like her to bring us into shaping the plan for next year instead of presenting it as finished.", [V], 'constructive'),
  c('He has a genuine long-range view of the business and explains it with real energy.', [V], 'positive'),

  // Communication and listening
  c('Really hears people out, even when she clearly disagrees.', [COM], 'positive'),
  c('His messages are often cryptic, and we spend a lot of time decoding what he meant.', [COM], 'constructive'),
  c('Keeps us well informed about what is coming from the exec team, usually before the rumour mill gets going.', [COM], 'positive'),
  c("Cuts people off mid-sentence when he thinks he knows where they're going.", [COM], 'constructive'),
  c('Adjusts how she explains things depending on who is in the room, from engineers to the board.', [COM], 'positive'),
  c("Could give clearer instructions; half the time we're not sure what 'done' looks like.", [COM], 'constructive'),
  c('Tends to dominate discussions, so quieter people stop contributing.', [COM], 'constructive'),

  // Decision making
  c('Will make a decision with 70% of the information and adjust later, which keeps us moving.', [DEC], 'positive'),
  c('Changes his mind depending on who spoke to him last.', [DEC], 'constructive'),
  c('Explains why she chose one option over the others, so even people who disagreed can live with it.', [DEC], 'positive'),
  c('Everything needs his approval, so things pile up on his desk for days.', [DEC], 'constructive'),
  c('Consults the people doing the work before choosing a way forward.', [DEC], 'positive'),
  c('Avoids the difficult calls and hopes the problem will go away.', [DEC], 'constructive'),
  c("Owns the consequences when her calls don't work out.", [DEC], 'positive'),

  // Developing others
  c("Pushed me to take on the regional role when I didn't think I was ready, and coached me through the first months.", [DEV], 'positive'),
  c('Rewrites our work rather than telling us what to improve.', [DEV], 'constructive'),
  c('Our reviews are a tick-box exercise; there is no real discussion of where I am heading.', [DEV], 'constructive'),
  c('Lets me run my area my way and is there when I need a sounding board.', [DEV], 'positive'),
  c('Rarely acknowledges good work; you only hear from him when something has gone wrong.', [DEV], 'constructive'),
  c('Spends real time on the development of junior staff, not just the high-flyers.', [DEV], 'positive'),
  c('Should trust the team with more of the important work instead of keeping it all on her plate.', [DEV], 'constructive'),

  // Collaboration and influence
  c('Gets on well with her peers and they come to her when they need help.', [COL], 'positive'),
  c('Treats other departments as rivals rather than partners.', [COL], 'constructive'),
  c("Very good at getting buy-in from people who don't report to him.", [COL], 'positive'),
  c('Avoids awkward conversations with other heads and complains about them afterwards instead.', [COL], 'constructive'),
  c('Happy to lend his people to other teams at crunch time.', [COL], 'positive'),
  c('Our projects with marketing suffer because he never makes time for their leads.', [COL], 'constructive'),
  c('Brings the right people from across the company into the room early.', [COL], 'positive'),

  // Execution and results
  c('Her team hits its numbers quarter after quarter.', [EXE], 'positive'),
  c('Says yes to everything, so nothing gets the attention it needs.', [EXE], 'constructive'),
  c('Tracks the important projects closely and steps in early when something slips.', [EXE], 'positive'),
  c('Commitments made in meetings are often forgotten by the next week.', [EXE], 'constructive'),
  c("Removes whatever is slowing us down, whether that's a process or a person.", [EXE], 'positive'),
  c('Could be firmer with people who repeatedly miss their dates.', [EXE], 'constructive'),
  c('Always knows exactly where each workstream stands.', [EXE], 'positive'),

  // Self-awareness and openness
  c('Seems unaware of how his jokes land with the team.', [SELF], 'constructive'),
  c('Regularly asks us what she could do better as our manager, and you can see her act on it.', [SELF], 'positive'),
  c('Justifies every decision when challenged instead of listening to the concern.', [SELF], 'constructive'),
  c('Takes criticism well and thanks people for raising it.', [SELF], 'positive'),
  c("Never admits he's wrong, even when it's obvious to everyone.", [SELF], 'constructive'),
  c('Knows her own strengths and limits and builds the team around them.', [SELF], 'positive'),

  // Composure and resilience
  c('Stays composed in tense negotiations where others lose their heads.', [CALM], 'positive'),
  c("Gets visibly irritated when things don't go to plan, and the whole room tenses up.", [CALM], 'constructive'),
  c('Works all hours and expects the same, and people are running on empty.', [CALM], 'constructive'),
  c('A calming presence during the restructuring.', [CALM], 'positive'),
  c("His reactions are hard to predict, so people wait for a 'good moment' to raise problems.", [CALM], 'constructive'),
  c('Takes bad news in his stride and focuses on what we do next.', [CALM], 'positive'),

  // Two themes at once
  c('Sets clear goals and gives people the freedom to reach them their own way.', [DEV, EXE], 'positive'),
  c('Listens carefully and then makes a decision quickly.', [COM, DEC], 'positive'),
  c('When things go wrong she stays calm and is the first to own her part in it.', [SELF, CALM], 'positive'),
  c("Great at building relationships with clients, but doesn't give his team any feedback.", [DEV, COL], 'constructive'),
  c('Inspires people with the vision but the plans to get there are vague and keep slipping.', [V, EXE], 'constructive'),
  c('Shouts when deadlines are missed.', [EXE, CALM], 'constructive'),
  c("Admits when he's got something wrong and is great at giving credit to others.", [DEV, SELF], 'positive'),

  // No theme of the survey
  c('Happy to be on her team.', [], 'positive'),
  c('No comments.', [], 'positive'),
  c("I don't work closely enough with him to comment.", [], 'positive'),
  c('The car park situation needs sorting out.', [], 'constructive'),
  c('Lovely person, always asks about my family.', [], 'positive'),
  c('He should visit the Leeds site more often.', [], 'constructive'),

  // Start / stop / continue answers
  c("Checking our calendars to see what we're doing.", [DEV], 'constructive', 'stop'),
  c('Explaining the reasoning behind your decisions.', [DEC], 'constructive', 'start'),
  c('Shielding the team from noise so we can focus.', [EXE], 'positive', 'continue'),
  c('Talking about other teams behind their backs.', [COL], 'constructive', 'stop'),
  c('Having proper career chats with each of us.', [DEV], 'constructive', 'start'),
  c('Your calm in a crisis.', [CALM], 'positive', 'continue'),
  c('Sharing where the company is heading and what it means for us.', [V], 'constructive', 'start'),
  c('Getting defensive in the monthly reviews.', [SELF], 'constructive', 'stop'),
];

export const LABELLED_COMMENTS: readonly LabelledComment[] = [...TUNING_SET, ...HELD_OUT_SET];
