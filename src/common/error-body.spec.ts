import { BadRequestException, HttpException, type Logger, PayloadTooLargeException } from '@nestjs/common';
import { DomainError } from './domain-error';
import { toErrorBody } from './error-body';

describe('toErrorBody', () => {
  const logged: unknown[] = [];
  const logger = { error: (...args: unknown[]) => logged.push(args), warn: (...args: unknown[]) => logged.push(args) } as unknown as Logger;

  beforeEach(() => logged.splice(0));

  it('maps domain errors by code, listing field messages', () => {
    expect(toErrorBody(new DomainError('InvalidInput', 'x', ['answers.q1: must be text']), logger)).toEqual({
      statusCode: 400,
      message: ['answers.q1: must be text'],
      error: 'Bad Request',
    });
    expect(toErrorBody(new DomainError('CampaignClosed', 'This survey has closed'), logger)).toEqual({
      statusCode: 410,
      message: 'This survey has closed',
      error: 'Gone',
    });
    expect(toErrorBody(new DomainError('AlreadyAnswered', 'Already'), logger).statusCode).toBe(409);
  });

  it('names the body when it is not JSON or too large', () => {
    expect(toErrorBody(new BadRequestException('Unexpected end of JSON input', { cause: new SyntaxError('x') }), logger).message).toBe(
      'body: is not valid JSON (Unexpected end of JSON input)',
    );
    expect(toErrorBody(new PayloadTooLargeException(), logger).message).toBe('body: too large (the limit is 256kb)');
    expect(toErrorBody(new HttpException('Not Found', 404), logger)).toEqual({ statusCode: 404, message: 'Not Found', error: 'Not Found' });
  });

  it('answers 503 when a dependency is down, 500 otherwise, with an error id and no stack', () => {
    const down = toErrorBody(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }), logger);
    expect(down).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
    const failedQuery = Object.assign(new Error('boom'), { query: 'INSERT INTO responses ...', parameters: ['Secret comment about my boss'] });
    const body = toErrorBody(failedQuery, logger);
    expect(body).toMatchObject({ statusCode: 500, error: 'Internal Server Error', errorId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(JSON.stringify(body)).not.toContain('boom');
    expect(JSON.stringify(logged)).toContain(body.errorId ?? 'missing');
    expect(JSON.stringify(logged)).not.toContain('Secret comment');
  });
});
