import { ApiConformance, type ApiDocument } from './api-conformance';

const error = { content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } };
const document: ApiDocument = {
  paths: {
    '/api/campaigns/{id}/progress': {
      get: {
        operationId: 'progress',
        responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Progress' } } } }, '404': error },
      },
    },
    '/api/campaigns/{id}/report.csv': { get: { responses: { '200': { content: { 'text/csv': { schema: { type: 'string' } } } } } } },
    '/api/engagements/{id}': { delete: { responses: { '204': { description: 'gone' } } } },
  },
  components: {
    schemas: {
      Progress: {
        type: 'object',
        properties: { invited: { type: 'integer' }, closesAt: { type: ['string', 'null'], format: 'date-time' } },
        required: ['invited', 'closesAt'],
      },
      ErrorBody: { type: 'object', properties: { statusCode: { type: 'integer' }, message: { type: 'string' } }, required: ['statusCode', 'message'] },
    },
  },
};

const check = (response: { method?: string; path?: string; status?: number; contentType?: string | null; body: unknown }): void =>
  new ApiConformance(document).check({
    method: response.method ?? 'GET',
    path: response.path ?? '/api/campaigns/6f1c4c43-5c64-4f7e-9d0a-0c1b2d3e4f50/progress?x=1',
    status: response.status ?? 200,
    contentType: response.contentType === undefined ? 'application/json; charset=utf-8' : response.contentType,
    body: response.body,
  });

describe('checking answers against the API document', () => {
  it('accepts an answer that matches its operation, status and schema', () => {
    expect(() => check({ body: { invited: 3, closesAt: null } })).not.toThrow();
    expect(() => check({ status: 404, body: { statusCode: 404, message: 'Campaign not found' } })).not.toThrow();
    expect(() => check({ path: '/api/campaigns/x/report.csv', contentType: 'text/csv; charset=utf-8', body: '"theme"' })).not.toThrow();
    expect(() => check({ method: 'DELETE', path: '/api/engagements/x', status: 204, contentType: null, body: null })).not.toThrow();
  });

  it('fails a body that does not match, naming the operation, the schema and the field', () => {
    expect(() => check({ body: { invited: '3', closesAt: null } })).toThrow(
      'GET /api/campaigns/{id}/progress (progress) answered 200 with a body that does not match #/components/schemas/Progress: body/invited must be integer',
    );
    expect(() => check({ body: { invited: 3 } })).toThrow("must have required property 'closesAt'");
    expect(() => check({ body: { invited: 3, closesAt: 'soon' } })).toThrow('body/closesAt must match format "date-time"');
  });

  it('fails a field the document does not describe, so the document stays complete', () => {
    expect(() => check({ body: { invited: 3, closesAt: null, secret: 'x' } })).toThrow('must NOT have additional properties');
  });

  it('fails a status, or a content type, the operation does not declare', () => {
    expect(() => check({ status: 500, body: { statusCode: 500, message: 'boom' } })).toThrow(
      'GET /api/campaigns/{id}/progress (progress) answered 500, a status the API document does not declare for it (declared: 200, 404)',
    );
    expect(() => check({ contentType: 'text/html; charset=utf-8', body: '<p>hi</p>' })).toThrow("answered 200 as 'text/html'");
    expect(() => check({ method: 'DELETE', path: '/api/engagements/x', status: 204, body: { deleted: true } })).toThrow('with a body');
  });

  it('leaves alone what the document does not describe: pages, unknown routes and methods', () => {
    expect(() => check({ path: '/coach/campaigns/x/report', status: 500, body: '<h1>oops</h1>' })).not.toThrow();
    expect(() => check({ method: 'POST', status: 404, body: { statusCode: 404, message: 'Cannot POST' } })).not.toThrow();
    expect(() => check({ path: '/api/campaigns/x/progress/more', status: 404, body: {} })).not.toThrow();
  });
});
