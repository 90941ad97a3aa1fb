/**
 * npm run calibrate:comments [-- examples]: the cross-validated grid the comment classifier's
 * default weights and decision rule were chosen from (never the held-out set). With `examples`,
 * the example classifier alone, without keyword seeds.
 */
import type { AnalyzerWeights } from '../src/reports/comment-analyzer';
import { crossValidatedScores, scoresWith } from '../src/reports/fixtures/cross-validation';

function main(): void {
  const rows: string[] = [];
  const examplesOnly = process.argv.includes('examples');
  const seedless: Partial<AnalyzerWeights> = examplesOnly ? { keyword: 0, phrase: 0, phraseWord: 0, title: 0, item: 0 } : {};
  const exampleWeights = examplesOnly ? [1] : [0, 2, 3, 4, 6];
  let done = 0;
  const total = exampleWeights.length * 3 * 4;
  for (const examples of exampleWeights) {
    for (const exampleTemperature of [0.5, 1, 2]) {
      for (const exampleSmoothing of [0.02, 0.05, 0.1, 0.5]) {
        const scored = crossValidatedScores({ ...seedless, examples, exampleTemperature, exampleSmoothing });
        for (const minScore of examplesOnly ? [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7] : [0.6, 0.9, 1.2, 1.5, 1.8, 2.1, 2.5]) {
          for (const shareOfBest of [0.55, 0.7, 0.8, 0.9, 1]) {
            const s = scoresWith(scored, { minScore, shareOfBest });
            rows.push(`${s.exact.toFixed(3)} j${s.jaccard.toFixed(3)} t${s.top1.toFixed(3)} ex=${examples} T=${exampleTemperature} a=${exampleSmoothing} min=${minScore} share=${shareOfBest}`);
          }
        }
        done += 1;
        process.stderr.write(`\rcross-validating ${done}/${total} settings`);
      }
    }
  }
  process.stderr.write('\n');
  process.stdout.write(`${rows.sort().reverse().slice(0, 40).join('\n')}\n`);
  if (!examplesOnly) process.stdout.write(`seeds alone:\n${rows.filter((row) => row.includes(' ex=0 ')).sort().reverse().slice(0, 3).join('\n')}\n`);
}

main();
