import type { StoredComment } from '../aggregation/aggregate.types';
import type { SurveyTheme } from '../surveys/survey.types';
import type { Report, ReportComment, StartStopContinueEntry } from './report.types';

export interface PlacedComments {
  /** By theme id, every survey theme present. */
  byTheme: Record<string, ReportComment[]>;
  unthemed: ReportComment[];
  startStopContinue: Report['startStopContinue'];
}

/** By the random key fixed at fold time, so the order says nothing about who wrote what, or when. */
function inRandomOrder(comments: readonly StoredComment[]): StoredComment[] {
  return [...comments].sort((a, b) => a.sortKey - b.sortKey || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
}

/**
 * Where each open answer appears in the report: a text answer under every theme it speaks about,
 * or among the unthemed ones, so that every answer appears at least once; start/stop/continue
 * answers in their own lists, with no bucket. `bucketOf` names the shown bucket of a group, or
 * null when the group is not shown: a comment is never labelled with a group below threshold.
 */
export function placeComments(comments: readonly StoredComment[], themes: readonly SurveyTheme[], bucketOf: (comment: StoredComment) => string | null): PlacedComments {
  const known = new Set(themes.map((theme) => theme.id));
  const byTheme: Record<string, ReportComment[]> = Object.fromEntries(themes.map((theme) => [theme.id, []]));
  const unthemed: ReportComment[] = [];
  const startStopContinue: Record<'start' | 'stop' | 'continue', StartStopContinueEntry[]> = { start: [], stop: [], continue: [] };
  for (const comment of inRandomOrder(comments)) {
    const themeIds = comment.themeIds.filter((themeId) => known.has(themeId));
    if (comment.kind !== 'text') {
      startStopContinue[comment.kind].push({ text: comment.text, themeIds });
      continue;
    }
    const shown: ReportComment = { text: comment.text, bucket: bucketOf(comment) };
    if (themeIds.length === 0) unthemed.push(shown);
    for (const themeId of new Set(themeIds)) byTheme[themeId].push({ ...shown });
  }
  return { byTheme, unthemed, startStopContinue };
}

/** How many open answers speak about a theme, start/stop/continue included. */
export function commentCount(placed: PlacedComments, themeId: string): number {
  const suggestions = [...placed.startStopContinue.start, ...placed.startStopContinue.stop, ...placed.startStopContinue.continue];
  return (placed.byTheme[themeId]?.length ?? 0) + suggestions.filter((entry) => entry.themeIds.includes(themeId)).length;
}
