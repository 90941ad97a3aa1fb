import type { CampaignView, RaterView } from '../../campaigns/campaigns.service';
import { invitationMail } from '../../mail/invitation-mail';
import { mailLanguage } from '../../mail/mail-words';
import { formWords } from '../../responses/form-words';
import { SURVEY_BASE_LANGUAGE, surveyLanguages } from '../../surveys/translate-survey';
import type { SurveyDefinition } from '../../surveys/survey.types';
import { closingText, plural } from '../words';
import { groupGuidance } from '../../campaigns/raters/group-guidance';

export interface LaunchView {
  id: string;
  title: string;
  raterCount: number;
  closes: string | null;
  warnings: string[];
  /** How many raters get their mail in another language than the preview's, because the coach set it. */
  languages: string[];
  mails: { label: string; count: string; subject: string; text: string }[];
}

/** The languages other than the survey's own that raters' mails go out in, with how many raters each. */
function otherLanguages(raters: readonly RaterView[], survey: SurveyDefinition): Map<string, number> {
  const counts = new Map<string, number>();
  for (const rater of raters) {
    const language = mailLanguage(rater.language, surveyLanguages(survey));
    if (language !== SURVEY_BASE_LANGUAGE) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  return counts;
}

/**
 * What launching will send: for each group with raters, the invitation they get, to the word (a
 * placeholder for each rater's name and personal link), and a warning for each anonymous group
 * below its minimum.
 */
export function launchView(input: {
  campaign: CampaignView;
  survey: SurveyDefinition;
  raters: readonly RaterView[];
  leaderName: string;
  coachName: string;
  publicUrl: string;
  now: Date;
}): LaunchView {
  const { campaign, survey, raters } = input;
  const counts: Partial<Record<string, number>> = {};
  for (const rater of raters) counts[rater.group] = (counts[rater.group] ?? 0) + 1;
  const guidance = groupGuidance(survey.groups, counts);
  return {
    id: campaign.id,
    title: campaign.title,
    raterCount: raters.length,
    closes: campaign.closesAt ? closingText(campaign.closesAt, input.now) : null,
    warnings: [
      ...guidance.flatMap((group) => (group.warning ? [group.warning] : [])),
      ...(raters.every((rater) => rater.group === 'self') ? ['Only the leader is asked so far: add at least one rater before launching.'] : []),
    ],
    languages: [...otherLanguages(raters, survey)].map(
      ([language, count]) => `${plural(count, 'rater gets', 'raters get')} the same invitation in ${formWords(language).languageName}, as you set for them.`,
    ),
    mails: survey.groups
      .filter((group) => (counts[group.id] ?? 0) > 0)
      .map((group) => {
        const mail = invitationMail({
          language: SURVEY_BASE_LANGUAGE,
          raterName: group.id === 'self' ? input.leaderName : '[the rater’s name]',
          leaderName: input.leaderName,
          coachName: input.coachName,
          surveyTitle: survey.title,
          group,
          closesAt: campaign.closesAt ? new Date(campaign.closesAt) : null,
          reminder: false,
          link: `${input.publicUrl}/r/[a personal link for each rater]`,
        });
        return {
          label: group.id === 'self' ? `${group.label}: ${input.leaderName}` : group.label,
          count: plural(counts[group.id] ?? 0, 'rater'),
          subject: mail.subject,
          text: mail.text,
        };
      }),
  };
}
