import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PathSegment, YamlSource } from './yaml-source';
import type { SurveyValidationIssue } from './survey-validation.error';

/** The schemas ship beside the definitions, at the top of the repository. */
export const SCHEMA_DIR = join(__dirname, '..', '..', 'surveys');

const ajv = new Ajv({ allErrors: true, strict: true });
const validators = new Map<string, ValidateFunction>();

function validatorFor(schemaFile: string): ValidateFunction {
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

function pathOf(error: ErrorObject): PathSegment[] {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** Ajv's messages, rewritten as plain reasons, each at the path it concerns. */
function describe(error: ErrorObject): { path: PathSegment[]; message: string } {
  const path = pathOf(error);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: [...path, String(params.missingProperty)], message: 'is required' };
    case 'additionalProperties':
      return { path: [...path, String(params.additionalProperty)], message: `unknown key '${String(params.additionalProperty)}'` };
    case 'enum':
      return { path, message: `must be one of: ${(params.allowedValues as unknown[]).join(', ')}` };
    case 'type':
      return { path, message: `must be ${TYPE_WORDS[String(params.type)] ?? String(params.type)}` };
    case 'pattern':
      return { path, message: 'must be lowercase letters, digits and hyphens, starting with a letter (item ids may have one dot, e.g. communication.listens)' };
    case 'minLength':
      return { path, message: params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters` };
    case 'maxLength':
      return { path, message: `must be at most ${String(params.limit)} characters` };
    case 'minItems':
      return { path, message: `must have at least ${String(params.limit)} entr${params.limit === 1 ? 'y' : 'ies'}` };
    case 'maxItems':
      return { path, message: `must have at most ${String(params.limit)} entries` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path, message: `must be ${String(params.comparison)} ${String(params.limit)}` };
    default:
      return { path, message: error.message ?? 'is invalid' };
  }
}

export function checkAgainstSchema(source: YamlSource, schemaFile: string): SurveyValidationIssue[] {
  const validate = validatorFor(schemaFile);
  if (validate(source.data)) return [];
  return (validate.errors ?? []).map((error) => {
    const { path, message } = describe(error);
    return source.issue(path, message);
  });
}
