import { ParseUUIDPipe } from '@nestjs/common';
import { notFound } from './domain-error';

/** A malformed id is a record that does not exist, not a server error. */
export const uuidParam = new ParseUUIDPipe({ version: '4', exceptionFactory: () => notFound('Record') });
