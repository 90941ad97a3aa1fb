import { join } from 'node:path';
import { deadlineInWords } from '../common/deadline-words';
import { compileTemplates } from '../common/template-renderer';
import type { SurveyGroup } from '../surveys/survey.types';
import { personalise } from '../surveys/personalise';

const render = compileTemplates(join(__dirname, 'templates'));

export interface InvitationMailInput {
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
  const surveyTitle = personalise(input.surveyTitle, input.leaderName);
  const subject = input.reminder ? `Reminder: your feedback on ${input.leaderName}` : `Your feedback on ${input.leaderName}: ${surveyTitle}`;
  const closesAt = input.closesAt ? deadlineInWords(input.closesAt) : null;
  const context = {
    subject,
    preheader: `${input.coachName} asks for your ${input.group.anonymous ? 'anonymous ' : ''}feedback on ${input.leaderName}${closesAt ? `, by ${closesAt}` : ''}.`,
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
  const surveyTitle = personalise(input.surveyTitle, input.leaderName);
  const subject = `Thank you for your feedback on ${input.leaderName}`;
  const context = {
    subject,
    preheader: `The survey on ${input.leaderName} has closed; your answers are in.`,
    raterName: input.raterName,
    leaderName: input.leaderName,
    coachName: input.coachName,
    surveyTitle,
    anonymous: input.group.anonymous,
    groupLabel: input.group.label,
  };
  return { subject, text: render('thank-you.text', context), html: render('thank-you.html', context) };
}
