import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** The parts of an OpenAPI 3.1 document the check reads. */
export interface ApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown> };
}

interface MediaType {
  schema?: unknown;
}

interface Operation {
  operationId?: string;
  responses: Record<string, { content?: Record<string, MediaType> }>;
}

export interface ReceivedResponse {
  method: string;
  /** The path as requested, query string included or not. */
  path: string;
  status: number;
  contentType: string | null;
  /** The body as the client read it: parsed JSON, text, or bytes. */
  body: unknown;
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);
const SCHEMA_REF = /^#\/components\/schemas\//;

/**
 * A copy of a schema in which every object lists all its properties: an undocumented field in a
 * response fails the check instead of slipping through, so the document stays complete. Refs are
 * pointed at `$defs`, where the check keeps the document's schemas.
 */
function closed(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(closed);
  if (node === null || typeof node !== 'object') return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && value !== null && typeof value === 'object')
      copy[key] = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, closed(schema)]));
    else if (key === 'example' || key === 'examples' || key === 'enum' || key === 'const' || key === 'default') copy[key] = value;
    else if (key === '$ref' && typeof value === 'string') copy[key] = value.replace(SCHEMA_REF, '#/$defs/');
    else copy[key] = closed(value);
  }
  if ('properties' in copy && !('additionalProperties' in copy)) copy.additionalProperties = false;
  return copy;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Checks responses against the API's OpenAPI document: the operation is found by method and path
 * template, the status must be one it declares, and the body must match the declared schema for
 * its content type. A request to a path the document does not describe (a page, an unknown
 * route) is not checked. Failures throw, naming the operation and what does not match.
 */
export class ApiConformance {
  private readonly ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  private readonly templates: { template: string; pattern: RegExp; literal: number }[];
  private readonly schemas: Record<string, unknown>;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly document: ApiDocument) {
    addFormats(this.ajv);
    this.ajv.addKeyword('example');
    this.ajv.addFormat('binary', true);
    this.schemas = closed(document.components?.schemas ?? {}) as Record<string, unknown>;
    this.templates = Object.keys(document.paths).map((template) => ({
      template,
      pattern: new RegExp(`^${escapeRegExp(template).replace(/\\\{[^}]+\\\}/g, '[^/]+')}$`),
      literal: template.replace(/\{[^}]+\}/g, '').length,
    }));
  }

  /** The operation a request reaches, or null when the document does not describe it. */
  operation(method: string, path: string): { template: string; name: string; operation: Operation } | null {
    const pathname = path.split('?')[0];
    const candidates = this.templates.filter(({ pattern }) => pattern.test(pathname)).sort((a, b) => b.literal - a.literal);
    for (const { template } of candidates) {
      const operation = this.document.paths[template][method.toLowerCase()] as Operation | undefined;
      if (operation && METHODS.has(method.toLowerCase()))
        return { template, name: `${method.toUpperCase()} ${template}${operation.operationId ? ` (${operation.operationId})` : ''}`, operation };
    }
    return null;
  }

  check(response: ReceivedResponse): void {
    const found = this.operation(response.method, response.path);
    if (!found) return;
    const { name, operation } = found;
    const declared = operation.responses[String(response.status)] ?? operation.responses[`${String(response.status)[0]}XX`] ?? operation.responses.default;
    if (!declared) {
      throw new Error(
        `${name} answered ${response.status}, a status the API document does not declare for it (declared: ${Object.keys(operation.responses).join(', ')}). ` +
          `Body: ${JSON.stringify(response.body)?.slice(0, 300)}`,
      );
    }
    const content = declared.content ?? {};
    const mediaTypes = Object.keys(content);
    if (mediaTypes.length === 0) {
      // A redirect's body is a courtesy nobody reads; what counts is that the status is declared.
      if (response.status >= 300 && response.status < 400) return;
      if (response.body !== null && response.body !== '' && response.body !== undefined)
        throw new Error(`${name} answered ${response.status} with a body, where the API document declares none`);
      return;
    }
    const mediaType = (response.contentType ?? '').split(';')[0].trim().toLowerCase();
    if (!mediaTypes.includes(mediaType)) {
      throw new Error(`${name} answered ${response.status} as '${mediaType}', where the API document declares ${mediaTypes.join(', ')}`);
    }
    const schema = content[mediaType].schema;
    if (schema === undefined || mediaType === 'application/pdf') return;
    const validate = this.validator(`${name} ${response.status} ${mediaType}`, schema);
    if (!validate(response.body)) {
      const reference = (schema as { $ref?: string }).$ref ?? JSON.stringify(schema);
      throw new Error(
        `${name} answered ${response.status} with a body that does not match ${reference}: ` +
          this.ajv.errorsText(validate.errors, { dataVar: 'body', separator: '; ' }),
      );
    }
  }

  private validator(key: string, schema: unknown): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile({ ...(closed(schema) as object), $defs: this.schemas });
      this.validators.set(key, validate);
    }
    return validate;
  }
}

const byOrigin = new Map<string, Promise<ApiConformance>>();

/** The check of the app at `origin`, against the document that app serves at /api/docs-json. */
export function conformanceOf(origin: string): Promise<ApiConformance> {
  let conformance = byOrigin.get(origin);
  if (!conformance) {
    conformance = fetch(`${origin}/api/docs-json`).then(async (response) => {
      if (response.status !== 200) throw new Error(`${origin}/api/docs-json answered ${response.status}`);
      return new ApiConformance((await response.json()) as ApiDocument);
    });
    byOrigin.set(origin, conformance);
    conformance.catch(() => byOrigin.delete(origin));
  }
  return conformance;
}

/** Checks one response of the app at `url`'s origin against the document it serves (see ApiConformance). */
export async function checkConformance(url: string, response: Omit<ReceivedResponse, 'path'>): Promise<void> {
  const { origin, pathname } = new URL(url);
  const conformance = await conformanceOf(origin);
  conformance.check({ ...response, path: pathname });
}
