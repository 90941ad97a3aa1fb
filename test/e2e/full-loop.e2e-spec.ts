import { QueueName } from '../../src/queue/jobs';
import { JobQueueService } from '../../src/queue/job-queue.service';
import { ApiClient, draftCampaign, raters, signUpCoach, waitForAggregated } from '../factories/api-client';
import { waitForDrainedQueue } from '../utils/drain-queue';
import { linkIn, type ReceivedMail, tokenOf } from '../utils/mailbox';
import { expectedFor, round2 } from '../utils/expected-statistics';
import { startTestApp, type TestApp } from '../utils/test-app';
import { openRaterLink } from '../utils/rater-link';

jest.setTimeout(90_000);

interface Questionnaire {
  group: { id: string; anonymous: boolean };
  items: { id: string; themeId: string; text: string; kind: string }[];
  questions: { id: string; type: string; prompt: string }[];
  draft: { answers: Record<string, unknown> } | null;
}

interface ScoreCell {
  n: number;
  ratings: number;
  mean: number;
  sd: number | null;
}
interface Report {
  aggregatedResponses: number;
  buckets: { id: string; label: string; groups: string[]; responses: number; shown: boolean }[];
  themes: {
    id: string;
    title: string;
    scores: Record<string, ScoreCell | null>;
    gap: number | null;
    classification: string;
    comments: { text: string; bucket: string | null }[];
  }[];
  items: { id: string; scores: Record<string, (ScoreCell & { rwg: number | null }) | null> }[];
  unthemedComments: { text: string; bucket: string | null }[];
  commentNotes: string[];
  startStopContinue: Record<'start' | 'stop' | 'continue', { text: string }[]>;
  priorities: { themeId: string; reason: string }[];
}

/** Deterministic ratings with some "not observed", different per rater and item. */
function ratingFor(raterIndex: number, itemIndex: number, group: string): number | null {
  if (group === 'self') return itemIndex % 4 === 0 ? 4 : 5;
  if ((raterIndex * 5 + itemIndex) % 7 === 0) return null;
  return 1 + ((raterIndex * 7 + itemIndex * 3) % 5);
}

const close = (actual: number | null | undefined, expected: number | null): void => {
  if (expected === null) expect(actual ?? null).toBeNull();
  else expect(Math.abs((actual ?? Number.NaN) - round2(expected))).toBeLessThanOrEqual(0.0051);
};

describe('the whole 360 loop over HTTP, real SMTP, Postgres and Redis', () => {
  let t: TestApp;
  let coach: ApiClient;
  let campaignId: string;
  let mails: ReceivedMail[];
  const sent: { group: string; ratings: Record<string, number | null>; texts: string[] }[] = [];
  let unansweredPeerToken = '';

  beforeAll(async () => {
    t = await startTestApp();
    coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists the shipped surveys with their groups', async () => {
    const surveys = await new ApiClient(t.baseUrl).get<{ id: string; groups: { id: string; anonymous: boolean; minResponses: number }[] }[]>('/api/surveys');
    expect(surveys.status).toBe(200);
    expect(surveys.body.map((survey) => survey.id)).toEqual(expect.arrayContaining(['leadership-360', 'boss-start-stop-continue', 'progress-pulse']));
    const full = surveys.body.find((survey) => survey.id === 'leadership-360');
    expect(full?.groups).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'peer', anonymous: true, minResponses: 3 }),
        expect.objectContaining({ id: 'boss', anonymous: false }),
      ]),
    );
  });

  it('launches: one email per rater, HTML and text, with a personal link; the leader is invited as self', async () => {
    const team = [...raters('boss', 1), ...raters('peer', 4), ...raters('direct_report', 3), ...raters('other', 2)];
    const created = await draftCampaign(coach, { raters: team });
    campaignId = created.campaignId;
    const listed = await coach.get<{ raters: { group: string; email: string }[] }>(`/api/campaigns/${campaignId}/raters`);
    expect(listed.body.raters).toHaveLength(11);
    expect(listed.body.raters.filter((rater) => rater.group === 'self').map((rater) => rater.email)).toEqual([created.leaderEmail]);
    expect(JSON.stringify(listed.body)).not.toMatch(/token/i);

    const launch = await coach.post(`/api/campaigns/${campaignId}/launch`);
    expect(launch.status).toBe(202);
    mails = await t.mailbox.waitForCount(11);
    expect(new Set(mails.map((mail) => mail.to)).size).toBe(11);
    for (const mail of mails) {
      expect(mail.html).toContain('<a href=');
      expect(linkIn(mail)).toMatch(new RegExp(`^${t.baseUrl}/r/[A-Za-z0-9_-]{43}$`));
      expect(mail.html).toContain(linkIn(mail));
    }
    expect(t.mailbox.to('peer-1-')[0].text).toContain('Your answers are anonymous');
    expect(t.mailbox.to('boss-1-')[0].text).toContain('Your answers are not anonymous');
    expect((await coach.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(409);
  });

  it('serves each rater a questionnaire worded for their group', async () => {
    const self = await new ApiClient(t.baseUrl).get<Questionnaire>(`/api/responses/${tokenOf(linkIn(t.mailbox.to('leader-')[0]))}`);
    expect(self.status).toBe(200);
    expect(self.body.group).toMatchObject({ id: 'self', anonymous: false });
    expect(self.body.items.every((item) => !item.text.includes('Alex Morgan'))).toBe(true);
    const peer = await new ApiClient(t.baseUrl).get<Questionnaire>(`/api/responses/${tokenOf(linkIn(t.mailbox.to('peer-1-')[0]))}`);
    expect(peer.body.group).toMatchObject({ id: 'peer', anonymous: true });
    expect(peer.body.items.some((item) => item.text.includes('Alex Morgan'))).toBe(true);
    expect(peer.body.items.length).toBeGreaterThanOrEqual(24);

    const bossPage = await openRaterLink(linkIn(t.mailbox.to('boss-1-')[0]));
    const html = bossPage.html;
    expect(bossPage.status).toBe(200);
    expect(bossPage.headers.get('referrer-policy')).toBe('no-referrer');
    expect(html).toContain('Your answers are not anonymous');
    expect(html).toContain('type="radio"');
    // No inline script: the page's one script is the form's autosave, an empty-bodied tag naming a file of this site.
    expect([...html.matchAll(/<script[^>]*>[^<]*<\/script>/g)].map(([tag]) => tag)).toEqual(['<script src="/r/assets/autosave.js" defer></script>']);
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('takes answers as JSON and as a plain HTML form, with a saved draft on the way', async () => {
    const groupOf = (mail: ReceivedMail): string =>
      mail.to.includes('leader-') ? 'self' : (/(boss|peer|direct-report|other)-/.exec(mail.to)?.[1].replace('-', '_') ?? '?');
    const answering = mails.filter((mail) => !mail.to.includes('peer-4-'));
    unansweredPeerToken = tokenOf(linkIn(t.mailbox.to('peer-4-')[0]));
    for (const [raterIndex, mail] of answering.entries()) {
      const group = groupOf(mail);
      const token = tokenOf(linkIn(mail));
      const rater = new ApiClient(t.baseUrl);
      const q = (await rater.get<Questionnaire>(`/api/responses/${token}`)).body;
      const ratings = Object.fromEntries(q.items.map((item, itemIndex) => [item.id, ratingFor(raterIndex, itemIndex, group)]));
      const texts: Record<string, unknown> = {};
      const said: string[] = [];
      for (const question of q.questions) {
        if (question.type === 'text') {
          texts[question.id] = `${group} ${raterIndex} on ${question.id}: listens well in meetings and explains decisions clearly`;
          said.push(texts[question.id] as string);
        } else {
          texts[question.id] = { start: `${group} ${raterIndex} start: delegate more to the team`, stop: `${group} ${raterIndex} stop: unicorn juggling` };
          said.push(`${group} ${raterIndex} start: delegate more to the team`, `${group} ${raterIndex} stop: unicorn juggling`);
        }
      }
      sent.push({ group, ratings, texts: said });

      const viaForm = mail.to.includes('peer-1-') || mail.to.includes('other-1-');
      if (viaForm) {
        const fields: [string, string][] = Object.entries(ratings).map(([id, value]) => [id, value === null ? 'na' : String(value)]);
        for (const [id, value] of Object.entries(texts)) {
          if (typeof value === 'string') fields.push([id, value]);
          else for (const [part, text] of Object.entries(value as Record<string, string>)) fields.push([`${id}[${part}]`, text]);
        }
        const saved = await rater.postForm(`/r/${token}`, [...fields, ['action', 'save']]);
        expect(saved.status).toBe(200);
        expect(saved.body).toContain('Your answers are saved');
        const draft = await rater.get<Questionnaire>(`/api/responses/${token}`);
        expect(draft.body.draft?.answers).toMatchObject(Object.fromEntries(Object.entries(ratings).filter(([, value]) => value !== null)));
        const submitted = await rater.postForm(`/r/${token}`, [...fields, ['action', 'submit']]);
        expect(submitted.status).toBe(201);
        expect(submitted.body).toContain('Thank you');
      } else {
        if (raterIndex === 2) expect((await rater.put(`/api/responses/${token}/draft`, { answers: { [q.items[0].id]: 3 } })).status).toBe(204);
        const result = await rater.post(`/api/responses/${token}`, { answers: { ...ratings, ...texts } });
        expect(result.status).toBe(201);
        expect(result.body).toEqual({ received: true });
      }
      const again = await rater.post(`/api/responses/${token}`, { answers: { ...ratings } });
      expect(again.status).toBe(409);
    }
    expect(sent).toHaveLength(10);
  });

  it('shows progress per group without saying who answered', async () => {
    const progress = await coach.get(`/api/campaigns/${campaignId}/progress`);
    expect(progress.body).toEqual({
      status: 'open',
      invited: 11,
      responded: 10,
      aggregated: expect.any(Number),
      declined: 0,
      declineReasons: [],
      interviews: {},
      groups: {
        self: { invited: 1, responded: 1, declined: 0, notDelivered: 0 },
        boss: { invited: 1, responded: 1, declined: 0, notDelivered: 0 },
        peer: { invited: 4, responded: 3, declined: 0, notDelivered: 0 },
        direct_report: { invited: 3, responded: 3, declined: 0, notDelivered: 0 },
        other: { invited: 2, responded: 2, declined: 0, notDelivered: 0 },
      },
    });
  });

  it('reports the numbers the raters gave, merging the two "others" into a bucket that meets its threshold', async () => {
    await waitForAggregated(coach, campaignId, 10);
    const report = (await coach.get<Report>(`/api/campaigns/${campaignId}/report`)).body;
    expect(report.aggregatedResponses).toBe(10);

    const shown = report.buckets.filter((bucket) => bucket.shown);
    expect(shown.find((bucket) => bucket.groups.includes('other'))?.groups.length).toBeGreaterThan(1);
    expect(shown.every((bucket) => bucket.groups.includes('boss') || bucket.responses >= 3)).toBe(true);

    const survey = (await coach.get<{ themes: { id: string; items: { id: string }[] }[] }>('/api/surveys/leadership-360')).body;
    let shownBucketCells = 0;
    let suppressedSmallCells = 0;
    for (const theme of survey.themes) {
      const itemIds = theme.items.map((item) => item.id);
      const ratingsOf = (groups: string[]) => sent.filter((answer) => groups.includes(answer.group)).map((answer) => itemIds.map((id) => answer.ratings[id]));
      const reported = report.themes.find((candidate) => candidate.id === theme.id);
      const others = expectedFor(ratingsOf(['boss', 'peer', 'direct_report', 'other']));
      const self = expectedFor(ratingsOf(['self']));
      expect(reported?.scores.others).toMatchObject({ n: others.n, ratings: others.ratings });
      close(reported?.scores.others?.mean, others.mean);
      close(reported?.scores.others?.sd, others.sd);
      close(reported?.scores.self?.mean, self.mean);
      close(reported?.gap ?? null, (self.mean ?? 0) - (others.mean ?? 0));
      expect(['strength', 'development_area', 'blind_spot', 'hidden_strength', 'neutral']).toContain(reported?.classification);

      for (const itemId of itemIds) {
        for (const bucket of shown.filter((candidate) => !candidate.groups.includes('boss'))) {
          const cell = report.items.find((item) => item.id === itemId)?.scores[bucket.id];
          const expected = expectedFor(sent.filter((answer) => bucket.groups.includes(answer.group)).map((answer) => [answer.ratings[itemId]]));
          // A shown figure is exact; fewer than 3 raters is never shown (more may be hidden to protect another bucket).
          if (cell) {
            close(cell.mean, expected.mean);
            expect(cell.n).toBeGreaterThanOrEqual(3);
            shownBucketCells += 1;
          } else if (expected.n > 0 && expected.n < 3) {
            suppressedSmallCells += 1;
          }
        }
      }
    }
    expect(shownBucketCells).toBeGreaterThan(20);
    expect(suppressedSmallCells).toBeGreaterThan(0);
    expect(report.priorities.length).toBeGreaterThanOrEqual(2);
    expect(report.priorities.length).toBeLessThanOrEqual(3);
    expect(report.priorities.every((priority) => priority.reason.length > 20)).toBe(true);

    const shownTexts = [
      ...report.themes.flatMap((theme) => theme.comments.map((comment) => comment.text)),
      ...report.unthemedComments.map((comment) => comment.text),
      ...report.startStopContinue.start.map((entry) => entry.text),
      ...report.startStopContinue.stop.map((entry) => entry.text),
    ];
    // The two others' ratings count within a bucket, but their words wait until three others answered.
    for (const text of sent.filter((answer) => answer.group !== 'other').flatMap((answer) => answer.texts)) expect(shownTexts).toContain(text);
    for (const text of sent.filter((answer) => answer.group === 'other').flatMap((answer) => answer.texts)) expect(shownTexts).not.toContain(text);
    // Others are merged into a bucket: the note names the bucket, never how many of its others answered.
    const withOthers = report.buckets.find((bucket) => bucket.groups.includes('other'));
    expect(withOthers?.groups.length).toBeGreaterThan(1);
    expect(report.commentNotes).toEqual([`Some comments from ${withOthers?.label} are held back until more of their raters have answered.`]);
    const labelled = [...report.themes.flatMap((theme) => theme.comments), ...report.unthemedComments];
    expect(labelled.some((comment) => comment.bucket === 'other')).toBe(false);
    expect(report.startStopContinue.stop.some((entry) => entry.text.includes('unicorn'))).toBe(true);

    const csv = await coach.request<string>('GET', `/api/campaigns/${campaignId}/report.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const rows = csv.body.split('\r\n');
    const communication = report.themes.find((theme) => theme.id === 'communication');
    expect(rows).toContain(
      `"theme","communication","${communication?.title}","","","All others",${communication?.scores.others?.n},${communication?.scores.others?.ratings},${communication?.scores.others?.mean},${communication?.scores.others?.sd},`,
    );
    expect(rows.join('\n')).not.toContain('unicorn');
  });

  it('reminds only the rater who has not answered, then closes: links answer 410', async () => {
    const before = t.mailbox.messages.length;
    const reminded = await coach.post(`/api/campaigns/${campaignId}/remind`);
    expect(reminded.status).toBe(202);
    expect(reminded.body).toEqual({ reminded: 1 });
    await t.mailbox.waitForCount(before + 1);
    // Every reminder job has run: any mail beyond the one would be here by now.
    await waitForDrainedQueue(t.app.get(JobQueueService).queue(QueueName.Email), 'the reminder jobs to finish');
    const reminders = t.mailbox.messages.slice(before);
    expect(reminders).toHaveLength(1);
    expect(reminders[0].to).toContain('peer-4-');
    expect(reminders[0].subject).toMatch(/^Reminder/);
    expect(tokenOf(linkIn(reminders[0]))).toBe(unansweredPeerToken);

    expect((await coach.post(`/api/campaigns/${campaignId}/close`)).status).toBe(200);
    expect((await new ApiClient(t.baseUrl).get(`/api/responses/${unansweredPeerToken}`)).status).toBe(410);
    const page = await fetch(`${t.baseUrl}/r/${unansweredPeerToken}`);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain('This survey has closed');
    expect((await coach.get(`/api/campaigns/${campaignId}/progress`)).body).toMatchObject({ status: 'closed' });
  });
});
