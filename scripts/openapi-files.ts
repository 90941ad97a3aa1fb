import { join } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import * as prettier from 'prettier';
import { describeApiFromMetadata } from '../src/api-document';

export interface GeneratedFile {
  /** From the repository root. */
  path: string;
  content: string;
}

export const ROOT = join(__dirname, '..');

const HEADER = '// The API as TypeScript types, generated from openapi.json by `npm run openapi`: do not edit.\n\n';

/** Formatted as the repository formats everything, so `prettier --check` and the generated file agree. */
async function formatted(path: string, text: string): Promise<string> {
  const options = await prettier.resolveConfig(join(ROOT, path));
  return prettier.format(text, { ...options, filepath: join(ROOT, path) });
}

/**
 * The files generated from the code: the OpenAPI document the app serves, read from the modules'
 * metadata (no Postgres or Redis needed), and the TypeScript types openapi-typescript derives
 * from it for typed clients. Fields with a default stay optional in request bodies
 * (`defaultNonNullable: false`), as the API treats them.
 */
export async function generateApiFiles(): Promise<GeneratedFile[]> {
  const document = await describeApiFromMetadata();
  const types = astToString(await openapiTS(document as unknown as OpenAPI3, { defaultNonNullable: false, silent: true }));
  return [
    { path: 'openapi.json', content: await formatted('openapi.json', JSON.stringify(document)) },
    { path: 'examples/client/api-types.ts', content: await formatted('examples/client/api-types.ts', HEADER + types) },
  ];
}
