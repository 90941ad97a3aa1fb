import { deadlineInWords } from '../common/deadline-words';
import type { SurveyGroup } from '../surveys/survey.types';
import { personalise } from '../surveys/personalise';
import { renderMail as render } from './mail-render';
import { mailWords, sayPlain } from './mail-words';

export interface InvitationMailInput {
  /** The language of the mail (see mailLanguage); the survey title and group label come already in it. */
  language: string;
  raterName: string;
  leaderName: string;
  coachName: string;
  surveyTitle: string;
  group: Pick<SurveyGroup, 'label' | 'anonymous' | 'minResponses'>;
  closesAt: Date | null;
  reminder: boolean;
  link: string;
}

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** A rater's invitation or reminder, as sent, and as the coach previews it before launching. */
export function invitationMail(input: InvitationMailInput): MailContent {
  const words = mailWords(input.language);
  const surveyTitle = personalise(input.surveyTitle, input.leaderName);
  const subject = input.reminder
    ? sayPlain(words.reminderSubject, { leader: input.leaderName })
    : sayPlain(words.invitationSubject, { leader: input.leaderName, title: surveyTitle });
  const closesAt = input.closesAt ? deadlineInWords(input.closesAt, input.language) : null;
  const preheader = input.group.anonymous
    ? closesAt
      ? words.invitationPreheaderAnonymousBy
      : words.invitationPreheaderAnonymous
    : closesAt
      ? words.invitationPreheaderBy
      : words.invitationPreheader;
  const context = {
    lang: input.language,
    words,
    subject,
    preheader: sayPlain(preheader, { coach: input.coachName, leader: input.leaderName, date: closesAt ?? '' }),
    reminder: input.reminder,
    raterName: input.raterName,
    leaderName: input.leaderName,
    coachName: input.coachName,
    surveyTitle,
    anonymous: input.group.anonymous,
    groupLabel: input.group.label,
    minResponses: input.group.minResponses,
    closesAt,
    link: input.link,
  };
  return { subject, text: render('invitation.text', context), html: render('invitation.html', context) };
}

export type ThankYouMailInput = Omit<InvitationMailInput, 'reminder' | 'link' | 'closesAt'>;

/** Sent to those who answered once the campaign has closed; it carries no link. */
export function thankYouMail(input: ThankYouMailInput): MailContent {
  const words = mailWords(input.language);
  const surveyTitle = personalise(input.surveyTitle, input.leaderName);
  const subject = sayPlain(words.thanksSubject, { leader: input.leaderName });
  const context = {
    lang: input.language,
    words,
    subject,
    preheader: sayPlain(words.thanksPreheader, { leader: input.leaderName }),
    raterName: input.raterName,
    leaderName: input.leaderName,
    coachName: input.coachName,
    surveyTitle,
    anonymous: input.group.anonymous,
    groupLabel: input.group.label,
  };
  return { subject, text: render('thank-you.text', context), html: render('thank-you.html', context) };
}
