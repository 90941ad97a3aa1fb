import { Injectable } from '@nestjs/common';

/**
 * What time it is, for code that acts on dates (scheduled pulses). Injected rather than read from
 * `new Date()` so that a test can move time forward through the running app instead of waiting.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
