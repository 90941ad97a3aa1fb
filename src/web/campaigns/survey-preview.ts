import { buildQuestionnaire } from '../../responses/questionnaire';
import { toFormView } from '../../responses/rater-form';
import { renderRaterForm } from '../../responses/rater-form.page';
import type { RaterGroupId, SurveyDefinition } from '../../surveys/survey.types';

/** The group to show first: peers (the group most raters belong to) when the survey has them. */
export function previewGroup(survey: SurveyDefinition, asked: unknown): RaterGroupId {
  const found = survey.groups.find((group) => group.id === asked);
  return found?.id ?? survey.groups.find((group) => group.id === 'peer')?.id ?? survey.groups[0].id;
}

/**
 * The rater's own form page for one group of a survey, exactly as a rater of that group gets it
 * (their wording, the anonymity statement), with its buttons off and a way to the other groups.
 */
export function renderSurveyPreview(input: {
  survey: SurveyDefinition;
  leaderName: string;
  closesAt: Date | null;
  group: RaterGroupId;
  hrefFor: (group: RaterGroupId) => string;
  back: { href: string; label: string };
}): string {
  const q = buildQuestionnaire({ survey: input.survey, groupId: input.group, leaderName: input.leaderName, closesAt: input.closesAt, draft: null });
  const current = input.survey.groups.find((group) => group.id === input.group);
  return renderRaterForm(
    toFormView(q, {}, '#', {
      preview: {
        note: `This is the form exactly as ${current?.id === 'self' ? `${input.leaderName} sees it for the self-assessment` : `one of the ${current?.label ?? 'raters'} sees it`}. Its buttons are off here.`,
        back: input.back,
        groups: input.survey.groups.map((group) => ({
          label: group.id === 'self' ? `${group.label} (the leader)` : group.label,
          href: input.hrefFor(group.id),
          current: group.id === input.group,
        })),
      },
    }),
  );
}
