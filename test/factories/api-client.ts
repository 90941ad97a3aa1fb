import { randomBytes } from 'node:crypto';
import type { RaterView } from '../../src/campaigns/campaigns.service';
import { waitUntil } from '../../src/common/wait-until';
import { checkConformance } from '../utils/api-conformance';

export interface ApiResult<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A thin HTTP client over the public API, as any outside tool would use it. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    readonly token: string | null = null,
  ) {}

  as(token: string): ApiClient {
    return new ApiClient(this.baseUrl, token);
  }

  /**
   * Every answer is checked against the API document the app serves (see ApiConformance): a
   * status it does not declare, or a body that does not match, fails the test that made the call.
   */
  async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResult<T>> {
    const response = await this.send(method, path, body, headers);
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON (an HTML page, a CSV): keep the text.
    }
    await this.check(method, path, response, parsed);
    return { status: response.status, body: parsed as T, headers: response.headers };
  }

  /** A file (a PDF), its bytes as sent; checked against the document like any other answer. */
  async getFile(path: string, headers: Record<string, string> = {}): Promise<ApiResult<Buffer>> {
    const response = await this.send('GET', path, undefined, headers);
    const bytes = Buffer.from(await response.arrayBuffer());
    const isJson = (response.headers.get('content-type') ?? '').includes('json');
    await this.check('GET', path, response, isJson ? JSON.parse(bytes.toString('utf8')) : bytes);
    return { status: response.status, body: bytes, headers: response.headers };
  }

  private send(method: string, path: string, body: unknown, headers: Record<string, string>): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
      redirect: 'manual',
    });
  }

  private check(method: string, path: string, response: Response, body: unknown): Promise<void> {
    return checkConformance(`${this.baseUrl}${path}`, { method, status: response.status, contentType: response.headers.get('content-type'), body });
  }

  get<T = Record<string, unknown>>(path: string) {
    return this.request<T>('GET', path);
  }

  post<T = Record<string, unknown>>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }

  put<T = Record<string, unknown>>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body ?? {});
  }

  patch<T = Record<string, unknown>>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body ?? {});
  }

  delete<T = Record<string, unknown>>(path: string) {
    return this.request<T>('DELETE', path);
  }

  /** Posts an HTML form the way a browser without JavaScript does. */
  async postForm(path: string, fields: [string, string][]): Promise<ApiResult<string>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    });
    return { status: response.status, body: await response.text(), headers: response.headers };
  }
}

export async function signUpCoach(api: ApiClient, name = 'Dana Coach'): Promise<{ api: ApiClient; coachId: string; email: string }> {
  const email = `coach-${randomBytes(4).toString('hex')}@example.com`;
  const result = await api.post<{ coach: { id: string }; token: string }>('/api/auth/signup', { email, password: 'correct horse battery', name });
  if (result.status !== 201) throw new Error(`signup failed: ${result.status} ${JSON.stringify(result.body)}`);
  return { api: api.as(result.body.token), coachId: result.body.coach.id, email };
}

export interface RaterSpec {
  name: string;
  email: string;
  group: 'boss' | 'peer' | 'direct_report' | 'other';
}

export function raters(group: RaterSpec['group'], count: number, tag = randomBytes(3).toString('hex')): RaterSpec[] {
  return Array.from({ length: count }, (_, index) => ({
    name: `${group} ${index + 1}`,
    email: `${group}-${index + 1}-${tag}@example.com`.replace('_', '-'),
    group,
  }));
}

/** Engagement + campaign + raters, ready to launch. */
export async function draftCampaign(
  coach: ApiClient,
  options: { surveyId?: string; raters: RaterSpec[]; leaderEmail?: string; closesAt?: Date },
): Promise<{ engagementId: string; campaignId: string; leaderEmail: string }> {
  const leaderEmail = options.leaderEmail ?? `leader-${randomBytes(3).toString('hex')}@example.com`;
  const engagement = await coach.post<{ id: string }>('/api/engagements', {
    title: 'Alex Morgan: leadership program',
    leader: { name: 'Alex Morgan', email: leaderEmail },
    sponsor: { name: 'Jordan Lee', email: 'jordan@example.com' },
    outcomes: ['Others rate communication at 4.0 or more by the final review'],
  });
  if (engagement.status !== 201) throw new Error(`engagement: ${engagement.status} ${JSON.stringify(engagement.body)}`);
  const campaign = await coach.post<{ id: string }>(`/api/engagements/${engagement.body.id}/campaigns`, {
    surveyId: options.surveyId ?? 'leadership-360',
    ...(options.closesAt ? { closesAt: options.closesAt.toISOString() } : {}),
  });
  if (campaign.status !== 201) throw new Error(`campaign: ${campaign.status} ${JSON.stringify(campaign.body)}`);
  const added = await coach.post(`/api/campaigns/${campaign.body.id}/raters`, { raters: options.raters });
  if (added.status !== 201) throw new Error(`raters: ${added.status} ${JSON.stringify(added.body)}`);
  return { engagementId: engagement.body.id, campaignId: campaign.body.id, leaderEmail };
}

export type { RaterView };

/** The campaign's raters as the coach's API lists them, each with how their invitation's delivery went. */
export async function ratersOf(coach: ApiClient, campaignId: string): Promise<RaterView[]> {
  return (await coach.get<{ raters: RaterView[] }>(`/api/campaigns/${campaignId}/raters`)).body.raters;
}

/**
 * Waits until `count` answers are folded into the campaign's aggregates. It polls progress, not the
 * report: reading the report cuts a frozen version, which would leave later answers waiting.
 */
export async function waitForAggregated(coach: ApiClient, campaignId: string, count: number, timeoutMs = 30_000): Promise<void> {
  await waitUntil(async () => (await coach.get<{ aggregated: number }>(`/api/campaigns/${campaignId}/progress`)).body.aggregated >= count, {
    what: `${count} answers aggregated`,
    timeoutMs,
  });
}
