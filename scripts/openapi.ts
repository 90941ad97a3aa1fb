import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { generateApiFiles, type GeneratedFile, ROOT } from './openapi-files';

/** Where two texts part, to say what changed without printing 140 kB. */
function firstDifference(committed: string, generated: string): string {
  const [a, b] = [committed.split('\n'), generated.split('\n')];
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line === -1 ? Math.min(a.length, b.length) : line;
  return `first difference at line ${at + 1}:\n  in the repository: ${a[at] ?? '(end of file)'}\n  from the code:     ${b[at] ?? '(end of file)'}`;
}

async function write(files: GeneratedFile[]): Promise<void> {
  for (const file of files) {
    await mkdir(dirname(join(ROOT, file.path)), { recursive: true });
    await writeFile(join(ROOT, file.path), file.content);
    console.log(`wrote ${file.path}`);
  }
}

/** The files that differ from what the code produces, each with where. */
async function stale(files: GeneratedFile[]): Promise<string[]> {
  const problems: string[] = [];
  for (const file of files) {
    const committed = await readFile(join(ROOT, file.path), 'utf8').catch(() => '(missing)');
    if (committed !== file.content) problems.push(`${file.path} is stale: the code describes another API. ${firstDifference(committed, file.content)}`);
  }
  return problems;
}

/**
 * npm run openapi: writes openapi.json and the typed client's types from the code.
 * npm run openapi -- --check: fails, saying so, when the files in the repository are not those.
 */
async function main(): Promise<void> {
  const files = await generateApiFiles();
  if (!process.argv.includes('--check')) return write(files);
  const problems = await stale(files);
  if (problems.length === 0) return;
  console.error(`${problems.join('\n')}\nRun \`npm run openapi\` and commit the result.`);
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
