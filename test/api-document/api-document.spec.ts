import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..');

interface Response {
  content?: Record<string, { schema?: { $ref?: string } }>;
}
interface Document {
  paths: Record<string, Record<string, { responses: Record<string, Response> }>>;
  components: { schemas: Record<string, unknown> };
}

const operations = (document: Document) =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, operation })),
  );

describe('the API document in the repository', () => {
  const text = readFileSync(join(ROOT, 'openapi.json'), 'utf8');
  const document = JSON.parse(text) as Document;

  // In a process of its own, as `npm run openapi` runs: prettier and openapi-typescript load ES modules.
  it('is what the code produces, and so are the typed client types (else: npm run openapi)', () => {
    const check = spawnSync(process.execPath, ['-r', '@swc-node/register', 'scripts/openapi.ts', '--check'], { cwd: ROOT, encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`${check.stderr}${check.stdout}`);
  });

  it('gives every success a body (204 aside) and every error the uniform error body', () => {
    const problems = operations(document).flatMap(({ name, operation }) =>
      Object.entries(operation.responses).flatMap(([status, response]) => {
        const media = Object.values(response.content ?? {});
        if (status.startsWith('2')) return status === '204' || media.some((entry) => entry.schema) ? [] : [`${name} ${status}: no body`];
        if (!/^[45]/.test(status)) return [];
        const expected = name === 'GET /api/health' ? '#/components/schemas/HealthDto' : '#/components/schemas/ErrorBodyDto';
        return response.content?.['application/json']?.schema?.$ref === expected ? [] : [`${name} ${status}: not ${expected}`];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('resolves every schema it refers to', () => {
    const refs = [...text.matchAll(/"\$ref":\s*"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]);
    expect(refs.length).toBeGreaterThan(100);
    expect([...new Set(refs)].filter((name) => !(name in document.components.schemas))).toEqual([]);
  });

  it('describes the JSON API, the leader and sponsor JSON routes and the report PDF, and no page', () => {
    const paths = Object.keys(document.paths);
    expect(paths.filter((path) => !/^\/(api|leader\/\{engagementId\}\/api|sponsor\/\{engagementId\}\/api)\//.test(path))).toEqual([
      '/coach/campaigns/{id}/report.pdf',
    ]);
    expect(operations(document)).toHaveLength(71);
  });
});
