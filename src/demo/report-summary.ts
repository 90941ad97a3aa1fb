import type { Report } from '../reports/report.types';

const LABELS: Record<string, string> = {
  strength: 'strength',
  development_area: 'development area',
  blind_spot: 'BLIND SPOT',
  hidden_strength: 'hidden strength',
  neutral: 'neutral',
};

const score = (value: number | null | undefined): string => (value === null || value === undefined ? '-' : value.toFixed(2)).padStart(6);
const signed = (value: number | null): string => (value === null ? '-' : `${value >= 0 ? '+' : ''}${value.toFixed(2)}`).padStart(6);

/** A few readable lines about a report, for the terminal. */
export function summariseReport(report: Report, options: { comments: number } = { comments: 4 }): string[] {
  const buckets = report.buckets
    .filter((bucket) => bucket.shown)
    .map((bucket) => `${bucket.label} (${bucket.responses})`)
    .join(', ');
  const width = Math.max(...report.themes.map((theme) => theme.title.length), 5);
  const lines = [
    `Themed report for ${report.leader}: ${report.aggregatedResponses} answers aggregated`,
    `Rater groups shown: ${buckets || 'none yet'}`,
    ...report.mergeNotes.map((note) => `  ${note}`),
    '',
    `  ${'Theme'.padEnd(width)} ${'Self'.padStart(6)} ${'Others'.padStart(6)} ${'Gap'.padStart(6)}  Classification`,
    ...report.themes.map((theme) => `  ${theme.title.padEnd(width)} ${score(theme.scores.self?.mean)} ${score(theme.scores.others?.mean)} ${signed(theme.gap)}  ${LABELS[theme.classification]}`),
    '',
    'Priorities for the development program:',
    ...report.priorities.map((priority, index) => `  ${index + 1}. ${priority.reason}`),
  ];
  const comments = report.themes.flatMap((theme) => theme.comments.map((comment) => ({ theme: theme.title, ...comment }))).slice(0, options.comments);
  if (comments.length > 0) {
    lines.push('', 'A few comments:');
    for (const comment of comments) lines.push(`  [${comment.theme}] "${comment.text}"`);
  }
  return lines;
}
