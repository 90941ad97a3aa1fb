import type { CampaignAggregates } from '../../aggregation/aggregate.types';
import { isPooledItem, type SurveyDefinition } from '../../surveys/survey.types';
import type { Report } from '../assembly/report.types';
import { figureKey, findLeaks, type Leak, type PublishedVersion, type ShownFigure, shownFigures } from '../disclosure/version-disclosure';

export interface VersionCut {
  report: Report;
  figures: ShownFigure[];
  /** Cells suppressed because of earlier versions, beyond the rules of one report. */
  forced: string[];
}

/** The item and theme ids a leak's figures can come from: its theme with all of its likert items, or a change or follow-up item alone. */
function blockOf(survey: SurveyDefinition, scope: string): Set<string> {
  for (const theme of survey.themes) {
    const likert = theme.items.filter(isPooledItem).map((item) => item.id);
    if (scope === theme.id || likert.includes(scope)) return new Set([theme.id, ...likert]);
    if (theme.items.some((item) => item.id === scope)) return new Set([scope]);
  }
  return new Set([scope]);
}

/** Which figure of the new version to give up first: the narrowest bucket touching the leaked groups, "others" last. */
function nextToSuppress(survey: SurveyDefinition, figures: readonly ShownFigure[], leak: Leak, forced: ReadonlySet<string>): ShownFigure | undefined {
  const block = blockOf(survey, leak.scope);
  const touches = (figure: ShownFigure): boolean => figure.groups.some((group) => leak.groups.includes(group));
  const rank = (figure: ShownFigure): number =>
    (figure.column === 'others' ? 1000 : 0) + (touches(figure) ? 0 : 500) + (figure.scopeId === leak.scope ? 0 : 100) + figure.groups.length;
  return figures
    .filter((figure) => block.has(figure.scopeId) && !forced.has(figureKey(figure.kind, figure.scopeId, figure.column)))
    .sort((a, b) => rank(a) - rank(b))[0];
}

/**
 * The report of a new version, safe against every earlier version: it is built with the usual
 * rules, then checked with all published versions for any total of fewer than a threshold of
 * anonymous raters that comparing them would give away; while there is one, one more figure of
 * the new version is suppressed. Each round suppresses a figure, so this ends. Null when even a
 * version showing nothing of a theme would leak (only possible if earlier versions already did):
 * then no version is cut, and readers keep the one they have.
 */
export function cutVersion(input: {
  survey: SurveyDefinition;
  history: readonly PublishedVersion[];
  frozen: CampaignAggregates;
  build: (forced: ReadonlySet<string>) => Report;
}): VersionCut | null {
  const forced = new Set<string>();
  for (;;) {
    const report = input.build(forced);
    const figures = shownFigures(report);
    const leaks = findLeaks(input.survey, [...input.history, { frozen: input.frozen, figures }]);
    if (leaks.length === 0) return { report, figures, forced: [...forced] };
    const figure = nextToSuppress(input.survey, figures, leaks[0], forced);
    if (!figure) return null;
    forced.add(figureKey(figure.kind, figure.scopeId, figure.column));
  }
}
