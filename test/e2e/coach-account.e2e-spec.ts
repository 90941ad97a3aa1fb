import { waitUntil } from '../../src/common/wait-until';
import { ApiClient, signUpCoach } from '../factories/api-client';
import { CoachBrowser, fieldError } from '../utils/coach-pages';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(60_000);

const PASSWORD = 'correct horse battery';

/** The coach's account in the browser: signing up, signing out, and a new password by an emailed link. */
describe('coach account pages', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('signs a coach up, keeps what was typed when the form is refused, and lands on an empty dashboard', async () => {
    const browser = new CoachBrowser(t.baseUrl);
    expect((await browser.get('/coach/signup')).status).toBe(200);
    const refused = await browser.post('/coach/signup', { name: 'Dana Coach', email: 'not-an-email', password: 'short' });
    expect(refused.status).toBe(400);
    expect(fieldError(refused.html, 'f-email')).toBe('must be an email address');
    expect(fieldError(refused.html, 'f-password')).toBe('must be at least 10 characters');
    expect(refused.html).toContain('value="Dana Coach"');
    expect(refused.html).not.toContain('value="short"');

    const email = `dana-${Date.now()}@example.com`;
    const created = await browser.post('/coach/signup', { name: 'Dana Coach', email, password: PASSWORD });
    expect([created.status, created.location]).toEqual([303, '/coach?done=welcome']);
    const home = await browser.get('/coach?done=welcome');
    expect(home.status).toBe(200);
    expect(home.html).toContain('Welcome: your coach account is ready.');
    expect(home.html).toContain('No engagements yet.');

    const again = await new CoachBrowser(t.baseUrl).post('/coach/signup', { name: 'Someone', email, password: PASSWORD });
    expect(again.status).toBe(409);
    expect(fieldError(again.html, 'f-email')).toContain('An account with this email already exists');
  });

  it('refuses a sign-out or a form without the page token', async () => {
    const browser = new CoachBrowser(t.baseUrl);
    const email = `sam-${Date.now()}@example.com`;
    await browser.post('/coach/signup', { name: 'Sam', email, password: PASSWORD });
    expect((await browser.post('/coach/logout', { csrf: '0'.repeat(64) })).status).toBe(403);
    const home = await browser.get('/coach');
    const out = await browser.post('/coach/logout', {}, home.html);
    expect([out.status, out.location]).toEqual([303, '/coach/login']);
    expect((await browser.get('/coach')).location).toBe('/coach/login');
  });

  it('sends a one-time link to choose a new password, never telling whether an account exists', async () => {
    const { email } = await signUpCoach(new ApiClient(t.baseUrl), 'Robin');
    const browser = new CoachBrowser(t.baseUrl);
    const oldSession = new CoachBrowser(t.baseUrl);
    await oldSession.post('/coach/login', { email, password: 'correct horse battery' });
    expect((await oldSession.get('/coach')).status).toBe(200);

    const unknown = await browser.post('/coach/password/forgot', { email: 'nobody@example.com' });
    const known = await browser.post('/coach/password/forgot', { email });
    expect([unknown.status, unknown.location]).toEqual([303, '/coach/login?reset=sent']);
    expect([known.status, known.location]).toEqual([unknown.status, unknown.location]);
    expect((await browser.get('/coach/login?reset=sent')).html).toContain('If an account has this email, a link to choose a new password is on its way.');

    await waitUntil(() => t.mailbox.to(email).length > 0, { what: 'the password mail' });
    expect(t.mailbox.to('nobody@example.com')).toEqual([]);
    const link = /(https?:\/\/\S+\/coach\/password\/reset\/[A-Za-z0-9_-]{43})/.exec(t.mailbox.to(email)[0].text)?.[1] ?? '';
    expect(link).not.toBe('');

    // Opening the link (as a mail scanner would) uses nothing; the token leaves the address.
    const path = new URL(link).pathname;
    const opened = await browser.get(path);
    expect([opened.status, opened.location]).toEqual([303, '/coach/password/reset']);
    const form = await browser.get('/coach/password/reset');
    expect(form.status).toBe(200);
    const guard = /name="guard" value="([0-9a-f]+)"/.exec(form.html)?.[1] ?? '';
    const mismatch = await browser.post('/coach/password/reset', { guard, password: 'a brand new passphrase', confirm: 'something else' });
    expect(mismatch.status).toBe(400);
    expect(fieldError(mismatch.html, 'f-confirm')).toContain('does not match');

    const saved = await browser.post('/coach/password/reset', { guard, password: 'a brand new passphrase', confirm: 'a brand new passphrase' });
    expect([saved.status, saved.location]).toEqual([303, '/coach?done=password']);
    expect((await browser.get('/coach?done=password')).html).toContain('Your new password is saved');
    // The old session ended; the old password no longer works, the new one does; the link is spent.
    expect((await oldSession.get('/coach')).status).toBe(303);
    expect((await new ApiClient(t.baseUrl).post('/api/auth/login', { email, password: 'correct horse battery' })).status).toBe(401);
    expect((await new ApiClient(t.baseUrl).post('/api/auth/login', { email, password: 'a brand new passphrase' })).status).toBe(200);
    expect((await new CoachBrowser(t.baseUrl).get(path)).status).toBe(410);
  });

  it('offers the same through the API', async () => {
    const { email } = await signUpCoach(new ApiClient(t.baseUrl), 'Kim');
    const api = new ApiClient(t.baseUrl);
    expect((await api.post('/api/auth/password-reset', { email: 'nobody-else@example.com' })).status).toBe(202);
    expect((await api.post('/api/auth/password-reset', { email: 'not an email' })).body).toMatchObject({
      statusCode: 400,
      message: ['email: must be an email address'],
    });
    expect((await api.post('/api/auth/password-reset', { email })).status).toBe(202);
    await waitUntil(() => t.mailbox.to(email).length > 0, { what: 'the password mail' });
    const token = /\/coach\/password\/reset\/([A-Za-z0-9_-]{43})/.exec(t.mailbox.to(email)[0].text)?.[1] ?? '';
    expect((await api.post('/api/auth/password-reset/confirm', { token, password: 'short' })).status).toBe(400);
    const confirmed = await api.post<{ token: string }>('/api/auth/password-reset/confirm', { token, password: 'another long passphrase' });
    expect(confirmed.status).toBe(200);
    expect((await api.as(confirmed.body.token).get('/api/engagements')).status).toBe(200);
    expect((await api.post('/api/auth/password-reset/confirm', { token, password: 'another long passphrase' })).status).toBe(410);
  });
});
