/**
 * node -r @swc-node/register scripts/explain-comment-theming.ts [first|second|fresh] [all]: for
 * each comment of a held-out set the engine files wrongly (every comment with `all`), what voted
 * for each theme and how strongly (seed words, the example classifier, the nearest sentences in
 * meaning, the embedding classifier) and the nearest examples, then the causes of the errors
 * counted. For reading why comments fail, never for choosing weights (calibrate:comments is).
 */
import { chosenThemes, DEFAULT_WEIGHTS } from '../src/theming/classifier/analyzer-weights';
import { dot } from '../src/theming/classifier/semantic-neighbours';
import { createThemeScorer, type ScoreParts } from '../src/theming/classifier/theme-scorer';
import { shippedExamples } from '../test/factories/theming';
import { embeddingsOf, shippedMeanings } from '../test/theming/evaluation-embeddings';
import { type HeldOutName, heldOutSet, survey, themeIds } from '../test/theming/labelled-sets';

const fixed = (values: readonly number[]): string =>
  values
    .map((value, index) => (value >= 0.05 ? `${themeIds[index]} ${value.toFixed(2)}` : ''))
    .filter(Boolean)
    .join(', ');

/**
 * Why a comment was filed wrongly: the shape of the error (a theme missed, a second theme missed,
 * a theme given to a remark about none, a wrong theme) and, for a wrong theme, which kind of
 * evidence gave it the largest lead over the best labelled theme.
 */
function causeOf(labelled: readonly string[], given: readonly string[], parts: ScoreParts, scores: readonly number[]): string {
  const wrongGiven = given.filter((id) => !labelled.includes(id));
  const missed = labelled.filter((id) => !given.includes(id));
  if (labelled.length === 0) return 'a remark about no theme given a theme';
  if (given.length === 0) return parts.unthemed >= DEFAULT_WEIGHTS.unthemedBar ? 'read as about no theme' : 'no theme reached the bar';
  if (wrongGiven.length === 0 && missed.length > 0) return 'second theme missed (the first right)';
  const wrongIndex = themeIds.indexOf(wrongGiven[0]);
  const rightIndex = labelled.map((id) => themeIds.indexOf(id)).sort((a, b) => scores[b] - scores[a])[0];
  const leads = {
    'seed words': parts.seeds[wrongIndex] - parts.seeds[rightIndex],
    'example words (naive Bayes)': DEFAULT_WEIGHTS.examples * (parts.learnt[wrongIndex] - parts.learnt[rightIndex]),
    'nearest examples in meaning': DEFAULT_WEIGHTS.meaning * (parts.votes[wrongIndex] - parts.votes[rightIndex]),
    'embedding classifier': DEFAULT_WEIGHTS.embedding * (parts.embedded[wrongIndex] - parts.embedded[rightIndex]),
  };
  const [top] = Object.entries(leads).sort((a, b) => b[1] - a[1]);
  const shape = given.some((id) => labelled.includes(id)) ? 'a wrong second theme' : 'a wrong theme';
  return `${shape}, led most by ${top[0]}`;
}

async function main(): Promise<void> {
  const name = (process.argv[2] ?? 'fresh') as HeldOutName;
  const set = heldOutSet(name);
  const meanings = await shippedMeanings();
  const scorer = createThemeScorer(survey.themes, { examples: shippedExamples(), meanings });
  const vectors = await embeddingsOf(set.map((comment) => comment.text));
  const examples = shippedExamples();
  let wrong = 0;
  const causes = new Map<string, number>();
  const count = (cause: string): void => {
    causes.set(cause, (causes.get(cause) ?? 0) + 1);
  };
  set.forEach((comment, index) => {
    const parts = scorer.parts(comment.text, vectors[index]);
    const scored = scorer.score(comment.text, vectors[index]);
    const { scores } = scored;
    const given = chosenThemes(survey.themes, scores, scorer.decision, scored);
    const right = given.length === comment.themes.length && given.every((id) => comment.themes.includes(id));
    if (right && !process.argv.includes('all')) return;
    wrong += right ? 0 : 1;
    if (!right) count(causeOf(comment.themes, given, parts, scores));
    const nearest = examples
      .map((example, position) => ({ example, similarity: dot(vectors[index], meanings.examples[position]) }))
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, 3);
    process.stdout.write(
      [
        `${right ? 'RIGHT' : 'WRONG'} #${index} ${JSON.stringify(comment.text)}`,
        `  labelled [${comment.themes.join(', ')}], given [${given.join(', ')}]`,
        `  seeds: ${fixed(parts.seeds)}`,
        `  examples (naive Bayes, x${DEFAULT_WEIGHTS.examples}): ${fixed(parts.learnt)}`,
        `  neighbours (x${DEFAULT_WEIGHTS.meaning}): ${fixed(parts.votes)}`,
        `  embedding classifier (x${DEFAULT_WEIGHTS.embedding}): ${fixed(parts.embedded)}`,
        `  about no theme: ${parts.unthemed.toFixed(2)} (none at ${DEFAULT_WEIGHTS.unthemedBar} or more)`,
        `  about two themes: ${parts.twoThemesOdds?.toFixed(2) ?? 'not read'} (its log-odds x${DEFAULT_WEIGHTS.countWeight} join a second theme's score)`,
        `  combined: ${fixed(scores)}`,
        ...nearest.map(({ example, similarity }) => `  near ${similarity.toFixed(2)} [${example.themes.join(', ')}] ${example.text}`),
        '',
      ].join('\n'),
    );
  });
  process.stdout.write(`${wrong} of ${set.length} wrong\n`);
  for (const [cause, times] of [...causes.entries()].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${times} ${cause}\n`);
}

void main();
