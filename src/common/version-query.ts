import type { PipeTransform } from '@nestjs/common';
import { invalidInput } from './domain-error';

/** `?version=N`: absent means "the latest"; anything but a positive integer is a 400 naming the parameter. */
export const versionQuery: PipeTransform<unknown, number | undefined> = {
  transform(value: unknown): number | undefined {
    if (value === undefined || value === '') return undefined;
    // The global validation pipe may already have turned "2" into 2 from the parameter's type.
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text !== 'string' || !/^[1-9]\d{0,8}$/.test(text)) throw invalidInput(['version: must be a positive whole number (a report version)']);
    return Number(text);
  },
};
