import type { Classification, Report, ReportComment } from '../reports/assembly/report.types';

const CLASSIFICATION_LABELS: Record<Classification, string> = {
  strength: 'strength',
  development_area: 'development area',
  // Upper case: the finding a coach most wants the leader to notice.
  blind_spot: 'BLIND SPOT',
  hidden_strength: 'hidden strength',
  neutral: 'neutral',
};

const COLUMN = 6;
/** Real comments run up to 5,000 characters; the terminal summary only needs their gist. */
const MAX_COMMENT = 200;

const score = (value: number | null | undefined): string => (value === null || value === undefined ? '-' : value.toFixed(2)).padStart(COLUMN);
const signed = (value: number | null): string => (value === null ? '-' : `${value >= 0 ? '+' : ''}${value.toFixed(2)}`).padStart(COLUMN);
const shorten = (text: string): string => (text.length > MAX_COMMENT ? `${text.slice(0, MAX_COMMENT - 3).trimEnd()}...` : text);

interface PickedComment extends ReportComment {
  theme: string;
}

/**
 * A handful of comments that show the range of the report: from the priority themes first, one
 * per theme, others' words before the leader's own.
 */
function sampleComments(report: Report, count: number): PickedComment[] {
  const priorityOrder = new Map(report.priorities.map((priority, index) => [priority.themeId, index]));
  const themes = [...report.themes].sort((a, b) => (priorityOrder.get(a.id) ?? Infinity) - (priorityOrder.get(b.id) ?? Infinity));
  const picked: PickedComment[] = [];
  const seen = new Set<string>();
  for (const fromLeader of [false, true]) {
    for (const theme of themes) {
      if (picked.length >= count) return picked;
      if (picked.some((comment) => comment.theme === theme.title)) continue;
      const comment = theme.comments.find((candidate) => (candidate.bucket === 'self') === fromLeader && !seen.has(candidate.text));
      if (!comment) continue;
      seen.add(comment.text);
      picked.push({ ...comment, theme: theme.title });
    }
  }
  return picked;
}

/** A short, readable account of a report for the terminal. */
export function summariseReport(report: Report, options: { comments: number } = { comments: 4 }): string[] {
  const bucketLabels = new Map(report.buckets.map((bucket) => [bucket.id, bucket.label]));
  bucketLabels.set('self', `${report.leader} (self)`);
  const shown = report.buckets.filter((bucket) => bucket.shown).map((bucket) => `${bucket.label} (${bucket.responses})`);
  const width = Math.max('Theme'.length, ...report.themes.map((theme) => theme.title.length));
  const lines = [
    `Themed report for ${report.leader}: ${report.aggregatedResponses} answers aggregated`,
    `Rater groups shown: ${shown.length > 0 ? shown.join(', ') : 'none yet'}`,
    ...report.mergeNotes.map((note) => `  ${note}`),
    '',
    `  ${'Theme'.padEnd(width)} ${'Self'.padStart(COLUMN)} ${'Others'.padStart(COLUMN)} ${'Gap'.padStart(COLUMN)}  Classification`,
    ...report.themes.map(
      (theme) =>
        `  ${theme.title.padEnd(width)} ${score(theme.scores.self?.mean)} ${score(theme.scores.others?.mean)} ${signed(theme.gap)}  ${CLASSIFICATION_LABELS[theme.classification]}`,
    ),
    '',
    'Priorities for the development program:',
    ...(report.priorities.length > 0 ? report.priorities.map((priority, index) => `  ${index + 1}. ${priority.reason}`) : ['  none yet']),
  ];
  const comments = sampleComments(report, options.comments);
  if (comments.length > 0) {
    lines.push('', 'A few comments (grouped by theme, without names):');
    for (const comment of comments) {
      const from = comment.bucket === null ? '' : `, ${bucketLabels.get(comment.bucket) ?? comment.bucket}`;
      lines.push(`  [${comment.theme}${from}] "${shorten(comment.text)}"`);
    }
  }
  const { start, stop, continue: keep } = report.startStopContinue;
  if (start.length + stop.length + keep.length > 0) {
    lines.push(
      `Start/stop/continue: ${start.length} start, ${stop.length} stop, ${keep.length} continue suggestions${start[0] ? `, e.g. "${shorten(start[0].text)}"` : ''}`,
    );
  }
  return lines;
}
