import type { Report, ReportComment, ReportPriority, ReportTheme, StartStopContinueEntry } from '../../src/reports/assembly/report.types';

/** A report with nothing in it: tests add what they are about. */
export function reportFactory(overrides: Partial<Report> = {}): Report {
  return {
    campaignId: '6f1c0d7e-0000-4000-8000-000000000000',
    surveyId: 'leadership-360',
    surveyTitle: 'Leadership 360',
    leader: 'Alex Morgan',
    aggregatedResponses: 0,
    version: null,
    pending: null,
    raterOverview: { self: null, buckets: [], notes: [] },
    buckets: [],
    mergeNotes: [],
    commentNotes: [],
    commentReview: { status: 'no_comments', comments: 0, reviewed: 0, changed: 0, statement: 'This version has no comments to place under themes.' },
    scale: { min: 1, max: 5, labels: ['Rarely', 'Sometimes', 'Often', 'Usually', 'Almost always'] },
    themes: [],
    items: [],
    itemHighlights: { top: [], bottom: [], selfHigher: [], othersHigher: [], mixedViews: [] },
    unthemedComments: [],
    commentsNotThemedForLanguage: 0,
    emergentTopics: [],
    startStopContinue: { start: [], stop: [], continue: [] },
    suggestionsByTheme: { start: [], stop: [], continue: [] },
    priorities: [],
    ...overrides,
  };
}

export function reportThemeFactory(overrides: Partial<ReportTheme> & Pick<ReportTheme, 'id' | 'title'>): ReportTheme {
  return {
    scores: {},
    gap: null,
    gapInterval: null,
    gapReliable: null,
    classification: 'neutral',
    classificationReason: '',
    agreement: null,
    comments: [],
    ...overrides,
  };
}

export const comment = (text: string, bucket: string | null, sentiment: ReportComment['sentiment'] = 'positive'): ReportComment => ({
  text,
  bucket,
  sentiment,
});

export const suggestion = (text: string, themeIds: string[], bucket: string | null = null): StartStopContinueEntry => ({ text, themeIds, bucket });

export function priorityFactory(overrides: Partial<ReportPriority> & Pick<ReportPriority, 'themeId' | 'reason'>): ReportPriority {
  return {
    title: overrides.themeId,
    classification: 'neutral',
    evidence: { others: 3, self: null, gap: null, agreement: null, comments: 0, quotes: [] },
    ...overrides,
  };
}
