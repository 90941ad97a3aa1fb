import type { CampaignAggregates } from '../../aggregation/aggregate.types';
import { countOfGroup, meetsThreshold } from '../../aggregation/answer-counts';
import type { StoredComment } from '../../theming/comment.types';
import { commentThreshold, type SurveyDefinition, type SurveyTheme } from '../../surveys/survey.types';
import type { ReportComment, StartStopContinueEntry, SuggestionKind } from './report.types';

export interface PlacedComments {
  /** By theme id, every survey theme present: "what works" first, then "what to work on". */
  byTheme: Record<string, ReportComment[]>;
  unthemed: ReportComment[];
  /** Comments and suggestions left without a theme because theming cannot read their language. */
  notThemedForLanguage: number;
  startStopContinue: Record<SuggestionKind, StartStopContinueEntry[]>;
}

/**
 * The comments a report of these answer counts shows: those of groups with at least their comment
 * threshold of answers, counting rater answers alone too unless there are none: the coach knows
 * their own interview notes, and the rest must not be the comments of fewer raters.
 */
export function commentsShownWith<T extends StoredComment>(
  survey: SurveyDefinition,
  answers: Pick<CampaignAggregates, 'responses' | 'interviews'>,
  comments: readonly T[],
): T[] {
  const shown = new Set(survey.groups.filter((group) => meetsThreshold(countOfGroup(answers, group.id), commentThreshold(group))).map((group) => group.id));
  return comments.filter((comment) => shown.has(comment.groupId));
}

/** By the random key fixed at fold time, so the order says nothing about who wrote what, or when. */
function inRandomOrder(comments: readonly StoredComment[]): StoredComment[] {
  return [...comments].sort((a, b) => a.sortKey - b.sortKey || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

/**
 * Where each open answer appears in the report: a text answer under every theme it speaks about,
 * or among the unthemed ones, so that every answer appears at least once; start/stop/continue
 * answers in their own lists. `bucketOf` names the shown bucket of a group, or null when the group
 * is not shown: a comment is never labelled with a group below threshold. Within a theme the
 * positive comments come first; the order inside each half stays random.
 */
export function placeComments(
  comments: readonly StoredComment[],
  themes: readonly SurveyTheme[],
  bucketOf: (comment: StoredComment) => string | null,
): PlacedComments {
  const known = new Set(themes.map((theme) => theme.id));
  const byTheme: Record<string, ReportComment[]> = Object.fromEntries(themes.map((theme) => [theme.id, []]));
  const unthemed: ReportComment[] = [];
  const startStopContinue: Record<SuggestionKind, StartStopContinueEntry[]> = { start: [], stop: [], continue: [] };
  let notThemedForLanguage = 0;
  for (const comment of inRandomOrder(comments)) {
    const themeIds = [...new Set(comment.themeIds.filter((themeId) => known.has(themeId)))];
    // Said only of comments in a language theming cannot read, which their text shows anyway.
    const language = comment.language ? { language: comment.language } : {};
    if (comment.language && themeIds.length === 0) notThemedForLanguage += 1;
    if (comment.kind !== 'text') {
      startStopContinue[comment.kind].push({ text: comment.text, themeIds, bucket: bucketOf(comment), ...language });
      continue;
    }
    const shown: ReportComment = { text: comment.text, bucket: bucketOf(comment), sentiment: comment.sentiment, ...language };
    if (themeIds.length === 0) unthemed.push(shown);
    for (const themeId of themeIds) byTheme[themeId].push({ ...shown });
  }
  const positiveFirst = (list: ReportComment[]): ReportComment[] => [
    ...list.filter((comment) => comment.sentiment === 'positive'),
    ...list.filter((comment) => comment.sentiment !== 'positive'),
  ];
  for (const themeId of Object.keys(byTheme)) byTheme[themeId] = positiveFirst(byTheme[themeId]);
  return { byTheme, unthemed, notThemedForLanguage, startStopContinue };
}

/** How many open answers speak about a theme, start/stop/continue included. */
export function commentCount(placed: PlacedComments, themeId: string): number {
  const suggestions = [...placed.startStopContinue.start, ...placed.startStopContinue.stop, ...placed.startStopContinue.continue];
  return (placed.byTheme[themeId]?.length ?? 0) + suggestions.filter((entry) => entry.themeIds.includes(themeId)).length;
}
