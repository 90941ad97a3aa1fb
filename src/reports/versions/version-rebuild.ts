import { isDeepStrictEqual } from 'node:util';
import type { SurveyDefinition } from '../../surveys/survey.types';
import { groupsKeptTogether } from '../disclosure/bucket-planning';
import type { PublishedVersion } from '../disclosure/version-disclosure';
import { buildReport, type ReportInput } from '../assembly/report.builder';
import type { Report } from '../assembly/report.types';
import { cutVersion } from './version-cutting';
import type { StoredVersion } from './report-version.repository';

/**
 * A version's report built again from what it was frozen with, with its comments placed anew (the
 * coach's review). The figures come from the same aggregates, checked against the same earlier
 * versions, so they are the ones the version already showed; that is checked rather than trusted,
 * and anything else refuses. Who was invited is kept as the version recorded it.
 */
export function rebuiltVersionReport(input: {
  campaignId: string;
  survey: SurveyDefinition;
  version: StoredVersion;
  /** The versions before it, oldest first, and the report of the one just before it (whose merged groups it kept together). */
  history: readonly PublishedVersion[];
  previous: Report | null;
  comments: ReportInput['comments'];
}): Report {
  const { version } = input;
  const cut = cutVersion({
    survey: input.survey,
    history: input.history,
    frozen: version.frozen,
    build: (forcedSuppressions) =>
      buildReport({
        campaignId: input.campaignId,
        survey: input.survey,
        leaderName: version.report.leader,
        aggregates: version.frozen,
        comments: input.comments,
        version: version.report.version,
        forcedSuppressions,
        keepTogether: input.previous ? groupsKeptTogether(input.previous.buckets) : [],
      }),
  });
  // Compared as values: Postgres hands jsonb back with its keys in its own order.
  if (!cut || !isDeepStrictEqual(cut.figures, version.figures))
    throw new Error(`report version ${version.number} built again shows other figures than it was cut with: its comments are left as they were`);
  return { ...cut.report, raterOverview: version.report.raterOverview };
}
