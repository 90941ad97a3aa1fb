import { join } from 'node:path';
import { compileTemplates } from '../common/template-renderer';
import { deadlineInWords } from '../common/deadline-words';
import { fill, formWords, type FormWords } from './form-words';
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
  lang: string;
  words: FormWords;
  steps: string[];
}

export function thankYouView(q: Questionnaire, language = 'en'): ThankYouView {
  const words = formWords(language);
  const leader = q.leader.name;
  const self = q.group.id === 'self';
  const closes = q.campaign.closesAt ? fill(words.closesOn, { date: deadlineInWords(new Date(q.campaign.closesAt), language) }) : words.closesWhenEnough;
  return {
    title: q.campaign.title,
    lang: language,
    words,
    steps: [
      q.group.anonymous
        ? fill(words.nextAnonymous, { group: q.group.label, min: q.group.minResponses })
        : self
          ? words.nextSelf
          : fill(words.nextIdentified, { leader }),
      fill(self ? words.nextReportSelf : words.nextReport, { closes, leader }),
      ...(self ? [] : [words.nextMail]),
      words.nextClose,
    ],
  };
}

export function renderThankYou(view: ThankYouView): string {
  return render('thank-you', view);
}
