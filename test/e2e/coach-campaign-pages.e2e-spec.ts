import { ApiClient } from '../factories/api-client';
import { type CoachBrowser, fieldError, idIn, postFile, signUpInBrowser } from '../utils/coach-pages';
import { linkIn, tokenOf } from '../utils/mailbox';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(60_000);

describe('a campaign in the browser', () => {
  let t: TestApp;
  let browser: CoachBrowser;
  let campaignId: string;
  let engagementId: string;

  beforeAll(async () => {
    t = await startTestApp();
    ({ browser } = await signUpInBrowser(t.baseUrl));
    const form = await browser.get('/coach/engagements/new');
    const engagement = await browser.post(
      '/coach/engagements',
      { title: 'Alex', 'leader[name]': 'Alex Morgan', 'leader[email]': 'alex@example.com', 'sponsor[name]': '', 'sponsor[email]': '' },
      form.html,
    );
    engagementId = idIn(engagement.location, 'engagements');
    const created = await browser.post(
      `/coach/engagements/${engagementId}/campaigns`,
      { surveyId: 'leadership-360', phase: 'baseline', closesOn: '' },
      form.html,
    );
    campaignId = idIn(created.location, 'campaigns');
  });
  afterAll(async () => {
    await t?.close();
  });

  const campaignPage = () => browser.get(`/coach/campaigns/${campaignId}`);

  it('refuses a rater beside the field: the leader, someone already asked, a bad email', async () => {
    const page = await campaignPage();
    const leader = await browser.post(`/coach/campaigns/${campaignId}/raters`, { name: 'Alex', email: 'ALEX@example.com', group: 'peer' }, page.html);
    expect(leader.status).toBe(400);
    expect(fieldError(leader.html, 'f-email')).toContain("is the leader's email");
    expect(leader.html).toContain('value="ALEX@example.com"');
    const bad = await browser.post(`/coach/campaigns/${campaignId}/raters`, { name: 'Sam', email: 'sam@', group: 'nobody' }, page.html);
    expect([fieldError(bad.html, 'f-email'), fieldError(bad.html, 'f-group')]).toEqual([
      'must be an email address',
      'must be one of: self, boss, peer, direct_report, other',
    ]);
    expect((await browser.post(`/coach/campaigns/${campaignId}/raters`, { name: 'Sam', email: 'sam@example.com', group: 'peer' }, page.html)).status).toBe(303);
    const twice = await browser.post(`/coach/campaigns/${campaignId}/raters`, { name: 'Sam', email: 'sam@example.com', group: 'peer' }, page.html);
    expect(fieldError(twice.html, 'f-email')).toBe('is already a rater of this campaign');
  });

  it('sets a rater’s language with the form or the list, and refuses one raters cannot be asked in, naming the line and the column', async () => {
    // A campaign of its own, so that the raters of the others stay as they are.
    const form = await campaignPage();
    const created = await browser.post(
      `/coach/engagements/${engagementId}/campaigns`,
      { surveyId: 'leadership-360', phase: 'baseline', closesOn: '' },
      form.html,
    );
    const id = idIn(created.location, 'campaigns');
    const campaign = () => browser.get(`/coach/campaigns/${id}`);
    const page = await campaign();
    expect(page.html).toMatch(/<label[^>]*for="f-language"[^>]*>Language<\/label>/);
    const unknown = await browser.post(`/coach/campaigns/${id}/raters`, { name: 'Ana', email: 'ana@example.com', group: 'peer', language: 'xx' }, page.html);
    expect(unknown.status).toBe(400);
    expect(fieldError(unknown.html, 'f-language')).toBe('must be one of the languages raters can be asked in: en, fr');
    const french = await browser.post(`/coach/campaigns/${id}/raters`, { name: 'Ana', email: 'ana@example.com', group: 'peer', language: 'fr' }, page.html);
    expect(french.status).toBe(303);
    expect(
      (await browser.post(`/coach/campaigns/${id}/raters`, { name: 'Sam', email: 'sam@example.com', group: 'peer', language: '' }, page.html)).status,
    ).toBe(303);

    const csv = 'name,email,group,language\nLou,lou@example.com,peer,fr\nMax,max@example.com,peer,xx\n';
    const preview = await browser.post(`/coach/campaigns/${id}/raters/preview`, { csv }, page.html);
    expect(preview.status).toBe(200);
    expect(preview.html).toMatch(/<td class="num">3<\/td><th scope="row">Max<\/th>.*language: “xx” is not a language raters can be asked in \(en, fr\)/);
    expect((await browser.post(`/coach/campaigns/${id}/raters/import`, { csv }, preview.html)).status).toBe(303);
    const after = (await campaign()).html;
    for (const email of ['ana@example.com', 'lou@example.com']) expect(after).toContain(`<td>${email}</td><td>Peers</td><td>Français</td>`);
    expect(after).toContain('<td>sam@example.com</td><td>Peers</td><td>Not set: the browser’s</td>');
    expect(after).not.toContain('max@example.com');
  });

  it('checks an uploaded file before saving anything, and refuses one too large beside the file field', async () => {
    const page = await campaignPage();
    const csv = 'name,email,group\nKim,kim@example.com,peer\nLee,lee@example.com,Direct reports\nPat,pat@example.com,friends\n';
    const preview = await postFile(browser, `/coach/campaigns/${campaignId}/raters/upload`, page.html, { name: 'raters.csv', content: csv });
    expect(preview.status).toBe(200);
    expect(preview.html).toContain('2 raters ready to add; 1 line has a problem');
    expect(preview.html).toContain('“friends” is not a group of this survey (Manager, Peers, Direct reports, Others)');
    expect((await campaignPage()).html).not.toContain('kim@example.com');

    const added = await browser.post(`/coach/campaigns/${campaignId}/raters/import`, { csv }, preview.html);
    expect(added.location).toBe(`/coach/campaigns/${campaignId}?done=imported`);
    const after = await campaignPage();
    expect(after.html).toContain('kim@example.com');
    expect(after.html).not.toContain('pat@example.com');

    const huge = await postFile(browser, `/coach/campaigns/${campaignId}/raters/upload`, page.html, {
      name: 'big.csv',
      content: Buffer.alloc(300 * 1024, 'a'),
    });
    expect(huge.status).toBe(400);
    expect(fieldError(huge.html, 'f-file')).toBe('is too large: at most 256 kB');
    // Without the page's form token, nothing is read at all.
    const forged = await postFile(
      browser,
      `/coach/campaigns/${campaignId}/raters/upload`,
      page.html.replace(/name="csrf" value="[0-9a-f]{64}"/g, `name="csrf" value="${'0'.repeat(64)}"`),
      {
        name: 'raters.csv',
        content: csv,
      },
    );
    expect(forged.status).toBe(403);
  });

  it('launches, then shows progress in counts per group and never who answered', async () => {
    const page = await campaignPage();
    const launch = await browser.get(`/coach/campaigns/${campaignId}/launch`);
    expect(launch.html).toContain('Peers: 2 of at least 3.');
    expect(launch.html).toContain('Your feedback on Alex Morgan');
    expect((await browser.post(`/coach/campaigns/${campaignId}/launch`, {}, page.html)).location).toBe(`/coach/campaigns/${campaignId}?done=launched`);
    await t.mailbox.waitForCount(4);
    const token = tokenOf(linkIn(t.mailbox.to('kim@example.com')[0]));
    expect((await new ApiClient(t.baseUrl).post(`/api/responses/${token}`, { answers: { strengths: 'Clear and calm.' } })).status).toBe(201);
    const open = await campaignPage();
    expect(open.html).toMatch(/<th scope="row">Peers<\/th><td class="num">2<\/td><td class="num">1<\/td><td class="num">50%<\/td>/);
    // Kim's row and Sam's row read the same: delivered, nothing about answering.
    const rowOf = (email: string) => new RegExp(`<td>${email}</td><td>[^<]*</td><td>[^<]*</td><td>([^<]*)</td>`).exec(open.html)?.[1];
    expect(rowOf('kim@example.com')).toMatch(/^Invitation delivered/);
    expect(rowOf('kim@example.com')).toBe(rowOf('sam@example.com'));
    expect((await browser.post(`/coach/campaigns/${campaignId}/launch`, {}, page.html)).status).toBe(409);
  });
});
