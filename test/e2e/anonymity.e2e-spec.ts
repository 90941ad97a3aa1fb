import IORedis from 'ioredis';
import { ApiClient, draftCampaign, raters, signUpCoach, waitForAggregated } from '../factories/api-client';
import { linkIn, tokenOf } from '../utils/mailbox';
import { startTestApp, type TestApp } from '../utils/test-app';
import { hashToken } from '../../src/common/tokens';

jest.setTimeout(90_000);

interface Cell {
  n: number;
  ratings: number;
  mean: number;
}
interface Report {
  aggregatedResponses: number;
  buckets: { id: string; groups: string[]; responses: number; shown: boolean }[];
  themes: { id: string; scores: Record<string, Cell | null>; comments: { text: string; bucket: string | null }[] }[];
  items: { id: string; scores: Record<string, Cell | null> }[];
  unthemedComments: { text: string; bucket: string | null }[];
}

/** Every key of the run's queue prefix, with everything stored under it, as one text. */
async function redisContents(redisUrl: string, prefix: string): Promise<string> {
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1 });
  try {
    const parts: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      for (const key of keys) {
        const type = await redis.type(key);
        const value =
          type === 'string'
            ? await redis.get(key)
            : type === 'hash'
              ? await redis.hgetall(key)
              : type === 'list'
                ? await redis.lrange(key, 0, -1)
                : type === 'set'
                  ? await redis.smembers(key)
                  : type === 'zset'
                    ? await redis.zrange(key, 0, -1)
                    : type === 'stream'
                      ? await redis.xrange(key, '-', '+')
                      : null;
        parts.push(key, JSON.stringify(value));
      }
      cursor = next;
    } while (cursor !== '0');
    return parts.join('\n');
  } finally {
    redis.disconnect();
  }
}

/** Every string value anywhere in a row, to look for identifying values. */
function valuesOf(rows: Record<string, unknown>[]): string[] {
  return rows.flatMap((row) =>
    Object.values(row).map((value) =>
      value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value as string | number | boolean),
    ),
  );
}

describe('anonymity: the database cannot join an answer to its rater, and no small group is exposed', () => {
  let t: TestApp;
  let coach: ApiClient;
  let campaignId: string;
  const tokens: string[] = [];
  const emails: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    // 3 peers (shown), 2 direct reports (too few: only inside a merged bucket or "others").
    const team = [...raters('boss', 1), ...raters('peer', 3), ...raters('direct_report', 2)];
    ({ campaignId } = await draftCampaign(coach, { raters: team }));
    await coach.post(`/api/campaigns/${campaignId}/launch`);
    const mails = await t.mailbox.waitForCount(7);
    for (const mail of mails) {
      const token = tokenOf(linkIn(mail));
      tokens.push(token);
      emails.push(mail.to.replace(/.*</, '').replace(/>.*/, ''));
      const q = (await new ApiClient(t.baseUrl).get<{ items: { id: string }[]; questions: { id: string; type: string }[] }>(`/api/responses/${token}`)).body;
      const answers: Record<string, unknown> = Object.fromEntries(q.items.map((item, index) => [item.id, ((index + tokens.length) % 5) + 1]));
      const text = q.questions.find((question) => question.type === 'text');
      if (text) answers[text.id] = `Comment ${tokens.length}: clear communication in meetings`;
      expect((await new ApiClient(t.baseUrl).post(`/api/responses/${token}`, { answers })).status).toBe(201);
    }
    await waitForAggregated(coach, campaignId, 7);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('stores responses with only a random id, the campaign, the group, the day, the ratings, and for an interview the coach entered, that it is one and the version that first counted it', async () => {
    const columns: { column_name: string; data_type: string }[] = await t.db.query(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'responses' ORDER BY column_name`,
    );
    expect(columns).toEqual([
      { column_name: 'aggregated', data_type: 'boolean' },
      { column_name: 'campaign_id', data_type: 'uuid' },
      { column_name: 'counted_in', data_type: 'integer' },
      { column_name: 'group_id', data_type: 'text' },
      { column_name: 'id', data_type: 'uuid' },
      { column_name: 'interview', data_type: 'boolean' },
      { column_name: 'ratings', data_type: 'jsonb' },
      { column_name: 'submitted_on', data_type: 'date' },
      { column_name: 'texts', data_type: 'jsonb' },
    ]);
    const foreignKeys: { column_name: string }[] = await t.db.query(
      `SELECT kcu.column_name FROM information_schema.table_constraints tc
       JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name
       WHERE tc.table_name IN ('responses', 'comments', 'aggregates') AND tc.constraint_type = 'FOREIGN KEY'`,
    );
    expect(new Set(foreignKeys.map((key) => key.column_name))).toEqual(new Set(['campaign_id']));
    const responses: { id: string }[] = await t.db.query(`SELECT id FROM responses`);
    expect(responses).toHaveLength(7);
    for (const { id } of responses) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Every one came from a rater: none is marked as the coach's interview, or counted as one.
    expect(await t.db.query(`SELECT COUNT(*)::int AS count FROM responses WHERE interview OR counted_in IS NOT NULL`)).toEqual([{ count: 0 }]);
  });

  it('shares no id, email, token, token hash or precise time between answers and invitations', async () => {
    const answerRows: Record<string, unknown>[] = [
      ...(await t.db.query(`SELECT * FROM responses`)),
      ...(await t.db.query(`SELECT * FROM comments`)),
      ...(await t.db.query(`SELECT * FROM aggregates`)),
    ];
    const answerValues = valuesOf(answerRows).join('\n');
    const identifying = [
      ...valuesOf(await t.db.query(`SELECT id, rater_id, token_hash, token_nonce FROM invitations`)),
      ...valuesOf(await t.db.query(`SELECT id FROM raters`)),
      ...emails,
      ...tokens,
      ...tokens.map(hashToken),
    ];
    expect(identifying.length).toBeGreaterThan(20);
    for (const value of identifying) expect(answerValues.includes(value)).toBe(false);

    const times: { submitted_on: string }[] = await t.db.query(`SELECT submitted_on::text FROM responses`);
    for (const { submitted_on } of times) expect(submitted_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const invitationColumns: { column_name: string }[] = await t.db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'invitations'`,
    );
    expect(invitationColumns.map((column) => column.column_name)).not.toContain('answered_at');
  });

  it('leaves no transaction id that could pair an answer with its invitation', async () => {
    // The submit transaction writes the invitation flag and the response together. Every fold
    // moves all waiting answers and all answered invitations of the campaign in one transaction,
    // so by the time anyone reads, the answered invitations all carry one and the same id: an
    // answer may share it (its batch was the last), but then it shares it with every one of them.
    const invitationXmins: { xmin: string }[] = await t.db.query(`SELECT xmin::text FROM invitations WHERE answered`);
    expect(invitationXmins).toHaveLength(7);
    expect(new Set(invitationXmins.map((row) => row.xmin)).size).toBe(1);
  });

  it('leaves no response id in Redis: no job key, job hash or event names one', async () => {
    const contents = await redisContents(t.config.redisUrl, t.config.queuePrefix);
    // The fold jobs did run: the events of the aggregation queue are there, naming the campaign.
    expect(contents).toContain(`${t.config.queuePrefix}:aggregation:events`);
    expect(contents).toContain(campaignId);
    const responses: { id: string }[] = await t.db.query(`SELECT id FROM responses`);
    for (const { id } of responses) expect(contents.includes(id)).toBe(false);
  });

  it('keeps comments apart from each other and from responses once folded', async () => {
    const texts: { texts: unknown }[] = await t.db.query(`SELECT texts FROM responses`);
    expect(texts.every((row) => row.texts === null)).toBe(true);
    const commentColumns: { column_name: string }[] = await t.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'comments'`);
    // How sure theming was (confidence, second_theme_id), the language theming could not read
    // (language) and whether theming failed on it (theming_failed) come from the text alone: nothing
    // of the rater's form, such as the language they picked on it, is kept with a comment.
    expect(commentColumns.map((column) => column.column_name).sort()).toEqual([
      'campaign_id',
      'confidence',
      'group_id',
      'id',
      'interview_id',
      'kind',
      'language',
      'question_id',
      'released_in',
      'second_theme_id',
      'sentiment',
      'sort_key',
      'text',
      'theme_ids',
      'theming_failed',
    ]);
    // Only the coach's interview notes name their answer (so the coach can remove the interview): no rater's comment does.
    expect(await t.db.query(`SELECT COUNT(*)::int AS count FROM comments WHERE interview_id IS NOT NULL`)).toEqual([{ count: 0 }]);
    // The coach's review names a comment and a version, never a response or a rater.
    const reviewColumns: { column_name: string }[] = await t.db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'comment_reviews'`,
    );
    expect(reviewColumns.map((column) => column.column_name).sort()).toEqual([
      'campaign_id',
      'comment_id',
      'decision',
      'reviewed_at',
      'theme_ids',
      'version_number',
    ]);
  });

  it('never shows the two direct reports as a group, nor lets their figures be derived by subtraction', async () => {
    const report = (await coach.get<Report>(`/api/campaigns/${campaignId}/report`)).body;
    const shown = report.buckets.filter((bucket) => bucket.shown);
    expect(shown.some((bucket) => bucket.groups.length === 1 && bucket.groups[0] === 'direct_report')).toBe(false);
    for (const bucket of shown.filter((candidate) => !candidate.groups.includes('boss'))) expect(bucket.responses).toBeGreaterThanOrEqual(3);

    // Differencing: for every theme and item, "others" minus every shown bucket must not isolate
    // fewer than 3 anonymous raters whose answers are not shown elsewhere.
    const anonymousShown = shown.filter((bucket) => !bucket.groups.includes('boss'));
    const hiddenGroups = report.buckets.filter((bucket) => !bucket.shown && !bucket.groups.includes('boss'));
    for (const row of [...report.themes, ...report.items]) {
      const others = row.scores.others;
      if (!others) continue;
      const shownRaters = ['boss', ...anonymousShown.map((bucket) => bucket.id)].reduce((total, id) => total + (row.scores[id]?.n ?? 0), 0);
      const residual = others.n - shownRaters;
      expect([row.id, residual === 0 || residual >= 3]).toEqual([row.id, true]);
    }
    for (const comment of [...report.themes.flatMap((theme) => theme.comments), ...report.unthemedComments]) {
      expect(comment.bucket === 'direct_report' || hiddenGroups.some((bucket) => bucket.id === comment.bucket)).toBe(false);
    }
  });
});
