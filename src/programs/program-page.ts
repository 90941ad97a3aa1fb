import { join } from 'node:path';
import { compileTemplates } from '../common/template-renderer';
import { formatScore } from '../reports/assembly/score-format';
import type { ProgramView } from './program-view';

const render = compileTemplates(join(__dirname, 'templates'));

const KIND_LABELS: Record<string, string> = { practice: 'Practice, every week', exercise: 'Exercise', reading: 'Reading' };

/**
 * The program as an HTML page (no external assets, prints cleanly): for the leader, and the
 * input of a PDF renderer as it is. `view` must be the leader's view: it has no private notes.
 */
export function renderProgramPage(view: ProgramView, options: { backLink: string | null }): string {
  const titles = new Map(view.goals.map((goal) => [goal.themeId, goal.title]));
  return render('program', {
    title: `${view.leader}: development program`,
    leader: view.leader,
    backLink: options.backLink,
    baselineVersion: view.baseline.version,
    updatedOn: view.updatedAt.slice(0, 10),
    goals: view.goals.map((goal) => ({ title: goal.title, goal: goal.goal, baseline: formatScore(goal.baseline.mean), target: goal.target.toFixed(1) })),
    themes: view.goals.map((goal) => ({
      title: goal.title,
      entries: view.plan
        .filter((entry) => entry.themeId === goal.themeId)
        .map((entry) => ({
          ...entry,
          kindLabel: KIND_LABELS[entry.kind] ?? entry.kind,
          minutesPerWeek: entry.kind === 'practice' ? entry.minutesPerWeek : null,
        })),
    })),
    milestones: view.milestones.map((milestone) => ({
      title: milestone.title,
      dueOn: milestone.dueOn,
      theme: milestone.themeId ? (titles.get(milestone.themeId) ?? null) : null,
    })),
    sessions: view.sessions.map((session) => ({
      heldOn: session.heldOn,
      focusTheme: session.focusTheme,
      durationMinutes: session.durationMinutes,
      agreedActions: session.agreedActions,
    })),
    progress: { ...view.progress, percent: Math.round(view.progress.share * 100), oneSession: view.progress.sessions === 1 },
  });
}

/** The footer Chromium prints on every page of the program's PDF. */
export function renderProgramPdfFooter(leader: string): string {
  return render('program-pdf-footer', { leader });
}
