import type { Report, SuggestionKind } from '../assembly/report.types';
import { formatScore, formatSigned } from '../assembly/score-format';
import {
  ChartIds,
  type CommentView,
  commentView,
  highlightLists,
  type HighlightListView,
  scoreSeries,
  themeRows,
  type ThemeRowView,
  themeSections,
  type ThemeSectionView,
  themesOverview,
  type ThemesOverviewView,
} from './report-page-themes.view';
import {
  type ClassificationView,
  classificationView,
  formatDate,
  languageName,
  listInWords,
  plural,
  type ReportRules,
  thresholdSentences,
} from './report-page.words';

export interface PageLinks {
  /** The PDF of the same version; null on the PDF itself. */
  pdf: string | null;
  /** The form token of "Sign out", offered only to a browser signed in with the session cookie. */
  signOut: string | null;
  /** The campaign's page, to go back to; null on the PDF. */
  campaign: string | null;
  /** The coach's review of the comments' themes, offered while the version is not released. */
  review?: string | null;
}

export interface PriorityView {
  rank: number;
  title: string;
  anchor: string | null;
  classification: ClassificationView;
  reason: string;
  evidence: { label: string; value: string }[];
  quotes: string[];
}

export interface RaterRowView {
  label: string;
  invited: number;
  responded: number;
  rate: string | null;
  note: string | null;
}

export interface SuggestionKindView {
  heading: string;
  total: string;
  themes: { title: string; count: number; clusters: { texts: string[]; count: number; countLabel: string | null }[] }[];
}

export interface ReportPageView {
  documentTitle: string;
  leader: string;
  surveyTitle: string;
  /** label: "Version 2" in running text; number: "2" beside the cover's "Version" term. */
  version: { label: string; number: string; date: string; status: string };
  links: PageLinks;
  pending: { headline: string; notes: string[] } | null;
  howToRead: {
    scale: { value: number; label: string }[];
    notObserved: string;
    rules: string[];
    columns: { label: string; explanation: string }[];
    mergeNotes: string[];
    /** Whether the coach reviewed the themes software gave the comments. */
    commentReview: string;
  };
  raters: { rows: RaterRowView[]; total: RaterRowView; notes: string[] };
  priorities: PriorityView[];
  columns: string[];
  /** Cells right of the theme name in the theme table: the reason row spans them all. */
  themeTableSpan: number;
  overview: ThemesOverviewView | null;
  themeRows: ThemeRowView[];
  themes: ThemeSectionView[];
  highlights: HighlightListView[];
  suggestions: SuggestionKindView[];
  emergentTopics: { label: string; keywords: string; comments: CommentView[] }[];
  otherComments: CommentView[];
  /** How many comments have no theme because theming cannot read their language, and which languages; null when none. */
  notThemedForLanguage: string | null;
}

export interface PageContext {
  rules: ReportRules;
  links: PageLinks;
  /** When the page is made: the date of a working draft, which has no version date. */
  now: Date;
}

/**
 * Answers as a share of invitations. Interviews the coach held count as answers but were never
 * invitations, so a bucket can hold more answers than invitations: a rate above 100 % would read
 * as a fault, so there is none, and the row says why (interviewsNote).
 */
const rate = (responded: number, invited: number): string | null =>
  invited > 0 && responded <= invited ? `${Math.round((responded / invited) * 100)}%` : null;

const interviewsNote = 'Includes interviews the coach held';

function bucketNote(row: { shown: boolean; invited: number; responded: number }): string | null {
  if (!row.shown) return row.responded > 0 ? 'Counted only within all others' : 'No answers';
  return row.responded > row.invited ? interviewsNote : null;
}

function raterRows(report: Report): ReportPageView['raters'] {
  const { self, buckets, notes } = report.raterOverview;
  const rows: RaterRowView[] = [
    ...(self
      ? [{ label: `Self (${report.leader})`, invited: self.invited, responded: self.responded, rate: rate(self.responded, self.invited), note: null }]
      : []),
    ...buckets.map((row) => ({
      label: row.label,
      invited: row.invited,
      responded: row.responded,
      rate: rate(row.responded, row.invited),
      note: bucketNote(row),
    })),
  ];
  const invited = rows.reduce((total, row) => total + row.invited, 0);
  const responded = rows.reduce((total, row) => total + row.responded, 0);
  // Old frozen versions predate comment thresholds and have no notes of them.
  return {
    rows,
    total: { label: 'Everyone', invited, responded, rate: rate(responded, invited), note: responded > invited ? interviewsNote : null },
    notes: [...notes, ...(report.commentNotes ?? [])],
  };
}

function priorities(report: Report): PriorityView[] {
  const anchors = new Map(report.themes.map((theme, index) => [theme.id, `theme-${index + 1}`]));
  return report.priorities.map((priority, index) => {
    const { evidence } = priority;
    return {
      rank: index + 1,
      title: priority.title,
      anchor: anchors.get(priority.themeId) ?? null,
      classification: classificationView(priority.classification),
      reason: withoutLeadingTitle(priority.reason, priority.title),
      evidence: [
        { label: 'All others', value: formatScore(evidence.others) },
        { label: 'Self', value: evidence.self === null ? 'no self-rating' : formatScore(evidence.self) },
        { label: 'Gap', value: evidence.gap === null ? 'none' : formatSigned(evidence.gap) },
        { label: 'Agreement (rwg)', value: evidence.agreement === null ? 'unknown' : formatScore(evidence.agreement) },
        { label: 'Comments', value: String(evidence.comments) },
      ],
      quotes: [...evidence.quotes],
    };
  });
}

/** "Communication: a blind spot: ..." under the heading "Communication" reads "A blind spot: ...". */
export function withoutLeadingTitle(reason: string, title: string): string {
  if (!reason.startsWith(`${title}: `)) return reason;
  const rest = reason.slice(title.length + 2);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

const KIND_HEADINGS: Record<SuggestionKind, string> = { start: 'Start', stop: 'Stop', continue: 'Continue' };

function suggestions(report: Report): SuggestionKindView[] {
  return (['start', 'stop', 'continue'] as const).map((kind) => ({
    heading: KIND_HEADINGS[kind],
    total: plural(report.startStopContinue[kind].length, 'suggestion'),
    themes: report.suggestionsByTheme[kind].map((section) => ({
      title: section.title,
      count: section.clusters.reduce((total, cluster) => total + cluster.count, 0),
      // A single suggestion needs no count; a cluster says how many said something similar.
      clusters: section.clusters.map((cluster) => ({
        texts: [...cluster.texts],
        count: cluster.count,
        countLabel: cluster.count > 1 ? `${cluster.count} similar suggestions` : null,
      })),
    })),
  }));
}

/** "2 comments are written in French, which comment theming cannot read: they were given no theme." */
function notThemedForLanguage(report: Report): string | null {
  const count = report.commentsNotThemedForLanguage ?? 0;
  if (count === 0) return null;
  const comments = [...report.unthemedComments, ...report.startStopContinue.start, ...report.startStopContinue.stop, ...report.startStopContinue.continue];
  const names = [...new Set(comments.flatMap((comment) => (comment.language ? [languageName(comment.language)] : [])))].sort();
  const languages = names.length === 0 ? 'a language' : listInWords(names);
  return `${plural(count, 'comment')} ${count === 1 ? 'is' : 'are'} written in ${languages}, which comment theming cannot read: ${count === 1 ? 'it was' : 'they were'} given no theme, and ${count === 1 ? 'is' : 'are'} listed here or among the suggestions with ${count === 1 ? 'its' : 'their'} language.`;
}

function versionOf(report: Report, now: Date): ReportPageView['version'] {
  if (!report.version)
    return {
      label: 'Working draft',
      number: 'Working draft',
      date: formatDate(now),
      status: 'Not a frozen version: figures can still change as answers arrive.',
    };
  const { number, createdAt, releasedAt } = report.version;
  return {
    label: `Version ${number}`,
    number: String(number),
    date: formatDate(createdAt),
    status: releasedAt ? `Released to the leader on ${formatDate(releasedAt)}.` : 'Not yet released to the leader.',
  };
}

/** What the report leaves out: aggregated answers a version does not include, and answers still being added (the notes say it). */
function pending(report: Report): ReportPageView['pending'] {
  if (!report.pending || (report.pending.answers <= 0 && report.pending.unfolded <= 0)) return null;
  const { answers, unfolded, notes } = report.pending;
  // Before the first version, what is aggregated waits for what is still being added: that is the news.
  if (answers > 0 && !(unfolded > 0 && report.version === null))
    return { headline: `${plural(answers, 'newer answer')} ${answers === 1 ? 'is' : 'are'} not included in this version yet.`, notes: [...notes] };
  const headline = `${plural(unfolded, 'answer')} ${unfolded === 1 ? 'is' : 'are'} still being added to the report.`;
  // The notes open with the same sentence (the JSON has no headline): the list keeps only what follows it.
  return { headline, notes: notes.map((note) => (note.startsWith(headline) ? note.slice(headline.length).trim() : note)).filter((note) => note !== '') };
}

function columnExplanations(report: Report): ReportPageView['howToRead']['columns'] {
  return scoreSeries(report).map((series) => {
    if (series.key === 'self') return { label: series.label, explanation: `${report.leader}'s own ratings.` };
    if (series.key === 'others')
      return { label: series.label, explanation: 'Everyone but the leader, every group together, including any group too small to be shown on its own.' };
    const bucket = report.buckets.find((candidate) => candidate.id === series.key);
    const answers = bucket ? plural(bucket.responses, 'answer') : '';
    return { label: series.label, explanation: bucket?.anonymous === false ? `Identified, not anonymous (${answers}).` : `Anonymous (${answers}).` };
  });
}

/**
 * Everything the report page prints, from the report JSON alone: the page shows exactly what the
 * JSON shows (it is already disclosure-controlled) plus the survey's rules that explain it.
 */
export function toReportPageView(report: Report, context: PageContext): ReportPageView {
  const ids = new ChartIds();
  const toComment = commentView(report);
  return {
    documentTitle: `360° feedback report: ${report.leader}, ${report.surveyTitle}`,
    leader: report.leader,
    surveyTitle: report.surveyTitle,
    version: versionOf(report, context.now),
    links: context.links,
    pending: pending(report),
    howToRead: {
      scale: report.scale.labels.map((label, index) => ({ value: report.scale.min + index, label })),
      notObserved: context.rules.notObserved,
      rules: thresholdSentences(context.rules),
      columns: columnExplanations(report),
      mergeNotes: [...report.mergeNotes],
      commentReview: report.commentReview.statement,
    },
    raters: raterRows(report),
    priorities: priorities(report),
    columns: scoreSeries(report).map((series) => series.label),
    themeTableSpan: scoreSeries(report).length + 3,
    overview: themesOverview(report),
    themeRows: themeRows(report),
    themes: themeSections(report, ids),
    highlights: highlightLists(report, ids),
    suggestions: suggestions(report),
    emergentTopics: report.emergentTopics.map((topic) => ({
      label: topic.label,
      keywords: topic.keywords.join(', '),
      comments: topic.comments.map(toComment),
    })),
    otherComments: report.unthemedComments.map(toComment),
    notThemedForLanguage: notThemedForLanguage(report),
  };
}
