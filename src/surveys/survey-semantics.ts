import { DEFAULT_ANONYMOUS_MIN_RESPONSES } from './survey-defaults';
import { checkPlaceholders } from './placeholder-check';
import { checkTranslations } from './translation-check';
import { booleanAt, isRecord, listAt, numberAt, recordAt, stringAt } from './raw-shape';
import type { SurveyValidationIssue } from './survey-validation.error';
import { formatPath, type PathSegment, type YamlSource } from './yaml-source';

interface Occurrence {
  value: unknown;
  path: PathSegment[];
}

/** One issue per repeat, at the repeat, naming where the value was first used. */
export function duplicateIssues(occurrences: readonly Occurrence[], what: string, source: YamlSource): SurveyValidationIssue[] {
  const first = new Map<string, PathSegment[]>();
  const issues: SurveyValidationIssue[] = [];
  for (const { value, path } of occurrences) {
    if (typeof value !== 'string') continue;
    const earlier = first.get(value);
    if (earlier) issues.push(source.issue(path, `duplicate ${what} '${value}' (first used at ${formatPath(earlier)})`));
    else first.set(value, path);
  }
  return issues;
}

const idsOf = (entries: readonly unknown[], path: PathSegment[]): Occurrence[] =>
  entries.map((entry, index) => ({ value: stringAt(entry, 'id'), path: [...path, index, 'id'] }));

function checkScales(source: YamlSource): SurveyValidationIssue[] {
  const issues: SurveyValidationIssue[] = [];
  const scale = recordAt(source.data, 'scale');
  const points = numberAt(scale, 'points');
  const labels = scale?.labels;
  if (points !== undefined && Number.isInteger(points) && Array.isArray(labels) && labels.length !== points) {
    issues.push(source.issue(['scale', 'labels'], `must have exactly ${points} labels (one per point), found ${labels.length}`));
  }
  const changeScale = recordAt(source.data, 'changeScale');
  const min = numberAt(changeScale, 'min');
  const max = numberAt(changeScale, 'max');
  const changeLabels = changeScale?.labels;
  if (min !== undefined && max !== undefined && min < max && Array.isArray(changeLabels) && changeLabels.length !== max - min + 1) {
    issues.push(
      source.issue(['changeScale', 'labels'], `must have exactly ${max - min + 1} labels (one per point from ${min} to ${max}), found ${changeLabels.length}`),
    );
  }
  return issues;
}

function checkGroups(source: YamlSource): SurveyValidationIssue[] {
  const groups = listAt(source.data, 'groups');
  const issues = duplicateIssues(idsOf(groups, ['groups']), 'group id', source);
  groups.forEach((group, index) => {
    const anonymous = booleanAt(group, 'anonymous');
    const minResponses = numberAt(group, 'minResponses');
    if (anonymous === true && minResponses !== undefined && minResponses < 2) {
      issues.push(source.issue(['groups', index, 'minResponses'], 'must be at least 2 for an anonymous group (a group of one is not anonymous)'));
    }
    const minCommentResponses = numberAt(group, 'minCommentResponses');
    const scoreThreshold = minResponses ?? (anonymous === true ? DEFAULT_ANONYMOUS_MIN_RESPONSES : 1);
    if (minCommentResponses !== undefined && minCommentResponses < scoreThreshold) {
      issues.push(
        source.issue(
          ['groups', index, 'minCommentResponses'],
          `must be at least minResponses (${scoreThreshold}): comments may need more raters than scores, never fewer`,
        ),
      );
    }
    if (anonymous === true && stringAt(group, 'id') === 'self') {
      issues.push(source.issue(['groups', index, 'anonymous'], 'must be false for the self group: it is the leader alone'));
    }
  });
  return issues;
}

function itemOccurrences(source: YamlSource): (Occurrence & { item: unknown })[] {
  return listAt(source.data, 'themes').flatMap((theme, themeIndex) =>
    listAt(theme, 'items').map((item, itemIndex) => ({ item, value: stringAt(item, 'id'), path: ['themes', themeIndex, 'items', itemIndex, 'id'] })),
  );
}

function checkThemes(source: YamlSource): SurveyValidationIssue[] {
  const themes = listAt(source.data, 'themes');
  const issues = duplicateIssues(idsOf(themes, ['themes']), 'theme id', source);
  themes.forEach((theme, index) => {
    if (isRecord(theme) && Array.isArray(theme.items) && theme.items.length === 0) {
      issues.push(source.issue(['themes', index, 'items'], 'a theme needs at least one item'));
    }
  });
  const items = itemOccurrences(source);
  issues.push(...duplicateIssues(items, 'item id', source));
  const firstChange = items.find(({ item }) => stringAt(item, 'kind') === 'change');
  if (firstChange && !recordAt(source.data, 'changeScale')) {
    issues.push(source.issue([...firstChange.path.slice(0, -1), 'kind'], CHANGE_NEEDS_SCALE));
  }
  for (const { item, path } of items) {
    if (stringAt(item, 'kind') === 'followUp') {
      issues.push(
        source.issue([...path.slice(0, -1), 'kind'], "kind 'followUp' asks about a goal: put it in perGoal.items, which is asked once per focus goal"),
      );
    }
  }
  return issues;
}

const CHANGE_NEEDS_SCALE = "kind 'change' needs a changeScale (e.g. min: -3, max: 3 and 7 labels)";

/**
 * The per-goal block is repeated under each focus theme as `<themeId>.<id>`: its ids must be
 * unique among themselves and must not land on an id the themes or questions already use; the
 * review reads exactly one 'change' item per goal, and at most one 'followUp' splits it.
 */
function checkPerGoal(source: YamlSource): SurveyValidationIssue[] {
  const block = recordAt(source.data, 'perGoal');
  if (!block) return [];
  const items = listAt(block, 'items');
  const questions = listAt(block, 'questions');
  const issues = duplicateIssues([...idsOf(items, ['perGoal', 'items']), ...idsOf(questions, ['perGoal', 'questions'])], 'per-goal id', source);
  const kinds = items.map((item) => stringAt(item, 'kind'));
  const changes = kinds.filter((kind) => kind === 'change').length;
  if (items.length > 0 && changes !== 1) {
    issues.push(source.issue(['perGoal', 'items'], `needs exactly one item of kind 'change' (how much the leader changed on the goal), found ${changes}`));
  }
  if (kinds.filter((kind) => kind === 'followUp').length > 1) issues.push(source.issue(['perGoal', 'items'], "may hold at most one item of kind 'followUp'"));
  items.forEach((item, index) => {
    const kind = stringAt(item, 'kind');
    if (kind === 'change' && !recordAt(source.data, 'changeScale')) issues.push(source.issue(['perGoal', 'items', index, 'kind'], CHANGE_NEEDS_SCALE));
    if (kind === 'followUp' && !recordAt(source.data, 'followUpScale')) {
      issues.push(
        source.issue(['perGoal', 'items', index, 'kind'], "kind 'followUp' needs a followUpScale (e.g. labels: [Never, Once, A few times, Regularly])"),
      );
    }
  });
  const taken = new Map<string, PathSegment[]>();
  for (const { value, path } of [...itemOccurrences(source), ...idsOf(listAt(source.data, 'questions'), ['questions'])]) {
    if (typeof value === 'string' && !taken.has(value)) taken.set(value, path);
  }
  const groupIds = new Set(listAt(source.data, 'groups').map((group) => stringAt(group, 'id')));
  const entries = [...idsOf(items, ['perGoal', 'items']), ...idsOf(questions, ['perGoal', 'questions'])];
  for (const theme of listAt(source.data, 'themes')) {
    const themeId = stringAt(theme, 'id');
    for (const { value, path } of entries) {
      const expanded = `${themeId}.${String(value)}`;
      const clash = themeId === undefined || typeof value !== 'string' ? undefined : taken.get(expanded);
      if (clash) issues.push(source.issue(path, `repeated for theme '${themeId}' it becomes '${expanded}', already used at ${formatPath(clash)}`));
    }
  }
  questions.forEach((question, index) => issues.push(...questionIssues(source, question, ['perGoal', 'questions', index], groupIds)));
  return issues;
}

/** What is wrong with one question, at the top level or per goal: a group the survey lacks, or `asks` on start/stop/continue. */
function questionIssues(source: YamlSource, question: unknown, path: PathSegment[], groupIds: ReadonlySet<string | undefined>): SurveyValidationIssue[] {
  const issues = listAt(question, 'groups').flatMap((groupId, groupIndex) =>
    typeof groupId === 'string' && !groupIds.has(groupId)
      ? [source.issue([...path, 'groups', groupIndex], `group '${groupId}' is not one of this survey's groups`)]
      : [],
  );
  if (stringAt(question, 'asks') !== undefined && stringAt(question, 'type') === 'start_stop_continue') {
    issues.push(source.issue([...path, 'asks'], 'is for text questions only: start, stop and continue say what they ask for'));
  }
  return issues;
}

function checkQuestions(source: YamlSource): SurveyValidationIssue[] {
  const questions = listAt(source.data, 'questions');
  const issues = duplicateIssues(idsOf(questions, ['questions']), 'question id', source);
  const itemPaths = new Map<string, PathSegment[]>();
  for (const { value, path } of itemOccurrences(source)) if (typeof value === 'string' && !itemPaths.has(value)) itemPaths.set(value, path);
  const groupIds = new Set(listAt(source.data, 'groups').map((group) => stringAt(group, 'id')));
  questions.forEach((question, index) => {
    const id = stringAt(question, 'id');
    const itemPath = id === undefined ? undefined : itemPaths.get(id);
    if (itemPath) {
      // Answers are one map keyed by item and question ids; a shared id would mix two answers.
      issues.push(source.issue(['questions', index, 'id'], `'${id}' is already an item id (${formatPath(itemPath)}); question and item ids must differ`));
    }
    issues.push(...questionIssues(source, question, ['questions', index], groupIds));
  });
  return issues;
}

/** A threshold no self-others gap can reach would silently switch its rule off. */
function checkReportRules(source: YamlSource): SurveyValidationIssue[] {
  const points = numberAt(recordAt(source.data, 'scale'), 'points');
  const rules = recordAt(recordAt(source.data, 'report'), 'classification');
  if (points === undefined || !Number.isInteger(points) || points < 2 || !rules) return [];
  const widest = points - 1;
  const issues: SurveyValidationIssue[] = [];
  for (const key of ['blindSpotGap', 'hiddenStrengthGap']) {
    const gap = numberAt(rules, key);
    if (gap !== undefined && gap >= widest) {
      issues.push(source.issue(['report', 'classification', key], `must be less than ${widest}: no gap on a ${points}-point scale can exceed it`));
    }
  }
  for (const key of ['blindSpotGapInBottomThird', 'hiddenStrengthGapInTopThird']) {
    const gap = numberAt(rules, key);
    if (gap !== undefined && gap > widest) {
      issues.push(source.issue(['report', 'classification', key], `must be at most ${widest}: no gap on a ${points}-point scale can reach it`));
    }
  }
  return issues;
}

/** What a schema cannot say: unique ids (per-goal ones as they are repeated too), consistent scales, known groups and placeholders, sane anonymity, complete translations. */
export function checkSurveySemantics(source: YamlSource): SurveyValidationIssue[] {
  return [
    ...checkScales(source),
    ...checkGroups(source),
    ...checkThemes(source),
    ...checkQuestions(source),
    ...checkPerGoal(source),
    ...checkReportRules(source),
    ...checkTranslations(source),
    ...checkPlaceholders(source),
  ];
}
