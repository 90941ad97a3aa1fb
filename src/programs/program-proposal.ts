import { addDays } from '../common/calendar-date';
import type { Classification, Report } from '../reports/assembly/report.types';
import type { Practice } from '../surveys/survey.types';
import { rankPractices, type RankedPractice } from './practice-ranking';
import type { ProgramInput } from './program-plan';
import { othersFigure } from './program-plan';
import type { BaselineFigure } from './program.types';

export const TARGET_STEP = 0.5;
export const TARGET_RULE = `Suggested target: the baseline plus ${TARGET_STEP} (half a scale point), at most the top of the scale.`;

/** Weeks from the start of the program: a 6-month program with its mid review half-way. */
const WEEKS = { habits: 24, exercise: 4, reading: 6, midReview: 12, finalReview: 24 };

export interface ProposedFocusTheme {
  themeId: string;
  title: string;
  classification: Classification;
  reason: string;
  baseline: BaselineFigure;
  suggestedTarget: number;
}

export interface ProgramProposal {
  baseline: { campaignId: string; version: number; releasedAt: string | null };
  /** The report's priorities: the themes the coach and leader start the conversation from. */
  focusThemes: ProposedFocusTheme[];
  /** Every theme of the report, for choosing others. */
  themes: { themeId: string; title: string; classification: Classification; baseline: BaselineFigure | null }[];
  targetRule: string;
  /** The library's entries per focus theme, best fit first. */
  suggestions: { themeId: string; title: string; practices: RankedPractice[] }[];
  /** A program to edit and save as it is (PUT /api/engagements/:id/program). */
  draft: Required<ProgramInput> & { baselineCampaignId: string };
}

export function suggestedTarget(baseline: number, scaleMax: number): number {
  return Math.min(scaleMax, Math.round((baseline + TARGET_STEP) * 10) / 10);
}

/**
 * A first program from a released baseline report: its priorities as focus themes, a goal each
 * with a suggested target, and for each theme the best-fitting practice, exercise and reading.
 */
export function proposeProgram(input: { campaignId: string; report: Report; library: readonly Practice[]; startOn: string }): ProgramProposal {
  const { report } = input;
  const titles = new Map(report.themes.map((theme) => [theme.id, theme.title]));
  const focusThemes = report.priorities.flatMap((priority): ProposedFocusTheme[] => {
    const baseline = othersFigure(report, priority.themeId);
    if (!baseline) return [];
    return [
      {
        themeId: priority.themeId,
        title: priority.title,
        classification: priority.classification,
        reason: priority.reason,
        baseline,
        suggestedTarget: suggestedTarget(baseline.mean, report.scale.max),
      },
    ];
  });
  const focusIds = focusThemes.map((theme) => theme.themeId);
  const suggestions = focusThemes.map((theme) => ({
    themeId: theme.themeId,
    title: theme.title,
    practices: rankPractices(input.library, theme.themeId, focusIds, titles),
  }));

  const picked = new Set<string>();
  const plan: ProgramInput['plan'] = [];
  for (const { themeId, practices } of suggestions) {
    for (const kind of ['practice', 'exercise', 'reading'] as const) {
      const best = practices.find((practice) => practice.kind === kind && !picked.has(practice.practiceId));
      if (!best) continue;
      picked.add(best.practiceId);
      const weeks = kind === 'practice' ? WEEKS.habits : WEEKS[kind];
      plan.push({ practiceId: best.practiceId, themeId, startOn: input.startOn, dueOn: addDays(input.startOn, weeks * 7 - 1) });
    }
  }
  return {
    baseline: { campaignId: input.campaignId, version: report.version?.number ?? 0, releasedAt: report.version?.releasedAt ?? null },
    focusThemes,
    themes: report.themes.map((theme) => ({
      themeId: theme.id,
      title: theme.title,
      classification: theme.classification,
      baseline: othersFigure(report, theme.id),
    })),
    targetRule: TARGET_RULE,
    suggestions,
    draft: {
      baselineCampaignId: input.campaignId,
      goals: focusThemes.map((theme) => ({
        themeId: theme.themeId,
        goal: `Others notice progress in ${theme.title.toLowerCase()}: from ${theme.baseline.mean.toFixed(2)} to ${theme.suggestedTarget.toFixed(1)} or more by the final review.`,
        target: theme.suggestedTarget,
      })),
      plan,
      milestones: [
        { title: 'Mid-program review', dueOn: addDays(input.startOn, WEEKS.midReview * 7) },
        { title: 'Final review', dueOn: addDays(input.startOn, WEEKS.finalReview * 7) },
      ],
    },
  };
}
