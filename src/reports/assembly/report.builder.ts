import type { CampaignAggregates, CellAggregate } from '../../aggregation/aggregate.types';
import type { StoredComment } from '../../theming/comment.types';
import { countOfGroup, singlesOut } from '../../aggregation/answer-counts';
import { cellMean, cellRwg, sumCells } from '../../aggregation/cell-statistics';
import { commentThreshold, isPooledItem, type RaterGroupId, type SurveyDefinition, type SurveyTheme } from '../../surveys/survey.types';
import { planBuckets } from '../disclosure/bucket-planning';
import { type ScopeCells, type ScopeDisclosure, decideDisclosure } from '../disclosure/disclosure-control';
import { selectItemHighlights } from './item-highlights';
import { selectPriorities } from './priority-selection';
import { buildRaterOverview } from './rater-overview';
import { commentCount, commentsShownWith, placeComments } from './report-comments';
import { gapReading } from './mean-interval';
import { itemScoreCell, scaleValues, scoreCell } from './report-scores';
import type { EmergentTopic, PendingAnswers, Report, ReportBucket, ReportComment, ReportItem, ReportTheme, ReportVersionInfo } from './report.types';
import { round2 } from './score-format';
import { emergentTopics } from '../../theming/topics/emergent-topics';
import { groupSuggestionsByTheme } from './suggestions-by-theme';
import { classifyThemes } from './theme-classification';
import { personalise } from '../../surveys/personalise';
import { type PlacedComment, reviewSummary } from '../review/comment-review';

export interface ReportInput {
  campaignId: string;
  survey: SurveyDefinition;
  leaderName: string;
  aggregates: CampaignAggregates;
  /** The version's comments; with `review`, the coach's decision already applied to their themes (see withReviewDecisions). */
  comments: readonly (StoredComment & { review?: PlacedComment['review'] })[];
  /** Invitations per group, for the rater overview; interviews come without one. */
  invited?: Partial<Record<RaterGroupId, number>>;
  version?: ReportVersionInfo | null;
  pending?: PendingAnswers | null;
  /** Cells to suppress because of what earlier versions showed (see `cutVersion`). */
  forcedSuppressions?: ReadonlySet<string>;
  /** The anonymous groups the previous version showed or hid together: they are not split now. */
  keepTogether?: readonly (readonly RaterGroupId[])[];
}

/**
 * Groups some of whose raters answered, but too few for the group's threshold for comments: none
 * of their comments is shown yet. Said of every such group, whether or not anyone wrote a comment.
 */
function groupsWithCommentsHeldBack(survey: SurveyDefinition, aggregates: CampaignAggregates) {
  return survey.groups.filter((group) => singlesOut(countOfGroup(aggregates, group.id), commentThreshold(group)));
}

/**
 * What the report says of comments held back, without a count it hides. A group that is a bucket
 * of its own, or in none (self), is named: its count is shown anyway. A group merged with others is
 * not: beside the bucket's total, a note per group would tell how many of each answered (a bucket
 * of two answers with a note for each of its two groups: one each), which is what merging hides.
 * Such a bucket says only that some of its comments wait.
 */
function commentNotesOf(survey: SurveyDefinition, aggregates: CampaignAggregates, buckets: readonly Pick<ReportBucket, 'label' | 'groups'>[]): string[] {
  const merged = buckets.filter((bucket) => bucket.groups.length > 1);
  const notes: string[] = [];
  for (const group of groupsWithCommentsHeldBack(survey, aggregates)) {
    const bucket = merged.find((candidate) => candidate.groups.includes(group.id));
    const note = bucket
      ? `Some comments from ${bucket.label} are held back until more of their raters have answered.`
      : countOfGroup(aggregates, group.id).interviews === 0
        ? `Comments from ${group.label} are held back until at least ${commentThreshold(group)} of them have answered.`
        : // With interviews among the answers, a count would not say when; nor do readers learn of the interviews.
          `Comments from ${group.label} are held back until more of them have answered.`;
    if (!notes.includes(note)) notes.push(note);
  }
  return notes;
}

/**
 * Comments that fit no theme, grouped by what they share; each topic lists them as the report
 * shows them. Topics are found in English words: comments in another language stay out of them.
 */
function topicsOf(comments: readonly ReportComment[]): EmergentTopic[] {
  const unthemed = comments.filter((comment) => comment.language === undefined);
  return emergentTopics(unthemed).map((topic) => ({ label: topic.label, keywords: topic.keywords, comments: topic.members.map((index) => unthemed[index]) }));
}

type ScopeKind = 'items' | 'themes';

/** A theme pools its likert items only: a change rating is on another scale. */
const pooledItemIds = (theme: SurveyTheme): string[] => theme.items.filter(isPooledItem).map((item) => item.id);

function scoresOf<T>(
  buckets: readonly { id: string }[],
  cells: ScopeCells,
  self: CellAggregate,
  visibility: ScopeDisclosure,
  format: (cell: CellAggregate | undefined) => T | null,
): Record<string, T | null> {
  const scores: Record<string, T | null> = {};
  for (const bucket of buckets) scores[bucket.id] = visibility.buckets[bucket.id] === 'shown' ? format(cells.buckets[bucket.id]) : null;
  scores.self = format(self);
  scores.others = visibility.others === 'shown' ? format(cells.others) : null;
  return scores;
}

/**
 * The report of a campaign, from its aggregates and its unlinked comments only. Every anonymous
 * figure goes through the disclosure rules, and everything derived (gap, classification,
 * agreement, priorities) is computed from shown figures only; identified raters (boss, self) are
 * shown as such.
 */
export function buildReport(input: ReportInput): Report {
  const { survey, aggregates } = input;
  const plan = planBuckets(survey.groups, aggregates.responses, input.keepTogether, aggregates.interviews);
  const shown = plan.buckets.filter((bucket) => bucket.shown);
  const hiddenThreshold = Math.max(
    0,
    ...plan.buckets.filter((bucket) => !bucket.shown && bucket.responses > 0 && bucket.anonymous).map((bucket) => bucket.threshold),
  );
  const othersGroups = survey.groups.filter((group) => group.id !== 'self').map((group) => group.id);

  const cellOf = (kind: ScopeKind, groups: readonly RaterGroupId[], scopeId: string): CellAggregate =>
    sumCells(groups.flatMap((group) => aggregates[kind][group]?.[scopeId] ?? []));
  const scopeCells = (kind: ScopeKind, scopeId: string): ScopeCells => ({
    buckets: Object.fromEntries(shown.map((bucket) => [bucket.id, cellOf(kind, bucket.groups, scopeId)])),
    hidden: cellOf(kind, plan.hiddenGroups, scopeId),
    others: cellOf(kind, othersGroups, scopeId),
  });

  const entries = survey.themes.flatMap((theme) => theme.items.map((item) => ({ theme, item, cells: scopeCells('items', item.id) })));
  const themeEntries = survey.themes.map((theme) => ({ theme, itemIds: pooledItemIds(theme), cells: scopeCells('themes', theme.id) }));
  const decision = decideDisclosure({
    buckets: shown.map((bucket) => ({ id: bucket.id, anonymous: bucket.anonymous, threshold: bucket.threshold })),
    hiddenThreshold,
    items: entries.map(({ item, cells }) => ({ id: item.id, cells })),
    themes: themeEntries.map(({ theme, itemIds, cells }) => ({ id: theme.id, itemIds, cells })),
    forced: input.forcedSuppressions,
  });

  const items: ReportItem[] = entries.map(({ theme, item, cells }) => {
    const values = scaleValues(survey, item);
    return {
      id: item.id,
      themeId: theme.id,
      text: personalise(item.text, input.leaderName),
      scores: scoresOf(shown, cells, cellOf('items', ['self'], item.id), decision.items[item.id], (cell) => itemScoreCell(cell, values)),
    };
  });

  const bucketOfGroup = new Map(shown.flatMap((bucket) => bucket.groups.map((group) => [group, bucket.id] as const)));
  const visibleComments = commentsShownWith(survey, aggregates, input.comments);
  const placed = placeComments(visibleComments, survey.themes, (comment) =>
    comment.groupId === 'self' ? 'self' : (bucketOfGroup.get(comment.groupId) ?? null),
  );

  const standings = themeEntries.map(({ theme, itemIds, cells }) => {
    // Agreement from the shown "others" item cells only: a suppressed one must not leak through it.
    const agreements = itemIds.flatMap((itemId) => {
      const entry = entries.find((candidate) => candidate.item.id === itemId);
      if (!entry || decision.items[itemId].others !== 'shown' || !entry.cells.others) return [];
      const rwg = cellRwg(entry.cells.others, scaleValues(survey, entry.item).length);
      return rwg === null ? [] : [rwg];
    });
    const othersShown = decision.themes[theme.id].others === 'shown' ? scoreCell(cells.others) : null;
    const othersMean = othersShown && cells.others ? cellMean(cells.others) : null;
    const selfMean = cellMean(cellOf('themes', ['self'], theme.id));
    const gap = othersMean !== null && selfMean !== null ? round2(selfMean - othersMean) : null;
    return {
      themeId: theme.id,
      othersMean,
      selfMean,
      gap,
      othersAgreement: agreements.length > 0 ? agreements.reduce((total, rwg) => total + rwg, 0) / agreements.length : null,
      // From the published figures of all others only, so the interval adds nothing a reader could not compute.
      gapReading: gapReading(gap, othersShown),
      othersRaters: othersShown?.n ?? null,
    };
  });
  const classifications = classifyThemes(standings, survey.report.classification, survey.scale);

  const themes: ReportTheme[] = themeEntries.map(({ theme, cells }, index) => {
    const { gap, gapReading: reading, othersAgreement } = standings[index];
    return {
      id: theme.id,
      title: theme.title,
      scores: scoresOf(shown, cells, cellOf('themes', ['self'], theme.id), decision.themes[theme.id], scoreCell),
      gap,
      gapInterval: reading.interval,
      gapReliable: reading.reliable,
      classification: classifications[index].classification,
      classificationReason: classifications[index].reason,
      agreement: othersAgreement === null ? null : round2(othersAgreement),
      comments: placed.byTheme[theme.id],
    };
  });

  const buckets = plan.buckets.map(({ threshold: _threshold, ...bucket }) => bucket);
  const hasSelf = survey.groups.some((group) => group.id === 'self');
  const likertItemIds = new Set(survey.themes.flatMap(pooledItemIds));
  return {
    campaignId: input.campaignId,
    surveyId: survey.id,
    surveyTitle: personalise(survey.title, input.leaderName),
    leader: input.leaderName,
    aggregatedResponses: Object.values(aggregates.responses).reduce((total: number, count) => total + (count ?? 0), 0),
    version: input.version ?? null,
    pending: input.pending ?? null,
    raterOverview: buildRaterOverview(buckets, input.invited ?? {}, hasSelf ? (aggregates.responses.self ?? 0) : null, plan.mergeNotes),
    buckets,
    mergeNotes: plan.mergeNotes,
    commentNotes: commentNotesOf(survey, aggregates, buckets),
    commentReview: reviewSummary(visibleComments),
    scale: { min: 1, max: survey.scale.points, labels: [...survey.scale.labels] },
    themes,
    items,
    itemHighlights: selectItemHighlights(items, likertItemIds, survey.report.classification.mixedViewsBelowAgreement),
    unthemedComments: placed.unthemed,
    commentsNotThemedForLanguage: placed.notThemedForLanguage,
    emergentTopics: topicsOf(placed.unthemed),
    startStopContinue: placed.startStopContinue,
    suggestionsByTheme: groupSuggestionsByTheme(placed.startStopContinue, survey.themes),
    priorities: selectPriorities(
      themes.map((theme, index) => ({
        themeId: theme.id,
        title: theme.title,
        classification: theme.classification,
        othersMean: standings[index].othersMean,
        selfMean: standings[index].selfMean,
        othersAgreement: standings[index].othersAgreement,
        comments: commentCount(placed, theme.id),
        constructiveComments: theme.comments.filter((comment) => comment.sentiment === 'constructive').map((comment) => comment.text),
      })),
      survey.report.priorities,
    ),
  };
}
