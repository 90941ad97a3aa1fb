import type { ChangeScale, FollowUpScale, ItemKind, RaterGroupId, SurveyDefinition, SurveyScale } from '../surveys/survey.types';
import { questionsForGroup } from './answer-validation';
import { mentionsLeader, personalise } from '../surveys/personalise';
import { translateSurvey } from '../surveys/translate-survey';
import { fill, formWords } from './form-words';

export interface Questionnaire {
  campaign: { title: string; closesAt: string | null };
  leader: { name: string };
  group: { id: RaterGroupId; label: string; anonymous: boolean; minResponses: number };
  /** Every group of the survey, so the rater is told before the first question who will see what. */
  groups: { id: RaterGroupId; label: string; anonymous: boolean; minResponses: number }[];
  intro: string | null;
  scale: SurveyScale;
  changeScale: ChangeScale | null;
  followUpScale: FollowUpScale | null;
  items: { id: string; themeId: string; themeTitle: string; text: string; kind: ItemKind }[];
  questions: { id: string; type: 'text' | 'start_stop_continue'; prompt: string }[];
  draft: { answers: Record<string, unknown> } | null;
}

/** A rater must see whom the survey is about: "Leadership 360 for Alex", unless the title already names them. */
export function campaignTitle(surveyTitle: string, leaderName: string, language: string): string {
  return mentionsLeader(surveyTitle) ? personalise(surveyTitle, leaderName) : fill(formWords(language).titleFor, { title: surveyTitle, leader: leaderName });
}

export function buildQuestionnaire(input: {
  survey: SurveyDefinition;
  groupId: RaterGroupId;
  leaderName: string;
  closesAt: Date | null;
  draft: Record<string, unknown> | null;
  /** The language of every text, one the survey is translated into (English otherwise). */
  language?: string;
}): Questionnaire {
  const { groupId, leaderName } = input;
  const language = input.language ?? 'en';
  const survey = translateSurvey(input.survey, language);
  const group = survey.groups.find((candidate) => candidate.id === groupId);
  if (!group) throw new Error(`Survey ${survey.id} has no group ${groupId}`);
  const isSelf = groupId === 'self';
  return {
    campaign: { title: campaignTitle(survey.title, leaderName, language), closesAt: input.closesAt?.toISOString() ?? null },
    leader: { name: leaderName },
    group: { id: group.id, label: group.label, anonymous: group.anonymous, minResponses: group.minResponses },
    groups: survey.groups.map(({ id, label, anonymous, minResponses }) => ({ id, label, anonymous, minResponses })),
    intro: survey.intro ? personalise(survey.intro, leaderName) : null,
    scale: survey.scale,
    changeScale: survey.changeScale ?? null,
    followUpScale: survey.followUpScale ?? null,
    items: survey.themes.flatMap((theme) =>
      theme.items.map((item) => ({
        id: item.id,
        themeId: theme.id,
        themeTitle: theme.title,
        kind: item.kind,
        text: personalise(isSelf ? item.selfText : item.text, leaderName),
      })),
    ),
    questions: questionsForGroup(survey, groupId).map((question) => ({
      id: question.id,
      type: question.type,
      prompt: personalise(isSelf && question.selfPrompt ? question.selfPrompt : question.prompt, leaderName),
    })),
    draft: input.draft ? { answers: input.draft } : null,
  };
}
