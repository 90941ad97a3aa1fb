import type { CampaignAggregates, CellAggregate } from '../../aggregation/aggregate.types';
import { countOfCell, countOfGroup, meetsThreshold, NO_ANSWERS, raterAnswers, singlesOut, subtractCounts } from '../../aggregation/answer-counts';
import { commentThreshold, type RaterGroupId, type SurveyDefinition } from '../../surveys/survey.types';

/** Answers per group, and the interviews among them. */
type Counts = Pick<CampaignAggregates, 'responses' | 'interviews'>;

export interface WaitingGroup {
  groupId: RaterGroupId;
  label: string;
  newAnswers: number;
  /** How many new answers the group needs before a version may include them. */
  needed: number;
  /** How many more it needs; `fromRaters` when only rater answers help (the new ones include interviews). */
  missing: number;
  fromRaters: boolean;
}

export interface VersionStep {
  /** Groups whose new answers the next version takes in whole. */
  advancing: RaterGroupId[];
  /** Groups with new answers too few to show as a step of their own. */
  waiting: WaitingGroup[];
}

/**
 * Which groups the next version of a report may bring up to date. Two versions can be compared,
 * so what one version adds to a group must itself be as large as a figure of that group may be:
 * an anonymous group advances only once at least its `minResponses` new answers arrived since the
 * version before (the late-rater attack: version 2 minus version 1 would be one rater's answers).
 * Identified groups (boss, self) advance with every answer; they were told they are identified.
 * A group that does not advance stays exactly as the last version had it. A version releases the
 * comments of the answers it takes in, so a group whose comments need more answers than its figures
 * (`minCommentResponses`) advances by that many: a smaller step would set the comments of fewer
 * raters than that apart, by comparing the comments of two versions. New interviews count, but
 * the new rater answers among them must be none or that many too: the coach, who knows the
 * interviews, could otherwise subtract them (answer-counts.ts).
 */
export function planVersionStep(survey: SurveyDefinition, frozen: Counts | null, current: Counts): VersionStep {
  const advancing: RaterGroupId[] = [];
  const waiting: WaitingGroup[] = [];
  for (const group of survey.groups) {
    const growth = subtractCounts(countOfGroup(current, group.id), frozen ? countOfGroup(frozen, group.id) : NO_ANSWERS);
    if (growth.all <= 0) continue;
    // The first version has nothing to be compared with: it takes every group as it is.
    const needed = frozen === null || !group.anonymous ? 1 : Math.max(1, commentThreshold(group));
    if (meetsThreshold(growth, needed)) {
      advancing.push(group.id);
      continue;
    }
    // With rater answers and interviews among the new ones, only rater answers can make up the step.
    const raters = raterAnswers(growth);
    const fromRaters = raters > 0 && growth.interviews > 0;
    waiting.push({ groupId: group.id, label: group.label, newAnswers: growth.all, needed, missing: needed - (fromRaters ? raters : growth.all), fromRaters });
  }
  return { advancing, waiting };
}

const ratersOf = (cell: CellAggregate | undefined): number => cell?.raters ?? 0;

/** Whether a cell may move from `previous` to `latest` between versions: by nobody, or by enough answers to read on their own. */
const grownEnough = (previous: CellAggregate | undefined, latest: CellAggregate | undefined, threshold: number): boolean =>
  !singlesOut(subtractCounts(countOfCell(latest), countOfCell(previous)), threshold);

/**
 * The frozen aggregates of the next version. Identified groups and groups of the first version are
 * taken as they are now. An advancing anonymous group is brought up to date cell by cell: "not
 * observed" answers mean that five new peers may have rated one item only twice, and comparing
 * that item across versions would isolate those two. So a cell whose raters grew by fewer than the
 * group's threshold keeps its previous value (it catches up once enough raters have rated it), and
 * a theme cell advances only with all of its items, or theme minus items would give the lagging
 * item's new ratings. Every cell of every group thus changes between versions by zero raters or by
 * at least the group's threshold (rater answers alone too, unless none: answer-counts.ts).
 */
export function advanceAggregates(
  survey: SurveyDefinition,
  frozen: CampaignAggregates | null,
  current: CampaignAggregates,
  advancing: readonly RaterGroupId[],
): CampaignAggregates {
  const next: CampaignAggregates = { responses: { ...frozen?.responses }, items: { ...frozen?.items }, themes: { ...frozen?.themes } };
  const interviews: Partial<Record<RaterGroupId, number>> = { ...frozen?.interviews };
  for (const groupId of advancing) {
    const group = survey.groups.find((candidate) => candidate.id === groupId);
    next.responses[groupId] = current.responses[groupId] ?? 0;
    if (current.interviews?.[groupId]) interviews[groupId] = current.interviews[groupId];
    const before = { items: frozen?.items[groupId] ?? {}, themes: frozen?.themes[groupId] ?? {} };
    const now = { items: current.items[groupId] ?? {}, themes: current.themes[groupId] ?? {} };
    if (frozen === null || !group?.anonymous) {
      next.items[groupId] = { ...now.items };
      next.themes[groupId] = { ...now.themes };
      continue;
    }
    const threshold = Math.max(1, group.minResponses);
    const items: Record<string, CellAggregate> = {};
    const lagging = new Set<string>();
    for (const itemId of new Set([...Object.keys(before.items), ...Object.keys(now.items)])) {
      const keep = grownEnough(before.items[itemId], now.items[itemId], threshold) ? now.items[itemId] : before.items[itemId];
      if (keep !== now.items[itemId] && ratersOf(now.items[itemId]) !== ratersOf(before.items[itemId])) lagging.add(itemId);
      if (keep) items[itemId] = keep;
    }
    const themes: Record<string, CellAggregate> = {};
    for (const theme of survey.themes) {
      const itemsCaughtUp = theme.items.every((item) => !lagging.has(item.id));
      const keep = itemsCaughtUp && grownEnough(before.themes[theme.id], now.themes[theme.id], threshold) ? now.themes[theme.id] : before.themes[theme.id];
      if (keep) themes[theme.id] = keep;
    }
    next.items[groupId] = items;
    next.themes[groupId] = themes;
  }
  return Object.keys(interviews).length > 0 ? { ...next, interviews } : next;
}

/**
 * What a coach reads about answers a version leaves out: counts per group, never more. Once the
 * campaign takes no more answers (`closed`), waiting for more would be a false promise: the
 * answers stay out for good, and the note says so and why.
 */
export function describeWaiting(waiting: readonly WaitingGroup[], options: { closed?: boolean } = {}): string[] {
  const why = (needed: number): string =>
    `a new version takes at least ${needed} new answers of a group, so that no one can be singled out by comparing versions.`;
  return waiting.map((entry) => {
    const answers = `${entry.newAnswers} newer answer${entry.newAnswers === 1 ? '' : 's'} from ${entry.label}`;
    if (options.closed) return `${answers} cannot be included now that the campaign is closed: ${why(entry.needed)}`;
    const one = entry.missing === 1;
    const more = entry.fromRaters
      ? `${entry.missing} more rater${one ? '' : 's'} answer${one ? 's' : ''} the survey (interviews do not count here)`
      : `${entry.missing} more arrive${one ? 's' : ''}`;
    return `${answers} will be included once ${more}: ${why(entry.needed)}`;
  });
}
