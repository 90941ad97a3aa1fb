/**
 * A failure the demo can explain in a sentence (a service not running, a port taken, the API
 * refusing a call): printed as its message alone, never with a stack.
 */
export class DemoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DemoError';
  }
}
