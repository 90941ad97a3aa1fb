import { languageFromHeader } from './form-words';

/**
 * The language of the rater's pages, the first of these the survey offers: the one picked on the
 * form (posted now, or remembered from an earlier pick on this link), the one the coach set for
 * the rater, the browser's, English.
 */
export function raterPageLanguage(input: {
  offered: readonly string[];
  posted?: unknown;
  remembered?: string;
  coachSet: string | null;
  acceptLanguage: string | undefined;
}): string {
  for (const candidate of [input.posted, input.remembered, input.coachSet])
    if (typeof candidate === 'string' && input.offered.includes(candidate)) return candidate;
  return languageFromHeader(input.acceptLanguage, input.offered) ?? 'en';
}
