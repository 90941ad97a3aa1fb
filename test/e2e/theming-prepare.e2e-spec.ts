import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '..', '..');
const run = promisify(execFile);

describe('npm run cli -- theming:prepare', () => {
  it('prepares comment theming for every installed survey as the image build runs it: in production, with no secrets set', async () => {
    const { stdout } = await run(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'src', 'cli.ts'), 'theming:prepare'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'production' },
      timeout: 120_000,
    });
    for (const surveyId of ['boss-start-stop-continue', 'leadership-360', 'progress-pulse'])
      expect(stdout).toMatch(new RegExp(`✓ ${surveyId}: ready in \\d+\\.\\d s`));
  }, 150_000);
});
