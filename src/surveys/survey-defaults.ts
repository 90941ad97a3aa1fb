import type {
  ChangeScale,
  ClassificationRules,
  FollowUpScale,
  ItemKind,
  PerGoalBlock,
  QuestionAsks,
  QuestionType,
  RaterGroupId,
  SurveyDefinition,
  SurveyGroup,
  SurveyItem,
  SurveyQuestion,
  SurveyScale,
  SurveyTheme,
  SurveyTranslation,
  TranslatedItem,
} from './survey.types';

type FileItem = { id: string; text: string; selfText: string; kind?: ItemKind };
type FileQuestion = { id: string; type: QuestionType; prompt: string; selfPrompt?: string; asks?: QuestionAsks; groups?: RaterGroupId[] };

/** A survey file as the schema admits it: what the loader may fill in is optional here. */
export interface SurveyFile {
  id: string;
  version: number;
  title: string;
  description?: string;
  intro?: string;
  scale: SurveyScale;
  changeScale?: ChangeScale;
  followUpScale?: FollowUpScale;
  groups: { id: RaterGroupId; label: string; anonymous: boolean; minResponses?: number; minCommentResponses?: number }[];
  themes: {
    id: string;
    title: string;
    description?: string;
    keywords: string[];
    items: FileItem[];
  }[];
  questions?: FileQuestion[];
  perGoal?: { items: FileItem[]; questions?: FileQuestion[] };
  report?: { priorities?: number; classification?: Partial<ClassificationRules> };
  translations?: Record<string, Omit<SurveyTranslation, 'items'> & { items: Record<string, TranslatedItem> }>;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Anonymous groups need three answers before a figure is shown; an identified one is shown as is. */
export const DEFAULT_ANONYMOUS_MIN_RESPONSES = 3;
export const DEFAULT_PRIORITIES = 3;

/**
 * A gap of a third of the scale's range (1.33 on 1-5) is one a leader cannot explain away as
 * noise; 0.75 suffices where others already rank the theme in their bottom (or top) third.
 */
export function defaultClassificationRules(points: number): ClassificationRules {
  const thirdOfRange = round2((points - 1) / 3);
  return {
    blindSpotGap: thirdOfRange,
    blindSpotGapInBottomThird: 0.75,
    hiddenStrengthGap: thirdOfRange,
    hiddenStrengthGapInTopThird: 0.75,
    strengthMinAgreement: 0.5,
    mixedViewsBelowAgreement: 0.3,
  };
}

/**
 * The definition with every default filled in. Built key by key, not spread from the file, so a
 * snapshot holds fresh objects and exactly the keys of `SurveyDefinition`.
 */
export function applySurveyDefaults(file: SurveyFile): SurveyDefinition {
  const groups: SurveyGroup[] = file.groups.map((group) => {
    const minResponses = group.minResponses ?? (group.anonymous ? DEFAULT_ANONYMOUS_MIN_RESPONSES : 1);
    return { id: group.id, label: group.label, anonymous: group.anonymous, minResponses, minCommentResponses: group.minCommentResponses ?? minResponses };
  });
  const item = (entry: FileItem): SurveyItem => ({ id: entry.id, text: entry.text, selfText: entry.selfText, kind: entry.kind ?? 'likert' });
  const themes: SurveyTheme[] = file.themes.map((theme) => ({
    id: theme.id,
    title: theme.title,
    ...(theme.description === undefined ? {} : { description: theme.description }),
    keywords: [...theme.keywords],
    items: theme.items.map(item),
  }));
  const question = (entry: FileQuestion): SurveyQuestion => ({
    id: entry.id,
    type: entry.type,
    prompt: entry.prompt,
    ...(entry.selfPrompt === undefined ? {} : { selfPrompt: entry.selfPrompt }),
    ...(entry.asks === undefined ? {} : { asks: entry.asks }),
    groups: entry.groups ? [...entry.groups] : groups.map((group) => group.id),
  });
  const questions: SurveyQuestion[] = (file.questions ?? []).map(question);
  const perGoal: PerGoalBlock | undefined = file.perGoal && { items: file.perGoal.items.map(item), questions: (file.perGoal.questions ?? []).map(question) };
  const { scale, changeScale, followUpScale, report } = file;
  return {
    id: file.id,
    version: file.version,
    title: file.title,
    ...(file.description === undefined ? {} : { description: file.description }),
    ...(file.intro === undefined ? {} : { intro: file.intro }),
    scale: { points: scale.points, labels: [...scale.labels], notObserved: scale.notObserved },
    ...(changeScale ? { changeScale: { min: changeScale.min, max: changeScale.max, labels: [...changeScale.labels] } } : {}),
    ...(followUpScale ? { followUpScale: { labels: [...followUpScale.labels] } } : {}),
    groups,
    themes,
    questions,
    ...(perGoal ? { perGoal } : {}),
    report: {
      classification: { ...defaultClassificationRules(scale.points), ...report?.classification },
      priorities: report?.priorities ?? DEFAULT_PRIORITIES,
    },
    ...(file.translations
      ? {
          translations: Object.fromEntries(
            Object.entries(file.translations).map(([language, words]) => [
              language,
              { ...structuredClone(words), items: Object.entries(words.items).map(([id, item]) => ({ id, text: item.text, selfText: item.selfText })) },
            ]),
          ),
        }
      : {}),
  };
}
