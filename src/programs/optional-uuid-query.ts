import type { PipeTransform } from '@nestjs/common';
import { invalidInput } from '../common/domain-error';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** `?name=<uuid>`: absent is undefined; anything but a UUID is a 400 naming the parameter. */
export function optionalUuidQuery(name: string): PipeTransform<unknown, string | undefined> {
  return {
    transform(value: unknown): string | undefined {
      if (value === undefined || value === '') return undefined;
      if (typeof value !== 'string' || !UUID_V4.test(value)) throw invalidInput([`${name}: must be the id of a campaign`]);
      return value;
    },
  };
}
