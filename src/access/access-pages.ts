import { join } from 'node:path';
import { compileTemplates } from '../common/template-renderer';
import type { Classification, Report, ReportComment } from '../reports/assembly/report.types';
import { formatScore, formatSigned } from '../reports/assembly/score-format';
import { STATUS_LABELS } from '../reviews/review-page';
import type { SponsorShare } from './access.repository';
import type { MeetingId, SponsorAgenda } from './sponsor-agenda';

const render = compileTemplates(join(__dirname, 'templates'));

const shown = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : formatScore(value));

const CLASSIFICATIONS: Record<Classification, string> = {
  strength: 'Strength',
  development_area: 'To develop',
  blind_spot: 'Blind spot',
  hidden_strength: 'Hidden strength',
  neutral: '',
};

const PHASES: Record<string, string> = { baseline: 'baseline', midpoint: 'mid-program review', final: 'final review' };

export function renderSignedOut(): string {
  return render('message', { heading: 'You are signed out', message: 'To come back, ask your coach for a new sign-in link.' });
}

export function renderContinue(input: { role: 'leader' | 'sponsor'; leader: string; guard: string }): string {
  return input.role === 'leader'
    ? render('continue', {
        heading: 'Your feedback and development program',
        message: 'Continue to read the reports your coach released to you, and your program.',
        guard: input.guard,
      })
    : render('continue', {
        heading: `${input.leader}'s development program`,
        message: `Continue to the agendas for your meetings with ${input.leader}.`,
        guard: input.guard,
      });
}

/** The leader's "what I did" form: the plan's entries, and a refused entry's values and problems. */
export interface LeaderActionForm {
  plan: { practiceId: string; title: string }[];
  values: { practiceId: string; doneOn: string; note: string };
  errors: Partial<Record<'practiceId' | 'doneOn' | 'note', string>>;
}

export interface LeaderHomeModel {
  title: string;
  sponsor: string | null;
  base: string;
  csrf: string;
  share: SponsorShare;
  saved: boolean;
  sent: boolean;
  logged?: boolean;
  reports: { campaignId: string; title: string; phase: string; version: number; releasedAt: string }[];
  hasProgram: boolean;
  action?: LeaderActionForm | null;
  /** Campaigns not launched yet, for which the leader may propose raters. */
  nominations?: { title: string; href: string; state: string }[];
}

export function renderLeaderHome(model: LeaderHomeModel): string {
  return render('leader-home', {
    title: model.title,
    sponsor: model.sponsor,
    base: model.base,
    csrf: model.csrf,
    share: model.share,
    nominations: model.nominations ?? [],
    saved: model.saved,
    sent: model.sent,
    reports: model.reports.map((report) => ({
      title: report.title,
      phase: PHASES[report.phase] ?? report.phase,
      version: report.version,
      releasedOn: report.releasedAt.slice(0, 10),
      href: `${model.base}/reports/${report.campaignId}`,
    })),
    programHref: model.hasProgram ? `${model.base}/program` : null,
    reviewHref: model.hasProgram ? `${model.base}/review` : null,
    logged: model.logged ?? false,
    action: model.action
      ? {
          ...model.action,
          plan: model.action.plan.map((entry) => ({ ...entry, selected: entry.practiceId === model.action?.values.practiceId })),
          errors: { practiceId: model.action.errors.practiceId ?? null, doneOn: model.action.errors.doneOn ?? null, note: model.action.errors.note ?? null },
        }
      : null,
  });
}

/** A released report as the leader reads it: every figure and comment the report shows, nothing more. */
export function renderLeaderReport(report: Report, backLink: string): string {
  const shownBuckets = report.buckets.filter((bucket) => bucket.shown);
  const bucketLabel = new Map(report.buckets.map((bucket) => [bucket.id, bucket.label]));
  const from = (bucket: string | null): string | null => (bucket === null ? null : bucket === 'self' ? 'you' : (bucketLabel.get(bucket) ?? null));
  // A comment in another language is marked as such for screen readers, which would read it as English.
  const leaderComment = (comment: ReportComment) => ({ text: comment.text, from: from(comment.bucket), lang: comment.language ?? null });
  const kinds = [
    ['start', 'Start'],
    ['stop', 'Stop'],
    ['continue', 'Continue'],
  ] as const;
  return render('leader-report', {
    title: report.surveyTitle,
    backLink,
    version: report.version?.number ?? 0,
    releasedOn: report.version?.releasedAt?.slice(0, 10) ?? '',
    responses: report.aggregatedResponses,
    raters: [
      ...(report.raterOverview.self ? [{ label: 'You', ...report.raterOverview.self }] : []),
      ...report.raterOverview.buckets.map((row) => ({ label: row.label, invited: row.invited, responded: row.responded })),
    ],
    notes: report.mergeNotes,
    scaleMax: report.scale.max,
    scaleLow: report.scale.labels[0] ?? '',
    scaleHigh: report.scale.labels[report.scale.labels.length - 1] ?? '',
    columns: ['You', 'Everyone else', ...shownBuckets.map((bucket) => bucket.label)],
    themes: report.themes.map((theme) => ({
      title: theme.title,
      cells: [shown(theme.scores.self?.mean), shown(theme.scores.others?.mean), ...shownBuckets.map((bucket) => shown(theme.scores[bucket.id]?.mean))],
      gap: theme.gap === null ? '—' : formatSigned(theme.gap),
      classification: CLASSIFICATIONS[theme.classification],
    })),
    priorities: report.priorities.map((priority) => ({ reason: priority.reason })),
    comments: [
      ...report.themes.filter((theme) => theme.comments.length > 0).map((theme) => ({ title: theme.title, items: theme.comments.map(leaderComment) })),
      ...(report.unthemedComments.length > 0 ? [{ title: 'Other comments', items: report.unthemedComments.map(leaderComment) }] : []),
    ],
    suggestions: kinds
      .filter(([kind]) => report.startStopContinue[kind].length > 0)
      .map(([kind, label]) => ({ label: `${label} doing`, items: report.startStopContinue[kind].map((entry) => entry.text) })),
  });
}

/** Shown above an agenda read by someone other than the sponsor: the coach, or the leader before sharing. */
export interface AgendaPreview {
  note: string;
  back: { href: string; label: string };
  /** For the leader: the form that shares what is previewed. */
  share?: { action: string; csrf: string; goals: boolean; progress: boolean; label: string } | null;
}

export function renderSponsorAgenda(agenda: SponsorAgenda, options: { base: string; only: MeetingId | null; preview?: AgendaPreview }): string {
  const shared = [agenda.shared.goals ? 'the goals' : null, agenda.shared.progress ? 'the progress' : null].filter((entry) => entry !== null);
  return render('sponsor-agenda', {
    preview: options.preview ? { ...options.preview, share: options.preview.share ?? null } : null,
    title: options.only
      ? `${agenda.leader}: ${agenda.meetings.find((meeting) => meeting.id === options.only)?.title ?? ''}`
      : `${agenda.leader}: agendas for your three meetings`,
    leader: agenda.leader,
    backLink: options.only && !options.preview ? options.base : null,
    sharedText: shared.length > 0 ? shared.join(' and ') : 'nothing yet',
    statusRule: agenda.statusRule,
    meetings: agenda.meetings
      .filter((meeting) => options.only === null || meeting.id === options.only)
      .map((meeting) => ({
        id: meeting.id,
        title: meeting.title,
        href: options.only ? null : `${options.base}/meetings/${meeting.id}`,
        purpose: meeting.purpose,
        plannedFor: meeting.plannedFor,
        notes: meeting.notes,
        goals: meeting.goals ?? [],
        intendedOutcomes: meeting.intendedOutcomes ?? [],
        progress: (meeting.progress ?? []).map((row) => ({
          title: row.title,
          baseline: shown(row.baseline),
          current: shown(row.current),
          target: row.target.toFixed(1),
          change: row.perceivedChange
            ? `${formatSigned(row.perceivedChange.mean)}; ${Math.round(row.perceivedChange.improvedShare * 100)}% saw improvement`
            : '—',
          status: row.status,
          statusLabel: STATUS_LABELS[row.status],
          statusReason: row.statusReason,
        })),
        outcomes: (meeting.outcomes ?? []).map((outcome) => ({
          text: outcome.text,
          result: outcome.met === null ? 'To discuss' : outcome.met ? 'Met' : 'Not met',
          resultClass: outcome.met === null ? 'unknown' : outcome.met ? 'met' : 'not_met',
          note: outcome.note,
        })),
        questions: meeting.questions,
      })),
  });
}
