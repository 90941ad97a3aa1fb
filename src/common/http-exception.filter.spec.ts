import type { ArgumentsHost } from '@nestjs/common';
import { DomainError } from './domain-error';
import { AllExceptionsFilter } from './http-exception.filter';

/** Just enough of Express's response to see what the filter sends, with what a route had set already. */
function fakeResponse(preset: Record<string, string>) {
  const headers = new Map(Object.entries(preset).map(([name, value]) => [name.toLowerCase(), value]));
  const sent: { status?: number; json?: unknown } = {};
  const response = {
    headersSent: false,
    status(code: number) {
      sent.status = code;
      return response;
    },
    setHeader(name: string, value: string) {
      headers.set(name.toLowerCase(), value);
      return response;
    },
    removeHeader(name: string) {
      headers.delete(name.toLowerCase());
    },
    type(value: string) {
      headers.set('content-type', value);
      return response;
    },
    // Like Express: json() keeps a Content-Type set before it.
    json(body: unknown) {
      if (!headers.has('content-type')) headers.set('content-type', 'application/json; charset=utf-8');
      sent.json = body;
      return response;
    },
  };
  return { response, headers, sent };
}

const hostFor = (response: unknown): ArgumentsHost =>
  ({
    switchToHttp: () => ({
      getResponse: () => response,
      getRequest: () => ({ path: '/api/campaigns/x/report.csv', routePage: null, accepts: () => 'json' }),
    }),
  }) as unknown as ArgumentsHost;

describe('the exception filter', () => {
  const filter = new AllExceptionsFilter({ coach: jest.fn(), access: jest.fn(), rater: jest.fn() });

  it('answers an error of a file route as JSON, without the file name the route had set for its file', () => {
    const { response, headers, sent } = fakeResponse({ 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="scores.csv"' });
    filter.catch(new DomainError('NotFound', 'Campaign not found'), hostFor(response));
    expect(sent).toEqual({ status: 404, json: { statusCode: 404, message: 'Campaign not found', error: 'Not Found' } });
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(headers.has('content-disposition')).toBe(false);
    expect(headers.get('cache-control')).toBe('no-store');
  });
});
