import { randomBytes } from 'node:crypto';
import createClient from 'openapi-fetch';
import type { components, paths } from './api-types';

type Schemas = components['schemas'];

/** The data of a call that succeeded, or an error naming the call, its status and the API's message. */
function dataOf<T>(call: string, result: { data?: T; error?: Schemas['ErrorBodyDto']; response: Response }): T {
  if (result.data === undefined) throw new Error(`${call}: ${result.response.status} ${JSON.stringify(result.error?.message)}`);
  return result.data;
}

/**
 * A 360 driven as an outside tool would, with types generated from the API document: sign up,
 * create an engagement and a campaign, add raters, launch, then read progress and the report.
 * Every request body and response below is checked by the compiler against openapi.json.
 */
export async function run360(baseUrl: string): Promise<{ progress: Schemas['ProgressViewDto']; report: Schemas['ReportDto'] }> {
  const tag = randomBytes(4).toString('hex');
  const api = createClient<paths>({ baseUrl });
  const { token } = dataOf(
    'sign up',
    await api.POST('/api/auth/signup', { body: { email: `coach-${tag}@example.com`, password: 'a long passphrase', name: 'Dana Coach' } }),
  );
  const coach = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });

  const engagement = dataOf(
    'engagement',
    await coach.POST('/api/engagements', {
      body: {
        title: 'Alex Morgan: leadership program',
        leader: { name: 'Alex Morgan', email: `alex-${tag}@example.com` },
        outcomes: ['Others experience Alex as a listener'],
      },
    }),
  );
  const campaign = dataOf(
    'campaign',
    await coach.POST('/api/engagements/{id}/campaigns', { params: { path: { id: engagement.id } }, body: { surveyId: 'leadership-360' } }),
  );
  const id = { params: { path: { id: campaign.id } } };
  const { raters } = dataOf(
    'raters',
    await coach.POST('/api/campaigns/{id}/raters', {
      ...id,
      body: {
        raters: [
          { name: 'Sam Lee', email: `sam-${tag}@example.com`, group: 'boss' },
          { name: 'Kim Park', email: `kim-${tag}@example.com`, group: 'peer' },
          { name: 'Ana Ruiz', email: `ana-${tag}@example.com`, group: 'direct_report' },
        ],
      },
    }),
  );
  const launched = dataOf('launch', await coach.POST('/api/campaigns/{id}/launch', id));
  process.stdout.write(`Launched "${campaign.title}": ${launched.invitations} invitations to ${raters.map((rater) => rater.name).join(', ')}\n`);

  const progress = dataOf('progress', await coach.GET('/api/campaigns/{id}/progress', id));
  const report = dataOf('report', await coach.GET('/api/campaigns/{id}/report', id));
  process.stdout.write(
    `${progress.responded} of ${progress.invited} answered; the report has ${report.themes.length} themes and ${report.aggregatedResponses} answers so far\n`,
  );
  return { progress, report };
}

// node -r @swc-node/register examples/client/run-360.ts http://localhost:3000
if (require.main === module) {
  run360(process.argv[2] ?? 'http://localhost:3000').catch((error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  });
}
