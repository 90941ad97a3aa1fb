import { join } from 'node:path';
import { compileTemplates } from '../common/template-renderer';
import { deadlineInWords } from '../common/deadline-words';
import { fill, formWords, type FormWords } from './form-words';
import { campaignTitle, type Questionnaire } from './questionnaire';
import type { FormView, ReviewView } from './rater-form';
import type { InvitationContext } from './response.repository';
import { translateSurvey } from '../surveys/translate-survey';

const render = compileTemplates(join(__dirname, 'templates'));

/** The rater's form page; the coach's preview renders this very page. */
export function renderRaterForm(view: FormView): string {
  return render('form', view);
}

/** The review step before sending: every answer once more, and the button that sends them. */
export function renderReview(view: ReviewView): string {
  return render('review', view);
}

/** A page that only says something: a heading and one paragraph, in the rater's language. */
export interface RaterMessageView {
  lang: string;
  heading: string;
  message: string;
}

export function renderRaterMessage(view: RaterMessageView): string {
  return render('message', view);
}

/** After declining: nothing more will be asked of them. */
export function declinedView(language: string): RaterMessageView {
  const words = formWords(language);
  return { lang: language, heading: words.declinedHeading, message: words.declinedMessage };
}

export interface DeclineView {
  title: string;
  lang: string;
  words: FormWords;
  intro: string;
  back: string;
  guard: string;
  /** What happens to a reason, said before it is written: the boss and the leader are identified. */
  reasonNote: string;
}

export function declineView(invitation: InvitationContext, back: string, guard: string, language = 'en'): DeclineView {
  const words = formWords(language);
  const survey = translateSurvey(invitation.survey, language);
  const group = survey.groups.find((candidate) => candidate.id === invitation.groupId);
  const anonymous = group?.anonymous ?? true;
  return {
    title: campaignTitle(survey.title, invitation.leaderName, language),
    lang: language,
    words,
    intro: fill(words.declineIntro, { leader: invitation.leaderName }),
    back,
    guard,
    reasonNote: anonymous ? fill(words.declineReasonAnonymous, { min: group?.minResponses ?? 3 }) : words.declineReasonIdentified,
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
