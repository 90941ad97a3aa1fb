/**
 * Errors the services throw. Each has a stable code; the exception filter maps codes to HTTP
 * statuses, so services never speak HTTP.
 */
export const ERROR_STATUS = {
  InvalidInput: 400,
  Unauthenticated: 401,
  Forbidden: 403,
  NotFound: 404,
  Conflict: 409,
  EmailTaken: 409,
  AlreadyAnswered: 409,
  Declined: 409,
  CampaignNotDraft: 409,
  CampaignNotOpen: 409,
  CampaignClosed: 410,
  LinkExpired: 410,
  PayloadTooLarge: 413,
  ServiceUnavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** For InvalidInput: one message per offending field, e.g. "answers.q1: must be text". */
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = code;
  }
}

export const notFound = (what: string): DomainError => new DomainError('NotFound', `${what} not found`);

export const invalidInput = (details: string[]): DomainError => new DomainError('InvalidInput', details.join('; '), details);
