import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExampleFile } from '../../src/theming/examples/example-file';
import type { LabelledComment } from '../../src/theming/examples/labelled-comment';
import { loadShippedSurvey } from '../factories/shipped-survey';
import { shippedExamples } from '../factories/theming';

/** The survey every labelled set is labelled for (progress-pulse shares its theme ids). */
export const survey = loadShippedSurvey('leadership-360');
export const themeIds = survey.themes.map((theme) => theme.id);

/**
 * Comments labelled by hand and never learnt from, each set in `held-out/<name>.jsonl` (the
 * format of the example files). Every one is checked, by a failing test, to be no near copy of a
 * shipped example.
 */
export const HELD_OUT_SETS = [
  { name: 'first', about: 'written with the tuning examples, before the second round of tuning; measured after three rounds of work since' },
  { name: 'second', about: 'written after the weights were last chosen, by a writer who saw only the themes and items' },
  { name: 'fresh', about: "raters' own words, written and labelled by a writer who never saw the example bank, before the set was first run" },
  {
    name: 'raters-words',
    about:
      "raters' own words again, a second writer who never saw the example bank, first run after the embedding classifier was built (12 comments that came out near copies of examples were taken out before)",
  },
  {
    name: 'third-writer',
    about:
      "raters' own words, a third writer who never saw the example bank nor the other sets, a quarter of them about two themes; first run before the examples of the same day were written, and kept from whoever wrote them (13 comments that came out near copies of examples taken out; the writer's 'mixed' sentiments read as constructive, 'neutral' as positive)",
  },
  {
    name: 'fourth-writer',
    about:
      "raters' own words, a fourth writer who saw neither the example bank nor the other sets, a quarter of them about two themes and a tenth about none; first run before the second round of examples of the same day, kept from its writer (13 comments that came out near copies of examples taken out, and 6 examples that came out near copies of held-out comments left out of the bank)",
  },
  {
    name: 'fifth-writer',
    about:
      "raters' own words, a fifth writer who read only the survey (neither the example bank nor the other sets), a quarter of them about two themes (every pair) and a seventh about none; first run on the engine as it stood, before the output for comments about none (22 comments that came out near copies of examples taken out)",
  },
  {
    name: 'sixth-writer',
    about:
      "raters' own words, a sixth writer who read only the survey, for raters of every role and industry; a fifth of them about two themes (every pair) and a twelfth about none; run before and after the 1,648 examples of seven new writers of 2026-12-07, and after the 1,646 of seven more (13 comments that came out near copies of examples taken out)",
  },
  {
    name: 'seventh-writer',
    about:
      "raters' own words, a seventh writer who read only the survey, for raters of every role and industry, some typing on a phone; a fifth of them about two themes (every pair) and a twelfth about none; run twice only, before and after the second 1,646 examples of 2026-12-07 (27 comments that came out near copies of examples taken out)",
  },
  {
    name: 'eighth-writer',
    about:
      "raters' own words, an eighth writer who read only the survey, raters of every role in every kind of workplace, some on a phone, some writing English as a second language; a fifth of them about two themes (every pair) and a twelfth about none; written alongside the first wave of the 4,782 examples of twenty writers of 2026-12-07's third round (neither saw the other), run before the round and after each of its three waves (17 comments that came out near copies of examples taken out)",
  },
  {
    name: 'ninth-writer',
    about:
      "raters' own words, a ninth writer who read only the survey, raters in every kind of workplace, some on a phone, some writing English as a second language, a few with another theme's words as a trap; a quarter of them about two themes (every pair) and a twentieth about none; written after the engine's last change and run once, as it stands (31 comments that came out near copies of examples taken out, most of them about none: 'N/A', 'Nothing to add.')",
  },
] as const;

export type HeldOutName = (typeof HELD_OUT_SETS)[number]['name'];

export function heldOutSet(name: HeldOutName): LabelledComment[] {
  return labelledFile(`${name}.jsonl`);
}

/**
 * The sets a second coder labelled too, blind: the comments alone, shuffled (the fourth and fifth
 * writers' together, the ninth's on its own), with the survey's themes and items as the codebook,
 * never the writer's labels nor the examples. Their agreement is what exact agreement careful
 * coders reach on such comments, the bar the engine is measured against. The coder's "neutral" (a
 * remark about no theme) is written as positive.
 */
export const SECOND_CODED = ['fourth-writer', 'fifth-writer', 'ninth-writer'] as const satisfies readonly HeldOutName[];

/** The second coder's labels of a set, in the set's order (`held-out/<name>.second-coder.jsonl`). */
export function secondCoding(name: (typeof SECOND_CODED)[number]): LabelledComment[] {
  return labelledFile(`${name}.second-coder.jsonl`);
}

function labelledFile(fileName: string): LabelledComment[] {
  const file = join(__dirname, 'held-out', fileName);
  const { examples, issues } = parseExampleFile(readFileSync(file, 'utf8'), file, new Set(themeIds));
  if (issues.length > 0) throw new Error(`${file}: ${issues.map((issue) => `line ${issue.line} ${issue.path}: ${issue.message}`).join('; ')}`);
  return examples;
}

/** The shipped examples the seed keywords and weights were first tuned on (batches `tuned/...`). */
export function tunedExamples(): LabelledComment[] {
  return shippedExamples().filter((example) => example.batch?.startsWith('tuned/'));
}

/** The shipped examples written for training only, which the seeds were never tuned on. */
export function untunedExamples(): LabelledComment[] {
  return shippedExamples().filter((example) => !example.batch?.startsWith('tuned/'));
}

/** The shipped examples of one round of writing (`tuned`, `fresh`, `more`, `by-item`). */
export function examplesOfRound(round: string): LabelledComment[] {
  return shippedExamples().filter((example) => example.batch?.startsWith(`${round}/`));
}
