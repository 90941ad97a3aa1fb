import type { OutcomeScopes } from '../../engagements/intended-outcome';
import type { FieldErrors } from '../form-errors';
import { field, type FieldView, unplacedErrors } from '../form-fields';
import type { PageTop } from '../page-top';
import { type OutcomeRow, type OutcomeRowView, outcomeRowViews } from './outcome-rows';

export interface NewEngagementValues {
  title: string;
  leader: { name: string; email: string };
  sponsor: { name: string; email: string };
  rows: OutcomeRow[];
}

export interface NewEngagementView {
  top: PageTop;
  fields: { title: FieldView; leaderName: FieldView; leaderEmail: FieldView; sponsorName: FieldView; sponsorEmail: FieldView };
  outcomes: OutcomeRowView[];
}

export function newEngagementView(
  top: PageTop,
  values: NewEngagementValues,
  scopes: Pick<OutcomeScopes, 'themes' | 'items'>,
  errors: FieldErrors = {},
): NewEngagementView {
  const fields = {
    title: field(
      {
        name: 'title',
        label: 'Title',
        value: values.title,
        required: true,
        maxlength: 300,
        hint: 'For example: Alex Morgan, VP Engineering: 2026 leadership program',
      },
      errors,
    ),
    leaderName: field({ name: 'leader[name]', label: "Leader's name", value: values.leader.name, required: true, maxlength: 200, autocomplete: 'off' }, errors),
    leaderEmail: field(
      { name: 'leader[email]', label: "Leader's email", type: 'email', value: values.leader.email, required: true, maxlength: 254, autocomplete: 'off' },
      errors,
    ),
    sponsorName: field({ name: 'sponsor[name]', label: "Sponsor's name (optional)", value: values.sponsor.name, maxlength: 200, autocomplete: 'off' }, errors),
    sponsorEmail: field(
      {
        name: 'sponsor[email]',
        label: "Sponsor's email (optional)",
        type: 'email',
        value: values.sponsor.email,
        maxlength: 254,
        autocomplete: 'off',
        hint: 'The boss or HR partner who sponsors the coaching.',
      },
      errors,
    ),
  };
  const outcomes = outcomeRowViews(values.rows, scopes, errors);
  const shown = [...Object.values(fields), ...outcomes.flatMap((row) => [row.text, row.scope, row.source, row.measure, row.operator, row.value])];
  return { top: { ...top, problems: unplacedErrors(errors, shown) }, fields, outcomes };
}

export interface OutcomesFormView {
  top: PageTop;
  action: string;
  cancel: string;
  outcomes: OutcomeRowView[];
}

export function outcomesFormView(
  top: PageTop,
  engagementId: string,
  rows: readonly OutcomeRow[],
  scopes: Pick<OutcomeScopes, 'themes' | 'items'>,
  errors: FieldErrors = {},
): OutcomesFormView {
  const outcomes = outcomeRowViews(rows, scopes, errors);
  const shown = outcomes.flatMap((row) => [row.text, row.scope, row.source, row.measure, row.operator, row.value]);
  return {
    top: { ...top, problems: unplacedErrors(errors, shown) },
    action: `/coach/engagements/${engagementId}/outcomes`,
    cancel: `/coach/engagements/${engagementId}`,
    outcomes,
  };
}
