import type { Report } from '../../src/reports/assembly/report.types';
import { ApiClient, draftCampaign, raters, signUpCoach, waitForAggregated } from '../factories/api-client';
import { linkIn, tokenOf } from '../utils/mailbox';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(90_000);

interface ReviewedComment {
  id: string;
  text: string;
  kind: string;
  themeIds: string[];
  engineThemeIds: string[];
  secondThemeId: string | null;
  confidence: number | null;
  language: string | null;
  themingFailed: boolean;
  needsReview: boolean;
  decision: string | null;
  changed: boolean;
}
interface Review {
  version: number;
  released: boolean;
  reviewBelow: number;
  summary: Report['commentReview'];
  themes: { id: string; title: string }[];
  comments: ReviewedComment[];
}

const PEER_COMMENTS = [
  'Has a strong sense of where the product should go.',
  'Lost the biggest account of the year and was back on it the next morning.',
  'Lovely person, really glad he joined us.',
];
const HELD_BACK = 'Only one direct report wrote this, so nobody may read it yet.';

/** The coach's review of comment themes, through the API: what it lists, what it changes in the report, and that a released version refuses it. */
describe("the coach's review of comment themes before release", () => {
  let t: TestApp;
  let coach: ApiClient;
  let campaignId: string;
  let tokens: (prefix: string) => string[];

  const answer = async (token: string, comment: string): Promise<void> => {
    const questionnaire = (await new ApiClient(t.baseUrl).get<{ items: { id: string }[] }>(`/api/responses/${token}`)).body;
    const answers: Record<string, unknown> = Object.fromEntries(questionnaire.items.map((item) => [item.id, 4]));
    answers.strengths = comment;
    expect((await new ApiClient(t.baseUrl).post(`/api/responses/${token}`, { answers })).status).toBe(201);
  };
  const review = async (query = ''): Promise<Review> => {
    const result = await coach.get<Review>(`/api/campaigns/${campaignId}/report/review${query}`);
    expect(result.status).toBe(200);
    return result.body;
  };
  const byText = (list: Review, text: string): ReviewedComment => list.comments.find((comment) => comment.text === text) as ReviewedComment;
  const themeOf = (report: Report, text: string): string[] =>
    report.themes.filter((theme) => theme.comments.some((comment) => comment.text === text)).map((theme) => theme.id);

  beforeAll(async () => {
    t = await startTestApp();
    coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    ({ campaignId } = await draftCampaign(coach, { raters: [...raters('peer', 6), ...raters('direct_report', 3)] }));
    await coach.post(`/api/campaigns/${campaignId}/launch`);
    const mails = await t.mailbox.waitForCount(10);
    tokens = (prefix) => mails.filter((mail) => mail.to.includes(prefix)).map((mail) => tokenOf(linkIn(mail)));
    for (const [index, token] of tokens('peer-').slice(0, 3).entries()) await answer(token, PEER_COMMENTS[index]);
    await answer(tokens('direct-report-')[0], HELD_BACK);
    await waitForAggregated(coach, campaignId, 4);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('has nothing to review before the report is first read', async () => {
    const result = await coach.get(`/api/campaigns/${campaignId}/report/review`);
    expect([result.status, (result.body as { message: string }).message]).toEqual([409, 'There is no report version to review yet: read the report first']);
  });

  it("lists the version's comments least confident first, with nothing about who wrote them, and none of a group below its comment threshold", async () => {
    const report = (await coach.get<Report>(`/api/campaigns/${campaignId}/report`)).body;
    expect(report.commentReview).toMatchObject({ status: 'not_reviewed', comments: 3, reviewed: 0, changed: 0 });
    expect(report.commentReview.statement).toBe('The themes of the 3 comments were placed by software and not reviewed by the coach.');
    const list = await review();
    expect(list).toMatchObject({ version: 1, released: false });
    expect(list.comments.map((comment) => comment.text).sort()).toEqual([...PEER_COMMENTS].sort());
    expect(JSON.stringify(list)).not.toContain(HELD_BACK);
    for (const comment of list.comments) {
      expect(Object.keys(comment).sort()).toEqual([
        'changed',
        'confidence',
        'decision',
        'engineThemeIds',
        'id',
        'kind',
        'language',
        'needsReview',
        'secondThemeId',
        'text',
        'themeIds',
        'themingFailed',
      ]);
      expect(comment.themingFailed).toBe(false);
      expect(comment.confidence).toBeGreaterThan(0);
      expect(comment.needsReview).toBe((comment.confidence as number) < list.reviewBelow);
    }
    const confidences = list.comments.map((comment) => comment.confidence as number);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
  });

  it('files a comment where the coach puts it, in the report JSON and page, which say the themes were reviewed and how many changed', async () => {
    const list = await review('?version=1');
    const vision = byText(list, PEER_COMMENTS[0]);
    const moved = await coach.put<{ comment: ReviewedComment; summary: Report['commentReview'] }>(`/api/campaigns/${campaignId}/report/review/${vision.id}`, {
      version: 1,
      decision: 'move',
      themeId: 'vision',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.comment).toMatchObject({
      themeIds: ['vision'],
      engineThemeIds: vision.engineThemeIds,
      decision: 'move',
      changed: JSON.stringify(vision.engineThemeIds) !== JSON.stringify(['vision']),
    });
    const pleasantry = byText(list, PEER_COMMENTS[2]);
    expect((await coach.put(`/api/campaigns/${campaignId}/report/review/${pleasantry.id}`, { version: 1, decision: 'unthemed' })).status).toBe(200);
    const account = byText(list, PEER_COMMENTS[1]);
    await coach.put(`/api/campaigns/${campaignId}/report/review/${account.id}`, { version: 1, decision: 'move', themeId: 'composure' });
    const both = await coach.put<{ comment: ReviewedComment }>(`/api/campaigns/${campaignId}/report/review/${account.id}`, {
      version: 1,
      decision: 'add_second',
      themeId: 'execution',
    });
    expect(both.body.comment.themeIds).toEqual(['execution', 'composure']);

    const report = (await coach.get<Report>(`/api/campaigns/${campaignId}/report?version=1`)).body;
    expect(themeOf(report, PEER_COMMENTS[0])).toEqual(['vision']);
    expect(themeOf(report, PEER_COMMENTS[1])).toEqual(['execution', 'composure']);
    expect(themeOf(report, PEER_COMMENTS[2])).toEqual([]);
    expect(report.unthemedComments.map((comment) => comment.text)).toContain(PEER_COMMENTS[2]);
    const changed = list.comments.filter((comment) => {
      const after = { [vision.id]: ['vision'], [pleasantry.id]: [], [account.id]: ['execution', 'composure'] }[comment.id];
      return JSON.stringify(after) !== JSON.stringify(comment.engineThemeIds);
    }).length;
    expect(report.commentReview).toEqual({
      status: 'reviewed',
      comments: 3,
      reviewed: 3,
      changed,
      statement: `The coach reviewed the themes of all 3 comments placed by software and ${changed === 0 ? 'changed none' : `changed ${changed}`} of them.`,
    });
    const page = await coach.request<string>('GET', `/coach/campaigns/${campaignId}/report?version=1`, undefined, { accept: 'text/html' });
    expect(page.body).toContain(report.commentReview.statement);
  });

  it('refuses bad input with a 400 naming the field, and an unknown comment or version with a 404', async () => {
    const [first] = (await review()).comments;
    const put = (commentId: string, body: unknown) =>
      coach.put<{ message: string | string[] }>(`/api/campaigns/${campaignId}/report/review/${commentId}`, body);
    const refusals = [
      await put(first.id, { version: 1, decision: 'maybe' }),
      await put(first.id, { version: 1, decision: 'move' }),
      await put(first.id, { version: 1, decision: 'move', themeId: 'charisma' }),
      await put(first.id, { version: 'one', decision: 'confirm' }),
    ];
    expect(refusals.map((result) => [result.status, [result.body.message].flat().join('; ').split(':')[0]])).toEqual([
      [400, 'decision'],
      [400, 'themeId'],
      [400, 'themeId'],
      [400, 'version'],
    ]);
    expect((await put('5d0c1a4e-8b7f-4c3d-9e2a-1f0b6c7d8e9f', { version: 1, decision: 'confirm' })).status).toBe(404);
    // Another coach, with the real ids: the same 404, and nothing changes.
    const intruder = (await signUpCoach(new ApiClient(t.baseUrl), 'Intruder')).api;
    expect((await intruder.get(`/api/campaigns/${campaignId}/report/review?version=1`)).status).toBe(404);
    expect((await intruder.put(`/api/campaigns/${campaignId}/report/review/${first.id}`, { version: 1, decision: 'unthemed' })).status).toBe(404);
    expect(byText(await review('?version=1'), first.text)).toEqual(first);
    expect((await put(first.id, { version: 7, decision: 'confirm' })).status).toBe(404);
    expect((await coach.get(`/api/campaigns/${campaignId}/report/review?version=0`)).status).toBe(400);
  });

  it('refuses any change to a released version, which stays exactly as released', async () => {
    expect((await coach.post(`/api/campaigns/${campaignId}/report/release`, { version: 1 })).status).toBe(200);
    const before = (await coach.get<Report>(`/api/campaigns/${campaignId}/report?version=1`)).body;
    const list = await review('?version=1');
    expect(list.released).toBe(true);
    const refused = await coach.put<{ message: string }>(`/api/campaigns/${campaignId}/report/review/${list.comments[0].id}`, {
      version: 1,
      decision: 'unthemed',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/released to the leader and never changes/);
    const after = (await coach.get<Report>(`/api/campaigns/${campaignId}/report?version=1`)).body;
    expect({ ...after, pending: null }).toEqual({ ...before, pending: null });
  });

  it("starts a later version from the coach's decisions on the same comments, and its new comments from software's placement", async () => {
    const late = 'Runs the clearest meetings in the building.';
    for (const token of tokens('peer-').slice(3, 6)) await answer(token, late);
    await waitForAggregated(coach, campaignId, 7);
    const report = (await coach.get<Report>(`/api/campaigns/${campaignId}/report`)).body;
    expect(report.version?.number).toBe(2);
    expect(themeOf(report, PEER_COMMENTS[0])).toEqual(['vision']);
    expect(report.commentReview).toMatchObject({ status: 'partly_reviewed', comments: 6, reviewed: 3 });
    const list = await review();
    expect(list.version).toBe(2);
    expect(byText(list, PEER_COMMENTS[0])).toMatchObject({ themeIds: ['vision'], decision: 'move' });
    expect(list.comments.filter((comment) => comment.text === late).map((comment) => comment.decision)).toEqual([null, null, null]);
    const newest = list.comments.find((comment) => comment.text === late) as ReviewedComment;
    expect((await coach.put(`/api/campaigns/${campaignId}/report/review/${newest.id}`, { version: 2, decision: 'confirm' })).status).toBe(200);
    expect((await coach.get<Report>(`/api/campaigns/${campaignId}/report?version=1`)).body.commentReview.reviewed).toBe(3);
  });
});
