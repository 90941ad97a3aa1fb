import { randomBytes } from 'node:crypto';
import { waitUntil } from '../../src/common/wait-until';

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

  async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResult<T>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      redirect: 'manual',
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON (an HTML page): keep the text.
    }
    return { status: response.status, body: parsed as T, headers: response.headers };
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
  options: { surveyId?: string; raters: RaterSpec[]; leaderEmail?: string },
): Promise<{ engagementId: string; campaignId: string; leaderEmail: string }> {
  const leaderEmail = options.leaderEmail ?? `leader-${randomBytes(3).toString('hex')}@example.com`;
  const engagement = await coach.post<{ id: string }>('/api/engagements', {
    title: 'Alex Morgan: leadership program',
    leader: { name: 'Alex Morgan', email: leaderEmail },
    sponsor: { name: 'Jordan Lee', email: 'jordan@example.com' },
    outcomes: ['Others rate communication at 4.0 or more by the final review'],
  });
  if (engagement.status !== 201) throw new Error(`engagement: ${engagement.status} ${JSON.stringify(engagement.body)}`);
  const campaign = await coach.post<{ id: string }>(`/api/engagements/${engagement.body.id}/campaigns`, { surveyId: options.surveyId ?? 'leadership-360' });
  if (campaign.status !== 201) throw new Error(`campaign: ${campaign.status} ${JSON.stringify(campaign.body)}`);
  const added = await coach.post(`/api/campaigns/${campaign.body.id}/raters`, { raters: options.raters });
  if (added.status !== 201) throw new Error(`raters: ${added.status} ${JSON.stringify(added.body)}`);
  return { engagementId: engagement.body.id, campaignId: campaign.body.id, leaderEmail };
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
