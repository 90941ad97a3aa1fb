import { CAMPAIGN_PHASES } from '../../campaigns/campaign.entity';
import type { SurveyDefinition } from '../../surveys/survey.types';
import type { FieldErrors } from '../form-errors';
import { field, type FieldView } from '../form-fields';
import type { PageTop } from '../page-top';
import { CAMPAIGN_PHASE_LABELS } from '../words';

export interface NewCampaignValues {
  surveyId: string;
  phase: string;
  closesOn: string;
}

export interface NewCampaignView {
  top: PageTop;
  engagementId: string;
  leader: string;
  surveys: { id: string; title: string; description: string; groups: string; checked: boolean; previewHref: string }[];
  surveyError: string | null;
  phaseField: FieldView;
  closesField: FieldView;
}

/** A close date is the end of that day (UTC): a rater may answer all of it. */
export const closesAtOf = (day: string): string => `${day}T23:59:59Z`;

export function newCampaignView(input: {
  top: PageTop;
  engagementId: string;
  leader: string;
  surveys: readonly SurveyDefinition[];
  values: NewCampaignValues;
  errors?: FieldErrors;
  today: string;
}): NewCampaignView {
  const errors = input.errors ?? {};
  return {
    top: input.top,
    engagementId: input.engagementId,
    leader: input.leader,
    surveys: input.surveys.map((survey) => ({
      id: survey.id,
      title: survey.title.replace(/\{\{\s*leader\s*\}\}/g, input.leader),
      description: survey.description ?? '',
      groups: survey.groups.map((group) => group.label).join(', '),
      checked: survey.id === input.values.surveyId,
      previewHref: `/coach/engagements/${input.engagementId}/surveys/${survey.id}/preview`,
    })),
    surveyError: errors.surveyId ?? null,
    phaseField: field(
      {
        name: 'phase',
        label: 'Round',
        value: input.values.phase,
        options: CAMPAIGN_PHASES.map((phase) => ({ value: phase, label: CAMPAIGN_PHASE_LABELS[phase] })),
        hint: 'The baseline 360 comes first; the reviews follow the program.',
      },
      errors,
    ),
    closesField: field(
      {
        name: 'closesOn',
        label: 'Closes on (optional)',
        type: 'date',
        value: input.values.closesOn,
        min: input.today,
        path: 'closesAt',
        hint: 'Raters may answer until the end of that day (UTC). Leave it empty to close the campaign yourself.',
      },
      errors,
    ),
  };
}
