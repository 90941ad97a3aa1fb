import { request as expressRequest, type Request } from 'express';
import { errorFormat } from './error-format';

/** A real Express request, so that the Accept header is negotiated as the app negotiates it. */
function requestFor(path: string, accept?: string): Request {
  return Object.assign(Object.create(expressRequest) as Request, { url: path, method: 'GET', headers: accept === undefined ? {} : { accept } });
}

const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('errorFormat', () => {
  it('answers JSON on a route that declared no page, whatever the client accepts', () => {
    for (const path of ['/api/campaigns/x/report', '/leader/x/api/reports', '/dev/outbox.json']) {
      for (const accept of [BROWSER, 'text/html', '*/*', undefined])
        expect([path, accept, errorFormat(null, requestFor(path, accept))]).toEqual([path, accept, 'json']);
    }
  });

  it('answers a browser on any page with HTML', () => {
    for (const page of ['coach', 'access', 'rater'] as const) {
      expect(errorFormat(page, requestFor('/somewhere', BROWSER))).toBe('html');
      expect(errorFormat(page, requestFor('/somewhere', 'text/html'))).toBe('html');
    }
  });

  it('answers a client that asks for JSON on any page with JSON', () => {
    for (const page of ['coach', 'access', 'rater'] as const) {
      expect(errorFormat(page, requestFor('/somewhere', 'application/json'))).toBe('json');
      expect(errorFormat(page, requestFor('/somewhere', 'application/json, text/html;q=0.5'))).toBe('json');
    }
  });

  it("gives a tool on a coach page, which accepts anything, the API's JSON, and anyone on the other pages HTML", () => {
    for (const accept of ['*/*', undefined]) {
      expect(errorFormat('coach', requestFor('/coach/campaigns/x/report', accept))).toBe('json');
      expect(errorFormat('access', requestFor('/leader/x', accept))).toBe('html');
      expect(errorFormat('rater', requestFor('/r/x', accept))).toBe('html');
    }
  });

  it('answers JSON when the client accepts neither', () => {
    for (const page of ['coach', 'access', 'rater', undefined] as const) expect(errorFormat(page, requestFor('/r/x', 'image/png'))).toBe('json');
  });

  it('answers an address no route took with HTML only for a browser outside the API', () => {
    expect(errorFormat(undefined, requestFor('/no-such-page', BROWSER))).toBe('html');
    expect(errorFormat(undefined, requestFor('/no-such-page', '*/*'))).toBe('json');
    expect(errorFormat(undefined, requestFor('/no-such-page'))).toBe('json');
    for (const path of ['/api', '/api/no-such-call', '/api/docs/x']) expect(errorFormat(undefined, requestFor(path, BROWSER))).toBe('json');
    expect(errorFormat(undefined, requestFor('/apiary', BROWSER))).toBe('html');
  });
});
