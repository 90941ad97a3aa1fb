import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { valueAt } from './raw-shape';
import type { SurveyValidationIssue } from './survey-validation.error';
import type { PathSegment, YamlSource } from './yaml-source';

/**
 * The schemas ship beside the definitions, at the top of the repository (`src/surveys` and
 * `dist/surveys` are both two levels below it). They belong to the code, not to SURVEYS_DIR:
 * a folder of definitions cannot bring its own, looser schema.
 */
export const SCHEMA_DIR = join(__dirname, '..', '..', 'surveys');

export type SchemaFile = 'survey.schema.json' | 'practices.schema.json';

const ajv = new Ajv({ allErrors: true, strict: true });
const validators = new Map<SchemaFile, ValidateFunction>();

function validatorFor(schemaFile: SchemaFile): ValidateFunction {
  let validate = validators.get(schemaFile);
  if (!validate) {
    validate = ajv.compile(JSON.parse(readFileSync(join(SCHEMA_DIR, schemaFile), 'utf8')) as object);
    validators.set(schemaFile, validate);
  }
  return validate;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values',
};

/** The id patterns of the schemas, said in words a definition's author can act on. */
const PATTERN_WORDS: Record<string, string> = {
  '^[a-z][a-z0-9-]*$': 'must be lowercase letters, digits and hyphens, starting with a letter (e.g. developing-others)',
  '^[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)?$':
    'must be lowercase letters, digits and hyphens, starting with a letter, with at most one dot (e.g. communication.listens)',
};

const COMPARISONS: Record<string, string> = { '>=': 'at least', '<=': 'at most', '>': 'more than', '<': 'less than' };

function pathOf(error: ErrorObject): PathSegment[] {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

const quoted = (value: unknown): string => (typeof value === 'string' ? `'${value}'` : JSON.stringify(value));

/** Ajv's messages, rewritten as plain reasons, each at the path it concerns. */
function describe(error: ErrorObject, data: unknown): { path: PathSegment[]; message: string } {
  const path = pathOf(error);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: [...path, String(params.missingProperty)], message: 'is required' };
    case 'additionalProperties':
      return { path: [...path, String(params.additionalProperty)], message: `unknown key '${String(params.additionalProperty)}'` };
    case 'enum':
      return { path, message: `must be one of: ${(params.allowedValues as unknown[]).join(', ')}` };
    case 'type': {
      // `selfText:` with nothing after it parses as null; "must be text" would puzzle its author.
      const value = valueAt(data, path);
      if (value === null) return { path, message: 'is empty' };
      // YAML reads `5` or `true` as a number or a boolean; quoting is the fix an author needs to hear.
      if (params.type === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
        return { path, message: `must be text (write it in quotes: "${String(value)}")` };
      }
      return { path, message: `must be ${TYPE_WORDS[String(params.type)] ?? String(params.type)}` };
    }
    case 'pattern':
      return { path, message: PATTERN_WORDS[String(params.pattern)] ?? `must match ${String(params.pattern)}` };
    case 'minLength':
      return { path, message: params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters long` };
    case 'maxLength':
      return { path, message: `must be at most ${String(params.limit)} characters long` };
    case 'minItems':
      return { path, message: `must have at least ${String(params.limit)} entr${params.limit === 1 ? 'y' : 'ies'}` };
    case 'maxItems':
      return { path, message: `must have at most ${String(params.limit)} entr${params.limit === 1 ? 'y' : 'ies'}` };
    case 'uniqueItems': {
      // Point at the later of the two equal entries: that is the one to remove.
      const [first, later] = [Number(params.i), Number(params.j)].sort((a, b) => a - b);
      const repeated = [...path, later];
      return { path: repeated, message: `repeats ${quoted(valueAt(data, repeated))} (already at [${first}])` };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path, message: `must be ${COMPARISONS[String(params.comparison)] ?? String(params.comparison)} ${String(params.limit)}` };
    default:
      return { path, message: error.message ?? 'is invalid' };
  }
}

export function checkAgainstSchema(source: YamlSource, schemaFile: SchemaFile): SurveyValidationIssue[] {
  const validate = validatorFor(schemaFile);
  if (validate(source.data)) return [];
  const seen = new Set<string>();
  return (validate.errors ?? []).flatMap((error) => {
    const { path, message } = describe(error, source.data);
    const issue = source.issue(path, message);
    const key = `${issue.path}\n${issue.message}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [issue];
  });
}
