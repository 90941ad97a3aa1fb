/**
 * npm run calibrate:comments: the cross-validated grid the comment classifier's default weights
 * and decision rule were chosen from (never the held-out set). The parts of a score (seeds,
 * example classifier, semantic neighbours, embedding classifier) are computed once per setting of
 * each, then combined under every weight and decision rule.
 *
 * npm run calibrate:comments -- seeds: the same for a survey whose themes no example is filed
 * under (a coach's own): leadership-360 classified from its seeds and seed sentences alone,
 * judged on every shipped example, none of which it learns from then.
 *
 * npm run calibrate:comments -- unthemed: the bar of the embedding classifier's output for
 * comments about none, under the default weights: exactly right, comments about none found, and themed
 * comments the classifier reads as about none.
 *
 * npm run calibrate:comments -- count: how much the embedding classifier's reading of whether a
 * comment speaks of two themes weighs before a second theme is given, with the bar for a second
 * theme, under the other default weights.
 *
 * npm run calibrate:comments -- confidence: Platt scaling of how sure the engine is, fitted on the
 * cross-validated decisions of every shipped example, with its reliability bins and what the engine
 * would file alone at each threshold of confidence.
 */
import { type AnalyzerWeights, chosenThemes, DEFAULT_WEIGHTS, SEEDS_ONLY_WEIGHTS } from '../src/theming/classifier/analyzer-weights';
import { combinedScores, createThemeScorer, type Meanings, type ScoreParts } from '../src/theming/classifier/theme-scorer';
import { shippedExamples } from '../test/factories/theming';
import { crossValidatedParts, scoresWith } from '../test/theming/cross-validation';
import { survey, untunedExamples } from '../test/theming/labelled-sets';
import { shippedMeanings } from '../test/theming/evaluation-embeddings';
import { autoFiling, describeAutoFiling, judgedFromParts, reliability, secondThemePrecision } from '../test/theming/confidence-evaluation';
import { fitConfidenceCalibration } from '../src/theming/classifier/theme-confidence';

const COMMENT_EXAMPLES = shippedExamples();

function seedsOnlyParts(tuning: Partial<AnalyzerWeights>, meanings: Meanings): ScoreParts[] {
  const scorer = createThemeScorer(survey.themes, { examples: [], meanings: { examples: [], seeds: meanings.seeds } }, tuning);
  return COMMENT_EXAMPLES.map((example, index) => scorer.parts(example.text, meanings.examples[index]));
}

async function calibrateSeedsOnly(meanings: Meanings): Promise<void> {
  const rows: { exact: number; line: string }[] = [];
  for (const neighbours of [3, 5, 9]) {
    for (const sharpness of [10, 20, 40]) {
      for (const floor of [0.2, 0.3, 0.4, 0.5]) {
        const parts = seedsOnlyParts({ neighbours, sharpness, floor }, meanings);
        for (const meaning of [0, 2, 4, 6, 8]) {
          for (const minScore of [1, 1.5, 1.8, 2.5, 3]) {
            for (const shareOfBest of [0.55, 0.7, 0.85, 1]) {
              const s = scoresWith(
                parts,
                {
                  examples: 0,
                  embedding: 0,
                  secondScore: 0,
                  countWeight: 0,
                  mostThemes: Number.POSITIVE_INFINITY,
                  unthemedBar: DEFAULT_WEIGHTS.unthemedBar,
                  meaning,
                  minScore,
                  shareOfBest,
                },
                COMMENT_EXAMPLES,
              );
              rows.push({
                exact: s.exact,
                line: `${s.exact.toFixed(3)} j${s.jaccard.toFixed(3)} t${s.top1.toFixed(3)} ${JSON.stringify({ neighbours, sharpness, floor, meaning, minScore, shareOfBest })}`,
              });
            }
          }
        }
      }
    }
  }
  rows.sort((a, b) => b.exact - a.exact);
  process.stdout.write(
    `seeds and seed sentences alone, judged on all ${COMMENT_EXAMPLES.length} examples:\n${rows
      .slice(0, 20)
      .map((row) => row.line)
      .join('\n')}\n`,
  );
  process.stdout.write(`words alone: ${rows.find((row) => row.line.includes('"meaning":0,'))?.line}\n`);
  const current = scoresWith(seedsOnlyParts({}, meanings), { ...DEFAULT_WEIGHTS, ...SEEDS_ONLY_WEIGHTS }, COMMENT_EXAMPLES);
  process.stdout.write(`defaults: ${current.exact.toFixed(3)} j${current.jaccard.toFixed(3)} t${current.top1.toFixed(3)}\n`);
}

function calibrateConfidence(meanings: Meanings): void {
  const parts = crossValidatedParts({}, meanings);
  const fitted = fitConfidenceCalibration(judgedFromParts(COMMENT_EXAMPLES, parts));
  const judged = judgedFromParts(COMMENT_EXAMPLES, parts, fitted);
  const round = (value: number): number => Math.round(value * 1000) / 1000;
  process.stdout.write(
    `Platt scaling fitted on ${COMMENT_EXAMPLES.length} cross-validated examples: ${JSON.stringify(Object.fromEntries(Object.entries(fitted).map(([key, value]) => [key, round(value)])))}\n`,
  );
  const { bins, error } = reliability(judged, 10);
  for (const bin of bins)
    process.stdout.write(
      `  from ${bin.from.toFixed(1)}: ${bin.comments} comments, predicted ${bin.predicted.toFixed(3)}, exactly right ${bin.observed.toFixed(3)}\n`,
    );
  process.stdout.write(`expected calibration error ${error.toFixed(3)}\n`);
  for (const threshold of [0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9])
    process.stdout.write(`${describeAutoFiling('cross-validated', autoFiling(judged, threshold))}\n`);
  const second = secondThemePrecision(judged);
  process.stdout.write(`close second themes: ${second.given} given, ${second.right} among the labelled themes\n`);
}

/** Exactly right per setting, and the error kinds the count moves: two-theme comments given one, second themes given wrongly. */
function calibrateCount(meanings: Meanings): void {
  const trained = untunedExamples();
  const parts = crossValidatedParts({}, meanings);
  const partOf = new Map(COMMENT_EXAMPLES.map((example, index) => [example.text, parts[index]]));
  const rows: { exact: number; line: string }[] = [];
  for (const countWeight of [0, 0.5, 1, 1.5, 2, 3, 4]) {
    for (const secondScore of [6, 7, 7.5, 8, 8.5, 9, 10]) {
      const weights = { ...DEFAULT_WEIGHTS, countWeight, secondScore };
      let missedSecond = 0;
      let wrongSecond = 0;
      for (const example of trained) {
        const scored = partOf.get(example.text) as ScoreParts;
        const given = chosenThemes(survey.themes, combinedScores(scored, weights), weights, scored);
        if (example.themes.length === 2 && given.length === 1 && example.themes.includes(given[0])) missedSecond += 1;
        if (example.themes.length === 1 && given.length === 2 && given.includes(example.themes[0])) wrongSecond += 1;
      }
      const s = scoresWith(parts, weights, trained);
      rows.push({
        exact: s.exact,
        line: `${s.exact.toFixed(3)} two given one ${((missedSecond / trained.length) * 100).toFixed(1)} %, second given wrongly ${((wrongSecond / trained.length) * 100).toFixed(1)} % ${JSON.stringify({ countWeight, secondScore })}`,
      });
    }
  }
  rows.sort((a, b) => b.exact - a.exact);
  process.stdout.write(`${trained.length} examples written for training, cross-validated by batch:\n${rows.map((row) => row.line).join('\n')}\n`);
}

function calibrateUnthemed(meanings: Meanings): void {
  const trained = untunedExamples();
  const parts = crossValidatedParts({}, meanings);
  const partOf = new Map(COMMENT_EXAMPLES.map((example, index) => [example.text, parts[index]]));
  const unthemedCount = trained.filter((example) => example.themes.length === 0).length;
  for (const unthemedBar of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, Number.POSITIVE_INFINITY]) {
    const weights = { ...DEFAULT_WEIGHTS, unthemedBar };
    const s = scoresWith(parts, weights, trained);
    const found = trained.filter((example) => example.themes.length === 0 && scoresWith(parts, weights, [example]).exact === 1).length;
    const readAsNone = trained.filter((example) => example.themes.length > 0 && (partOf.get(example.text) as ScoreParts).unthemed >= unthemedBar).length;
    process.stdout.write(
      `${s.exact.toFixed(3)} j${s.jaccard.toFixed(3)} about none found ${found}/${unthemedCount}, themed read as about none ${readAsNone}, bar ${unthemedBar}\n`,
    );
  }
}

const grid = {
  clauses: [0, 1],
  exampleTemperature: [2],
  exampleSmoothing: [0.02],
  neighbours: [9, 15],
  sharpness: [10],
  floor: [0.3],
  examples: [2, 3, 4, 6],
  meaning: [0, 2, 4, 8],
  embedding: [0, 2, 3, 4, 8],
  minScore: [2, 2.5, 3],
  shareOfBest: [0.3, 0.5, 1],
  secondScore: [0, 5, 5.5, 6, 7],
};

async function main(): Promise<void> {
  const meanings = await shippedMeanings();
  if (process.argv.includes('seeds')) return calibrateSeedsOnly(meanings);
  if (process.argv.includes('confidence')) return calibrateConfidence(meanings);
  if (process.argv.includes('unthemed')) return calibrateUnthemed(meanings);
  if (process.argv.includes('count')) return calibrateCount(meanings);
  const wordParts: { setting: Partial<AnalyzerWeights>; parts: ScoreParts[] }[] = [];
  for (const clauses of grid.clauses) {
    for (const exampleTemperature of grid.exampleTemperature) {
      for (const exampleSmoothing of grid.exampleSmoothing) {
        const setting = { clauses, exampleTemperature, exampleSmoothing };
        wordParts.push({ setting, parts: crossValidatedParts(setting, meanings) });
        process.stderr.write(`\rword models: ${wordParts.length}/${grid.clauses.length * grid.exampleTemperature.length * grid.exampleSmoothing.length}`);
      }
    }
  }
  const voteParts: { setting: Partial<AnalyzerWeights>; votes: number[][] }[] = [];
  for (const neighbours of grid.neighbours) {
    for (const sharpness of grid.sharpness) {
      for (const floor of grid.floor) {
        const setting = { neighbours, sharpness, floor };
        voteParts.push({ setting, votes: crossValidatedParts(setting, meanings).map((parts) => parts.votes) });
        process.stderr.write(`\rneighbour settings: ${voteParts.length}/${grid.neighbours.length * grid.sharpness.length * grid.floor.length}   `);
      }
    }
  }
  process.stderr.write('\n');
  const rows: { exact: number; line: string }[] = [];
  for (const words of wordParts) {
    for (const neighbourhood of voteParts) {
      const parts = words.parts.map((part, index) => ({ ...part, votes: neighbourhood.votes[index] }));
      for (const examples of grid.examples) {
        for (const meaning of grid.meaning) {
          for (const embedding of grid.embedding) {
            for (const minScore of grid.minScore) {
              for (const shareOfBest of grid.shareOfBest) {
                for (const secondScore of grid.secondScore) {
                  const weights = {
                    examples,
                    meaning,
                    embedding,
                    minScore,
                    shareOfBest,
                    secondScore,
                    countWeight: DEFAULT_WEIGHTS.countWeight,
                    mostThemes: DEFAULT_WEIGHTS.mostThemes,
                    unthemedBar: DEFAULT_WEIGHTS.unthemedBar,
                  };
                  const s = scoresWith(parts, weights);
                  const setting = { ...words.setting, ...neighbourhood.setting, ...weights };
                  rows.push({ exact: s.exact, line: `${s.exact.toFixed(3)} j${s.jaccard.toFixed(3)} t${s.top1.toFixed(3)} ${JSON.stringify(setting)}` });
                }
              }
            }
          }
        }
      }
    }
  }
  rows.sort((a, b) => b.exact - a.exact);
  process.stdout.write(
    `${COMMENT_EXAMPLES.length} examples; best of ${rows.length} settings, cross-validated by batch on the examples written for training only:\n`,
  );
  process.stdout.write(
    `${rows
      .slice(0, 30)
      .map((row) => row.line)
      .join('\n')}\n`,
  );
  const current = scoresWith(crossValidatedParts({}, meanings), DEFAULT_WEIGHTS);
  process.stdout.write(`defaults: ${current.exact.toFixed(3)} j${current.jaccard.toFixed(3)} t${current.top1.toFixed(3)}\n`);
}

void main();
