import { join } from 'node:path';
import { compileTemplates } from '../common/template-renderer';
import { deadlineInWords } from '../common/deadline-words';
import type { Questionnaire } from './questionnaire';
import type { FormView, ReviewView } from './rater-form';
import type { InvitationContext } from './response.repository';

const render = compileTemplates(join(__dirname, 'templates'));

/** The rater's form page; the coach's preview renders this very page. */
export function renderRaterForm(view: FormView): string {
  return render('form', view);
}

/** The review step before sending: every answer once more, and the button that sends them. */
export function renderReview(view: ReviewView): string {
  return render('review', view);
}

export function renderRaterMessage(heading: string, message: string): string {
  return render('message', { heading, message });
}

export interface DeclineView {
  title: string;
  leader: string;
  back: string;
  guard: string;
  /** What happens to a reason, said before it is written: the boss and the leader are identified. */
  reasonNote: string;
}

export function declineView(invitation: InvitationContext, back: string, guard: string): DeclineView {
  const group = invitation.survey.groups.find((candidate) => candidate.id === invitation.groupId);
  const anonymous = group?.anonymous ?? true;
  return {
    title: invitation.survey.title,
    leader: invitation.leaderName,
    back,
    guard,
    reasonNote: anonymous
      ? `Your reason is kept apart from your name. The coach reads reasons only after the survey closes, and only if at least ${group?.minResponses ?? 3} people of your group declined, mixed together in no particular order.`
      : 'You answer as yourself, not anonymously: the coach reads your reason after the survey closes.',
  };
}

/** The page a rater declines on; it works without JavaScript, as the form does. */
export function renderDeclinePage(view: DeclineView): string {
  return render('decline', view);
}

/** The page after sending: that the answers are in, and what happens to them next. */
export interface ThankYouView {
  title: string;
  steps: string[];
}

export function thankYouView(q: Questionnaire): ThankYouView {
  const leader = q.leader.name;
  const self = q.group.id === 'self';
  const closes = q.campaign.closesAt ? `on ${deadlineInWords(new Date(q.campaign.closesAt))}` : 'once enough people have answered';
  return {
    title: q.campaign.title,
    steps: [
      q.group.anonymous
        ? `Your answers join those of the other ${q.group.label}. They show in the report only as averages, once at least ${q.group.minResponses} of you have answered, and your comments appear without your name.`
        : self
          ? 'Your answers are shown as your own view, next to what others said.'
          : `Your answers are shown to ${leader} and their coach as yours.`,
      self
        ? `The survey closes ${closes}. Your coach then reads the report and goes through it with you, to choose the few things worth working on.`
        : `The survey closes ${closes}. The coach then reads the report and goes through it with ${leader}, who chooses a few things to work on; you may be asked again later in the program how things have changed.`,
      ...(self ? [] : ['When the survey closes you will get a short thank-you email. Nothing else is sent to you about this survey.']),
      'Your link no longer takes answers. You can close this page.',
    ],
  };
}

export function renderThankYou(view: ThankYouView): string {
  return render('thank-you', view);
}
