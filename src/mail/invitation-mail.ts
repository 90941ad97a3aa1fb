import { join } from 'node:path';
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
  const context = {
    subject,
    reminder: input.reminder,
    raterName: input.raterName,
    leaderName: input.leaderName,
    coachName: input.coachName,
    surveyTitle,
    anonymous: input.group.anonymous,
    groupLabel: input.group.label,
    minResponses: input.group.minResponses,
    closesAt: input.closesAt ? input.closesAt.toUTCString() : null,
    link: input.link,
  };
  return { subject, text: render('invitation.text', context), html: render('invitation.html', context) };
}
