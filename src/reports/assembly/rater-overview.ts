import type { RaterGroupId } from '../../surveys/survey.types';
import type { RaterOverview, ReportBucket } from './report.types';

/**
 * Who was asked and who answered, bucket by bucket as the report shows them. Invitations are
 * counted per bucket too, never per hidden group on its own: "2 of 3 others answered" beside a
 * hidden bucket says no more than the merge note does. Interviews count as answers of their group,
 * so a bucket can show more answers than invitations.
 */
export function buildRaterOverview(
  buckets: readonly ReportBucket[],
  invited: Partial<Record<RaterGroupId, number>>,
  selfResponses: number | null,
  notes: readonly string[],
): RaterOverview {
  const invitedTo = (groups: readonly RaterGroupId[]): number => groups.reduce((total, group) => total + (invited[group] ?? 0), 0);
  return {
    self: selfResponses === null ? null : { invited: invited.self ?? 0, responded: selfResponses },
    buckets: buckets
      .filter((bucket) => bucket.responses > 0 || invitedTo(bucket.groups) > 0)
      .map((bucket) => ({ id: bucket.id, label: bucket.label, invited: invitedTo(bucket.groups), responded: bucket.responses, shown: bucket.shown })),
    notes: [...notes],
  };
}
