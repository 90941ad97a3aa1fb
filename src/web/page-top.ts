import type { CoachPageContext } from './coach-page';

/** What the top of every coach page shows: who is signed in, where they are, what just happened. */
export interface PageTop {
  coachName: string;
  csrf: string;
  signOut: boolean;
  crumbs: { href: string; label: string }[];
  flash: string | null;
  /** Problems of a refused form that no field shows. */
  problems: string[];
}

export function pageTop(
  context: CoachPageContext,
  options: { crumbs?: { href: string; label: string }[]; flash?: string | null; problems?: string[]; atHome?: boolean } = {},
): PageTop {
  return {
    coachName: context.coach.name,
    csrf: context.csrf,
    signOut: context.viaCookie,
    crumbs: options.atHome ? [] : [{ href: '/coach', label: 'Engagements' }, ...(options.crumbs ?? [])],
    flash: options.flash ?? null,
    problems: options.problems ?? [],
  };
}
