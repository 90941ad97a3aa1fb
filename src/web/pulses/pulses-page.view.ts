import type { PulseViewDto } from '../../pulses/dto/pulse.dto';
import type { FieldErrors } from '../form-errors';
import { field, type FieldView } from '../form-fields';
import type { PageTop } from '../page-top';

/** What the coach typed, kept when the form is refused. */
export interface PulseFormValues {
  monthsAfterStart: string;
  dueOn: string;
  phase: string;
  openDays: string;
}

export const BLANK_PULSE: PulseFormValues = { monthsAfterStart: '3', dueOn: '', phase: 'midpoint', openDays: '14' };

export interface PulsesPageView {
  top: PageTop;
  engagementId: string;
  leader: string;
  problem: string | null;
  pulses: { dueOn: string; round: string; status: string; detail: string; campaignHref: string | null; cancelAction: string | null }[];
  monthsField: FieldView;
  dueOnField: FieldView;
  phaseField: FieldView;
  openDaysField: FieldView;
}

const STATUS_WORDS: Record<PulseViewDto['status'], string> = {
  scheduled: 'Scheduled',
  launching: 'Launching',
  launched: 'Launched',
  failed: 'Could not launch',
};

export function pulsesPageView(input: {
  top: PageTop;
  engagementId: string;
  leader: string;
  pulses: readonly PulseViewDto[];
  today: string;
  values: PulseFormValues;
  errors?: FieldErrors;
}): PulsesPageView {
  const errors = input.errors ?? {};
  const base = `/coach/engagements/${input.engagementId}/pulses`;
  return {
    top: input.top,
    engagementId: input.engagementId,
    leader: input.leader,
    // A refusal not about one field (e.g. no program yet) is shown above the form.
    problem: errors[''] ?? null,
    pulses: input.pulses.map((pulse) => ({
      dueOn: pulse.dueOn,
      round: pulse.phase === 'final' ? 'Final review' : 'Progress pulse',
      status: STATUS_WORDS[pulse.status],
      detail:
        pulse.status === 'failed'
          ? (pulse.problem ?? '')
          : pulse.status === 'launched'
            ? `Invitations sent ${pulse.launchedAt?.slice(0, 10) ?? ''}; open ${pulse.openDays} days`
            : `Open ${pulse.openDays} days once launched`,
      campaignHref: pulse.campaignId && pulse.status === 'launched' ? `/coach/campaigns/${pulse.campaignId}` : null,
      cancelAction: pulse.status === 'scheduled' ? `${base}/${pulse.id}/cancel` : null,
    })),
    monthsField: field(
      {
        name: 'monthsAfterStart',
        label: 'Months after the program started',
        type: 'select',
        value: input.values.monthsAfterStart,
        options: [
          { value: '', label: 'On the date below instead' },
          ...[1, 2, 3, 4, 6, 9, 12, 18, 24].map((months) => ({ value: String(months), label: `${months} month${months === 1 ? '' : 's'}` })),
        ],
        hint: 'Counted from the day the program was first saved.',
      },
      errors,
    ),
    dueOnField: field(
      { name: 'dueOn', label: 'Or on this date', type: 'date', value: input.values.dueOn, min: input.today, hint: 'Only when no number of months is chosen.' },
      errors,
    ),
    phaseField: field(
      {
        name: 'phase',
        label: 'Round',
        type: 'select',
        value: input.values.phase,
        options: [
          { value: 'midpoint', label: 'Progress pulse (mid-program)' },
          { value: 'final', label: 'Final review' },
        ],
      },
      errors,
    ),
    openDaysField: field(
      {
        name: 'openDays',
        label: 'Days it stays open',
        type: 'number',
        value: input.values.openDays,
        min: 1,
        max: 90,
        step: 1,
        hint: 'Links stop working after that.',
      },
      errors,
    ),
  };
}
