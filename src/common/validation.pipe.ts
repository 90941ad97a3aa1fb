import { type ValidationError, ValidationPipe } from '@nestjs/common';
import { invalidInput } from './domain-error';

function describe(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((reason) => `${path}: ${reason.replace(new RegExp(`^${error.property} `), '')}`);
    return [...own, ...describe(error.children ?? [], path)];
  });
}

/**
 * Body validation for the DTOs: unknown keys are refused, and each message names the field,
 * e.g. "leader.email: must be an email".
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => invalidInput(describe(errors)),
  });
}
