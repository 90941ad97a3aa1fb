import type { CampaignAggregates, CellAggregate, StoredComment } from '../aggregation/aggregate.types';
import { cellMean, cellRwg, cellSampleSd, sumCells } from '../aggregation/cell-statistics';
import type { RaterGroupId, SurveyDefinition, SurveyItem } from '../surveys/survey.types';
import { type PlannedBucket, planBuckets } from './bucket-planning';
import { decideDisclosure } from './disclosure-control';
import { selectPriorities } from './priority-selection';
import type { ItemScoreCell, Report, ReportComment, ScoreCell } from './report.types';
import { classifyThemes } from './theme-classification';

export interface ReportInput {
  campaignId: string;
  survey: SurveyDefinition;
  leaderName: string;
  aggregates: CampaignAggregates;
  comments: StoredComment[];
}

const round2 = (value: number): number => Math.round(value * 100) / 100;

function scoreCell(cell: CellAggregate): ScoreCell | null {
  const mean = cellMean(cell);
  if (mean === null) return null;
  const sd = cellSampleSd(cell);
  return { n: cell.raters, ratings: cell.ratings, mean: round2(mean), sd: sd === null ? null : round2(sd) };
}

function itemScoreCell(cell: CellAggregate, scalePoints: number): ItemScoreCell | null {
  const score = scoreCell(cell);
  if (!score) return null;
  const rwg = cellRwg(cell, scalePoints);
  return { ...score, rwg: rwg === null ? null : round2(rwg), distribution: { ...cell.histogram } };
}

function scalePointsOf(survey: SurveyDefinition, item: SurveyItem): number {
  return item.kind === 'change' && survey.changeScale ? survey.changeScale.max - survey.changeScale.min + 1 : survey.scale.points;
}

/**
 * The report of a campaign, from its aggregates and its unlinked comments only. Every anonymous
 * figure goes through the disclosure rules; identified raters (boss, self) are shown as such.
 */
export function buildReport(input: ReportInput): Report {
  const { survey, aggregates } = input;
  const plan = planBuckets(survey.groups, aggregates.responses);
  const items = survey.themes.flatMap((theme) => theme.items.map((item) => ({ theme, item })));
  const groupCell = (kind: 'items' | 'themes', groups: RaterGroupId[], scopeId: string): CellAggregate =>
    sumCells(groups.map((group) => aggregates[kind][group]?.[scopeId]).filter((cell): cell is CellAggregate => cell !== undefined));
  const bucketCell = (kind: 'items' | 'themes', bucket: PlannedBucket, scopeId: string): CellAggregate => groupCell(kind, bucket.groups, scopeId);
  const othersGroups = survey.groups.filter((group) => group.id !== 'self').map((group) => group.id);

  const anonymousBuckets = plan.buckets.filter((bucket) => bucket.anonymous && bucket.responses > 0);
  const decision = decideDisclosure({
    itemIds: items.map(({ item }) => item.id),
    themes: survey.themes.map((theme) => ({ id: theme.id, itemIds: theme.items.filter((item) => item.kind === 'likert').map((item) => item.id) })),
    anonymousBuckets: anonymousBuckets.map((bucket) => ({
      id: bucket.id,
      threshold: bucket.threshold,
      shown: bucket.shown,
      items: Object.fromEntries(items.map(({ item }) => [item.id, bucketCell('items', bucket, item.id)])),
      themes: Object.fromEntries(survey.themes.map((theme) => [theme.id, bucketCell('themes', bucket, theme.id)])),
    })),
  });
  const shownBuckets = plan.buckets.filter((bucket) => bucket.shown);

  const itemReports = items.map(({ theme, item }) => {
    const points = scalePointsOf(survey, item);
    const scores: Record<string, ItemScoreCell | null> = {};
    for (const bucket of shownBuckets) {
      const visible = !bucket.anonymous || decision.bucketItem(bucket.id, item.id) === 'shown';
      scores[bucket.id] = visible ? itemScoreCell(bucketCell('items', bucket, item.id), points) : null;
    }
    scores.self = itemScoreCell(groupCell('items', ['self'], item.id), points);
    scores.others = decision.othersItem(item.id) === 'shown' ? itemScoreCell(groupCell('items', othersGroups, item.id), points) : null;
    return { id: item.id, themeId: theme.id, text: item.text.replace(/\{\{\s*leader\s*\}\}/g, input.leaderName), scores };
  });

  const commentBucket = (group: RaterGroupId): string | null => (group === 'self' ? 'self' : (shownBuckets.find((bucket) => bucket.groups.includes(group))?.id ?? null));
  const textComments = input.comments.filter((comment) => comment.kind === 'text').sort((a, b) => a.sortKey - b.sortKey);
  const toReportComment = (comment: StoredComment): ReportComment => ({ text: comment.text, bucket: commentBucket(comment.groupId) });

  const themeScores = survey.themes.map((theme) => {
    const scores: Record<string, ScoreCell | null> = {};
    for (const bucket of shownBuckets) {
      const visible = !bucket.anonymous || decision.bucketTheme(bucket.id, theme.id) === 'shown';
      scores[bucket.id] = visible ? scoreCell(bucketCell('themes', bucket, theme.id)) : null;
    }
    const self = groupCell('themes', ['self'], theme.id);
    const others = groupCell('themes', othersGroups, theme.id);
    scores.self = scoreCell(self);
    scores.others = decision.othersTheme(theme.id) === 'shown' ? scoreCell(others) : null;
    const likertIds = new Set(theme.items.filter((item) => item.kind === 'likert').map((item) => item.id));
    const agreements = itemReports.filter((item) => likertIds.has(item.id)).map((item) => item.scores.others?.rwg).filter((rwg): rwg is number => typeof rwg === 'number');
    return {
      theme,
      scores,
      selfMean: cellMean(self),
      othersMean: scores.others ? cellMean(others) : null,
      othersAgreement: agreements.length > 0 ? agreements.reduce((total, rwg) => total + rwg, 0) / agreements.length : null,
      comments: textComments.filter((comment) => comment.themeIds.includes(theme.id)).map(toReportComment),
    };
  });

  const classifications = classifyThemes(
    themeScores.map((entry) => ({ themeId: entry.theme.id, selfMean: entry.selfMean, othersMean: entry.othersMean, othersAgreement: entry.othersAgreement })),
    survey.report.classification,
  );
  const themes = themeScores.map((entry, index) => ({
    id: entry.theme.id,
    title: entry.theme.title,
    scores: entry.scores,
    gap: entry.selfMean !== null && entry.othersMean !== null ? round2(entry.selfMean - entry.othersMean) : null,
    classification: classifications[index].classification,
    classificationReason: classifications[index].reason,
    agreement: entry.othersAgreement === null ? null : round2(entry.othersAgreement),
    comments: entry.comments,
  }));

  const suggestions = (kind: 'start' | 'stop' | 'continue') =>
    input.comments
      .filter((comment) => comment.kind === kind)
      .sort((a, b) => a.sortKey - b.sortKey)
      .map((comment) => ({ text: comment.text, themeIds: comment.themeIds }));

  return {
    campaignId: input.campaignId,
    surveyId: survey.id,
    leader: input.leaderName,
    aggregatedResponses: Object.values(aggregates.responses).reduce((total, count) => total + (count ?? 0), 0),
    buckets: plan.buckets.map(({ threshold: _threshold, ...bucket }) => bucket),
    mergeNotes: plan.mergeNotes,
    themes,
    items: itemReports,
    unthemedComments: textComments.filter((comment) => comment.themeIds.length === 0).map(toReportComment),
    startStopContinue: { start: suggestions('start'), stop: suggestions('stop'), continue: suggestions('continue') },
    priorities: selectPriorities(
      themeScores.map((entry, index) => ({
        themeId: entry.theme.id,
        title: entry.theme.title,
        classification: classifications[index].classification,
        othersMean: entry.othersMean,
        selfMean: entry.selfMean,
        othersAgreement: entry.othersAgreement,
        comments: entry.comments.length,
      })),
      survey.report.priorities,
    ),
  };
}
