import { type ClassConstructor, plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { DomainError } from '../common/domain-error';

/** A refused form's problems by field path ("leader.email", "goals.0.target"), one message each. */
export type FieldErrors = Record<string, string>;

function collect(errors: readonly ValidationError[], parent: string, into: FieldErrors): void {
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const first = Object.values(error.constraints ?? {})[0];
    if (first !== undefined && into[path] === undefined) into[path] = first.replace(new RegExp(`^${error.property} `), '');
    collect(error.children ?? [], path, into);
  }
}

/**
 * Checks a form against the DTO the JSON API validates the same call with, so a page and the API
 * refuse the same input for the same reasons. Returns the typed value, or the problem per field.
 */
export async function validateForm<T extends object>(
  dto: ClassConstructor<T>,
  plain: Record<string, unknown>,
): Promise<{ value: T } | { errors: FieldErrors }> {
  const value = plainToInstance(dto, plain);
  const problems = await validate(value, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
  if (problems.length === 0) return { value };
  const errors: FieldErrors = {};
  collect(problems, '', errors);
  return { errors };
}

/**
 * A service's refusal of input ("raters[0].email: must be ...") as problems per field path
 * ("raters.0.email"), or null for any other error, which the exception filter answers.
 */
export function fieldErrorsOf(error: unknown): FieldErrors | null {
  if (!(error instanceof DomainError) || error.code !== 'InvalidInput') return null;
  const errors: FieldErrors = {};
  const details = error.details.length > 0 ? error.details : [error.message];
  for (const detail of details) {
    const separator = detail.indexOf(': ');
    const path = separator > 0 ? detail.slice(0, separator).replace(/\[(\d+)\]/g, '.$1') : '';
    const message = separator > 0 ? detail.slice(separator + 2) : detail;
    errors[path] = errors[path] ? `${errors[path]}; ${message}` : message;
  }
  return errors;
}

/** Errors under a path prefix, with the prefix taken off ("goals.0.target" under "goals.0" is "target"). */
export function errorsUnder(errors: FieldErrors, prefix: string): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([path]) => path.startsWith(`${prefix}.`))
      .map(([path, message]) => [path.slice(prefix.length + 1), message]),
  );
}

/**
 * A form's rows with the blank ones left out, as the API takes them, and for each item the row
 * it came from, so that a refusal named after the item lands beside the right row's field.
 */
export function compactRows<Row, Item>(rows: readonly Row[], isBlank: (row: Row) => boolean, toItem: (row: Row) => Item): { items: Item[]; rowOf: number[] } {
  const items: Item[] = [];
  const rowOf: number[] = [];
  rows.forEach((row, index) => {
    if (isBlank(row)) return;
    rowOf.push(index);
    items.push(toItem(row));
  });
  return { items, rowOf };
}

/** Problems named after the items sent ("goals.1.target") renamed after their rows ("goals.2.target"). */
export function errorsByRow(errors: FieldErrors, prefix: string, rowOf: readonly number[]): FieldErrors {
  const pattern = new RegExp(`^${prefix}\\.(\\d+)(\\..*)?$`);
  return Object.fromEntries(
    Object.entries(errors).map(([path, message]) => {
      const match = pattern.exec(path);
      return match ? [`${prefix}.${rowOf[Number(match[1])] ?? match[1]}${match[2] ?? ''}`, message] : [path, message];
    }),
  );
}

/**
 * A page's form the way the API takes the same call: checked by the API's DTO, then handed to
 * the service. The problems per field when either refuses, or null once it is done; any other
 * error goes on to the exception filter.
 */
export async function submitForm<T extends object>(
  dto: ClassConstructor<T>,
  plain: Record<string, unknown>,
  call: (body: T) => Promise<unknown>,
): Promise<FieldErrors | null> {
  const checked = await validateForm(dto, plain);
  if ('errors' in checked) return checked.errors;
  try {
    await call(checked.value);
    return null;
  } catch (error) {
    const errors = fieldErrorsOf(error);
    if (!errors) throw error;
    return errors;
  }
}
