import type { CampaignView, ProgressView, RaterView } from '../../campaigns/campaigns.service';
import type { EngagementView } from '../../engagements/engagements.service';
import type { VersionSummary } from '../../reports/reports.service';
import type { SurveyDefinition } from '../../surveys/survey.types';
import type { FieldErrors } from '../form-errors';
import { field, type FieldView } from '../form-fields';
import type { PageTop } from '../page-top';
import { CAMPAIGN_PHASE_LABELS, CAMPAIGN_STATUS_LABELS, closingText, dayText } from '../words';
import { type GroupGuidance, groupGuidance } from '../../campaigns/raters/group-guidance';
import type { NominationSectionView } from './nomination.view';
import { formWords, RATER_LANGUAGES } from '../../responses/form-words';
import { surveyLanguages } from '../../surveys/translate-survey';

export interface AddRaterValues {
  name: string;
  email: string;
  group: string;
  /** Empty: none set, the form follows the browser. */
  language: string;
}

export interface CampaignPageView {
  top: PageTop;
  id: string;
  title: string;
  round: string;
  status: string;
  draft: boolean;
  open: boolean;
  closed: boolean;
  closes: string | null;
  leader: string;
  groups: GroupGuidance[];
  raters: { name: string; email: string; group: string; language: string; delivery: string }[];
  /** Addresses that did not work, each with a form to correct it (and send the invitation again). */
  corrections: { name: string; action: string; field: FieldView }[];
  addFields: FieldView[];
  csvField: FieldView;
  fileField: FieldView;
  progress: {
    rows: { label: string; invited: number; answered: number; rate: string; declined: number; notDelivered: number }[];
    total: { invited: number; answered: number; rate: string; declined: number };
    declineReasons: { label: string; reasons: string[] }[];
    /** The interviews the coach entered, in words, or null when none. */
    interviews: string | null;
  } | null;
  report: { href: string; asksFirst: boolean; versions: string; count: number } | null;
  nomination: NominationSectionView | null;
}

/** "Interviews you entered: 1 with Peers, 3 with Direct reports.", or null when none. */
function interviewsInWords(interviews: ProgressView['interviews'], labels: ReadonlyMap<string, string>): string | null {
  const entered = Object.entries(interviews).filter(([, count]) => (count ?? 0) > 0);
  if (entered.length === 0) return null;
  return `Interviews you entered: ${entered.map(([group, count]) => `${count} with ${labels.get(group) ?? group}`).join(', ')}.`;
}

export const CAMPAIGN_FLASH: Record<string, string> = {
  created: 'The campaign is created as a draft: add its raters, then launch it.',
  added: 'The rater is added.',
  imported: 'The raters are added.',
  corrected: 'The address is corrected.',
  resent: 'The address is corrected, and the invitation is on its way again with a new link.',
  launched: 'The campaign is launched: each rater’s invitation is on its way.',
  closed: 'The campaign is closed: the links no longer work, and every answer is in the report.',
  interview: 'The interview is saved as one more answer of its group.',
  'proposal-saved': 'The proposal is corrected; it still waits for your approval.',
  'proposal-approved': 'The proposal is approved: its raters are added to the campaign.',
  'proposal-returned': 'The list is sent back to the leader with your note.',
};

const rate = (answered: number, invited: number): string => (invited === 0 ? '—' : `${Math.round((answered / invited) * 100)}%`);

function deliveryText(rater: RaterView): string {
  const { delivery } = rater;
  if (delivery.status === 'not_invited') return 'Not invited yet';
  if (delivery.status === 'queued') return 'Being sent';
  if (delivery.status === 'sent') return `Invitation delivered${delivery.deliveredAt ? ` ${dayText(delivery.deliveredAt)}` : ''}`;
  if (delivery.status === 'refused') return `Address refused: ${delivery.error ?? 'the mail server refused it'}. Correct it below to send again.`;
  return `Not delivered: ${delivery.error ?? 'the mail server refused it'}${delivery.nextAttemptAt ? `; next try ${dayText(delivery.nextAttemptAt)}` : ''}`;
}

const undelivered = (rater: RaterView): boolean => rater.delivery.status === 'failed' || rater.delivery.status === 'refused';

/** The form field of a rater's corrected address, named after the rater: one form per address that did not work. */
export const correctionFieldName = (raterId: string): string => `email-${raterId}`;

/** "Français", or what an unset language means for the rater. */
const languageText = (language: string | null): string => (language ? formWords(language).languageName : 'Not set: the browser’s');

export function addRaterFields(survey: SurveyDefinition, values: AddRaterValues, errors: FieldErrors = {}): FieldView[] {
  const groups = survey.groups.filter((group) => group.id !== 'self');
  const languages = surveyLanguages(survey).filter((language) => RATER_LANGUAGES.includes(language));
  return [
    field({ name: 'name', label: 'Name', value: values.name, maxlength: 200, autocomplete: 'off', path: 'raters.0.name' }, errors),
    field({ name: 'email', label: 'Email', type: 'email', value: values.email, maxlength: 254, autocomplete: 'off', path: 'raters.0.email' }, errors),
    field(
      { name: 'group', label: 'Group', value: values.group, options: groups.map((group) => ({ value: group.id, label: group.label })), path: 'raters.0.group' },
      errors,
    ),
    field(
      {
        name: 'language',
        label: 'Language',
        value: values.language,
        options: [{ value: '', label: languageText(null) }, ...languages.map((language) => ({ value: language, label: languageText(language) }))],
        hint: 'Of their invitation, reminders and thank-you, and the language their form opens in.',
        path: 'raters.0.language',
      },
      errors,
    ),
  ];
}

/** The campaign as the coach runs it: raters by group before launch, then progress in counts only, never who answered. */
export function campaignPageView(input: {
  top: PageTop;
  campaign: CampaignView;
  survey: SurveyDefinition;
  engagement: EngagementView;
  raters: readonly RaterView[];
  progress: ProgressView;
  versions: readonly VersionSummary[];
  add?: { values: AddRaterValues; errors: FieldErrors };
  fileError?: string;
  correction?: { raterId: string; value: string; error: string };
  nomination?: NominationSectionView | null;
  now: Date;
}): CampaignPageView {
  const { campaign, survey, raters, progress } = input;
  const counts: Partial<Record<string, number>> = {};
  for (const rater of raters) counts[rater.group] = (counts[rater.group] ?? 0) + 1;
  const labels = new Map(survey.groups.map((group) => [group.id, group.label]));
  const draft = campaign.status === 'draft';
  const notDelivered = (group: string): number => raters.filter((rater) => rater.group === group && undelivered(rater)).length;
  return {
    top: input.top,
    id: campaign.id,
    title: campaign.title,
    round: CAMPAIGN_PHASE_LABELS[campaign.phase] ?? campaign.phase,
    status: CAMPAIGN_STATUS_LABELS[campaign.status] ?? campaign.status,
    draft,
    open: campaign.status === 'open',
    closed: campaign.status === 'closed',
    closes: campaign.closesAt ? closingText(campaign.closesAt, input.now).replace(/^closes/, 'Closes') : null,
    leader: input.engagement.leader.name,
    groups: groupGuidance(survey.groups, counts),
    raters: raters
      .filter((rater) => rater.group !== 'self')
      .map((rater) => ({
        name: rater.name,
        email: rater.email,
        group: labels.get(rater.group) ?? rater.group,
        language: languageText(rater.language),
        delivery: deliveryText(rater),
      })),
    corrections:
      campaign.status === 'closed'
        ? []
        : raters
            .filter((rater) => rater.group !== 'self' && undelivered(rater))
            .map((rater) => {
              const name = correctionFieldName(rater.id);
              const mine = input.correction?.raterId === rater.id ? input.correction : undefined;
              return {
                name: rater.name,
                action: `/coach/campaigns/${campaign.id}/raters/${rater.id}/email`,
                field: field(
                  { name, label: `New email for ${rater.name}`, type: 'email', value: mine?.value ?? rater.email, maxlength: 254, autocomplete: 'off' },
                  mine ? { [name]: mine.error } : {},
                ),
              };
            }),
    addFields: addRaterFields(survey, input.add?.values ?? { name: '', email: '', group: 'peer', language: '' }, input.add?.errors),
    csvField: field({
      name: 'csv',
      label: 'Paste a list',
      type: 'textarea',
      value: '',
      hint: `One rater a line: name, email, group and, if you wish, their language (${RATER_LANGUAGES.join(', ')}). For example: Sam Lee, sam@example.com, peer, fr`,
      maxlength: 100_000,
    }),
    fileField: field(
      { name: 'file', label: 'Or upload a CSV file', type: 'file', hint: 'A .csv file with the same columns, up to 256 kB.' },
      input.fileError ? { file: input.fileError } : {},
    ),
    progress: draft
      ? null
      : {
          rows: Object.entries(progress.groups).map(([group, counted]) => ({
            label: labels.get(group as never) ?? group,
            invited: counted?.invited ?? 0,
            answered: counted?.responded ?? 0,
            rate: rate(counted?.responded ?? 0, counted?.invited ?? 0),
            declined: counted?.declined ?? 0,
            notDelivered: notDelivered(group),
          })),
          total: { invited: progress.invited, answered: progress.responded, rate: rate(progress.responded, progress.invited), declined: progress.declined },
          declineReasons: progress.declineReasons.map((entry) => ({ label: labels.get(entry.group) ?? entry.group, reasons: entry.reasons })),
          interviews: interviewsInWords(progress.interviews, labels),
        },
    report: draft
      ? null
      : {
          href: `/coach/campaigns/${campaign.id}/report`,
          asksFirst: campaign.status === 'open' && progress.responded < progress.invited,
          versions: `/coach/campaigns/${campaign.id}/versions`,
          count: input.versions.length,
        },
    nomination: input.nomination ?? null,
  };
}
