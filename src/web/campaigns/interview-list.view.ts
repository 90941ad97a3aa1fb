import type { InterviewView } from '../../responses/dto/interview.dto';
import { removalRefusal } from '../../responses/interviews.service';
import type { SurveyDefinition } from '../../surveys/survey.types';
import { dayText, plural } from '../words';
import type { InterviewValues } from './interview.view';

/** One interview as the list and the removal page show it. */
export interface InterviewRow {
  id: string;
  entered: string;
  group: string;
  notes: string;
  ratings: string;
  /** Where to correct it, or null when it stays or the campaign takes no answers. */
  correctHref: string | null;
  /** Where to remove it, or null when it stays; `stays` then says why. */
  removeHref: string | null;
  stays: string | null;
}

/** The interviews the coach entered, in the page's words: groups by name, days as people say them. */
export function interviewRows(survey: SurveyDefinition, campaign: { id: string; takesAnswers: boolean }, interviews: readonly InterviewView[]): InterviewRow[] {
  const labels = new Map(survey.groups.map((group) => [group.id, group.label]));
  return interviews.map((interview) => {
    const rated = Object.keys(interview.ratings).length;
    return {
      id: interview.id,
      entered: dayText(interview.enteredOn),
      group: labels.get(interview.group) ?? interview.group,
      notes: interview.notes ?? '(entered before notes were kept with their interview)',
      ratings: rated === 0 ? 'None' : plural(rated, 'rating'),
      // A correction enters the interview anew, which only a campaign taking answers accepts.
      correctHref: interview.removable && campaign.takesAnswers ? `/coach/campaigns/${campaign.id}/interviews/${interview.id}/edit` : null,
      removeHref: interview.removable ? `/coach/campaigns/${campaign.id}/interviews/${interview.id}/remove` : null,
      stays: interview.removable
        ? null
        : interview.countedInVersion !== null
          ? `${removalRefusal(interview.countedInVersion)}.`
          : 'Entered before interviews could be removed: it stays.',
    };
  });
}

/** The correction form starts from the interview as it was entered. */
export function valuesOfInterview(interview: InterviewView): InterviewValues {
  return {
    group: interview.group,
    notes: interview.notes ?? '',
    ratings: Object.fromEntries(Object.entries(interview.ratings).map(([itemId, rating]) => [itemId, String(rating)])),
  };
}
