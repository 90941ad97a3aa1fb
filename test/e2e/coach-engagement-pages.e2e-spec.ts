import { waitUntil } from '../../src/common/wait-until';
import { type CoachBrowser, fieldError, idIn, signUpInBrowser } from '../utils/coach-pages';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(60_000);

const LEADER = {
  'leader[name]': 'Alex Morgan',
  'leader[email]': 'alex.morgan@example.com',
  'sponsor[name]': 'Jordan Lee',
  'sponsor[email]': 'jordan@example.com',
};
const listening = (value: string): Record<string, string> => ({
  'outcomes[0][text]': 'Heard as a listener',
  'outcomes[0][scope]': 'theme:communication',
  'outcomes[0][source]': 'others',
  'outcomes[0][measure]': 'mean',
  'outcomes[0][operator]': '>=',
  'outcomes[0][value]': value,
  'outcomes[1][text]': '',
  'outcomes[1][scope]': '',
  'outcomes[1][value]': '',
  'outcomes[2][text]': 'A successor is identified',
  'outcomes[2][scope]': '',
  'outcomes[2][value]': '',
});

describe('an engagement in the browser', () => {
  let t: TestApp;
  let browser: CoachBrowser;

  beforeAll(async () => {
    t = await startTestApp();
    ({ browser } = await signUpInBrowser(t.baseUrl));
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates an engagement with outcomes, refusing a wrong indicator beside its field and keeping what was typed', async () => {
    const form = await browser.get('/coach/engagements/new');
    expect(form.status).toBe(200);
    expect(form.html).toContain('<optgroup label="A whole theme">');

    const refused = await browser.post('/coach/engagements', { title: 'Alex: 2026 program', ...LEADER, ...listening('9') }, form.html);
    expect(refused.status).toBe(400);
    expect(fieldError(refused.html, 'f-outcomes-0-value')).toBe('an average is between 1 and 5');
    expect(refused.html).toContain('value="Alex: 2026 program"');
    expect(refused.html).toContain('value="A successor is identified"');
    expect(refused.html).toMatch(/<option value="theme:communication" selected>/);

    const created = await browser.post('/coach/engagements', { title: 'Alex: 2026 program', ...LEADER, ...listening('4') }, form.html);
    expect(created.status).toBe(303);
    const id = idIn(created.location, 'engagements');
    const page = await browser.get(`/coach/engagements/${id}?done=created`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('The engagement is created.');
    expect(page.html).toContain('Measured by others&#x27; average for Communication and listening at or above 4.0');
    expect(page.html).toContain('A successor is identified');
    expect(page.html).toContain('No campaign yet');
  });

  it('edits the outcomes, moves the phase only where it may go, and sends the leader a sign-in link', async () => {
    const form = await browser.get('/coach/engagements/new');
    const id = idIn(
      (await browser.post('/coach/engagements', { title: 'Sam', ...LEADER, 'leader[email]': 'sam@example.com' }, form.html)).location,
      'engagements',
    );
    const outcomes = await browser.get(`/coach/engagements/${id}/outcomes`);
    const saved = await browser.post(
      `/coach/engagements/${id}/outcomes`,
      { ...listening('0.5'), 'outcomes[0][measure]': 'change', 'outcomes[0][scope]': 'item:communication.listens' },
      outcomes.html,
    );
    expect([saved.status, saved.location]).toEqual([303, `/coach/engagements/${id}?done=outcomes`]);
    const page = await browser.get(`/coach/engagements/${id}`);
    expect(page.html).toMatch(/Measured by others&#x27; average for “[^”]+” up by at least \+0\.5 from the baseline/);

    expect((await browser.post(`/coach/engagements/${id}/phase`, { phase: 'coaching' }, page.html)).status).toBe(409);
    const moved = await browser.post(`/coach/engagements/${id}/phase`, { phase: 'assessment' }, page.html);
    expect(moved.status).toBe(303);
    expect((await browser.get(`/coach/engagements/${id}`)).html).toContain('<dt>Phase</dt><dd>Assessment (baseline 360)</dd>');

    const sent = await browser.post(`/coach/engagements/${id}/leader-link`, {}, page.html);
    expect(sent.location).toBe(`/coach/engagements/${id}?done=leader-link`);
    await waitUntil(() => t.mailbox.to('sam@example.com').some((mail) => mail.text.includes('/a/')), { what: 'the leader link' });
    const sponsorView = await browser.get(`/coach/engagements/${id}/sponsor`);
    expect(sponsorView.status).toBe(200);
    expect(sponsorView.html).toContain('This is what the sponsor sees right now');
    expect(sponsorView.html).toContain('Alex Morgan chose what you see here: nothing yet.');
  });

  it('exports the engagement, says what deleting it purges, and then purges it', async () => {
    const form = await browser.get('/coach/engagements/new');
    const id = idIn((await browser.post('/coach/engagements', { title: 'Kim', ...LEADER }, form.html)).location, 'engagements');
    const exported = await browser.get(`/coach/engagements/${id}/export`);
    expect(exported.headers.get('content-disposition')).toBe('attachment; filename="feedback360-engagement-alex-morgan.json"');
    expect(JSON.parse(exported.html)).toMatchObject({ engagement: { id, title: 'Kim' }, campaigns: [] });
    const confirm = await browser.get(`/coach/engagements/${id}/delete`);
    expect(confirm.html).toContain('This cannot be undone.');
    expect(confirm.html).toContain('0 campaigns, with 0 raters besides the leader');
    // Nothing is deleted by reading the confirmation, nor by a form without the page's token.
    expect((await browser.post(`/coach/engagements/${id}/delete`, { csrf: 'f'.repeat(64) })).status).toBe(403);
    expect((await browser.get(`/coach/engagements/${id}`)).status).toBe(200);
    const deleted = await browser.post(`/coach/engagements/${id}/delete`, {}, confirm.html);
    expect(deleted.location).toBe('/coach?done=deleted');
    expect((await browser.get(`/coach/engagements/${id}`)).status).toBe(404);
  });
});
