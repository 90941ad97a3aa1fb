import { waitUntil } from '../../src/common/wait-until';
import { ApiClient, draftCampaign, raters, type RaterView, ratersOf, signUpCoach } from '../factories/api-client';
import { CoachBrowser, decodeEntities } from '../utils/coach-pages';
import { countSweeps, waitForSweepAndMailJobs } from '../utils/mail-sweeps';
import { linkIn, type ReceivedMail, tokenOf } from '../utils/mailbox';
import { openRaterLink } from '../utils/rater-link';
import { startTestApp, type TestApp } from '../utils/test-app';

jest.setTimeout(120_000);

/**
 * A rater's language, set by the coach through the API and in a pasted list: their invitation,
 * reminder and thank-you travel through the real SMTP path in French, and their link opens the
 * form in French without the browser asking for it; English raters of the same campaign are
 * written to in English.
 */
describe('mail and form in the language the coach set for each rater', () => {
  let t: TestApp;
  let sweeps: () => number;

  beforeAll(async () => {
    t = await startTestApp();
    sweeps = countSweeps(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('invites, reminds and thanks French raters in French and English raters in English', async () => {
    const { api: coach, email: coachEmail } = await signUpCoach(new ApiClient(t.baseUrl), 'Robin Coach');
    const english = raters('peer', 2);
    const { campaignId } = await draftCampaign(coach, { raters: english, closesAt: new Date('2030-03-15T17:00:00Z') });
    const tag = english[0].email.split('-').pop();
    const camille = `camille-${tag}`;
    const lea = `lea-${tag}`;

    // Through the API: a language the product does not speak is refused, naming the field.
    const unknown = await coach.post(`/api/campaigns/${campaignId}/raters`, {
      raters: [{ name: 'Camille Dubois', email: camille, group: 'peer', language: 'xx' }],
    });
    expect([unknown.status, unknown.body]).toMatchObject([
      400,
      { message: ['raters.0.language: must be one of the languages raters can be asked in: en, fr'] },
    ]);
    const added = await coach.post<{ raters: RaterView[] }>(`/api/campaigns/${campaignId}/raters`, {
      raters: [{ name: 'Camille Dubois', email: camille, group: 'peer', language: 'fr' }],
    });
    expect(added.status).toBe(201);

    // Through the coach's pasted list: a fourth column; an unknown language is a problem of its line.
    const browser = new CoachBrowser(t.baseUrl);
    expect((await browser.post('/coach/login', { email: coachEmail, password: 'correct horse battery' })).status).toBe(303);
    const page = await browser.get(`/coach/campaigns/${campaignId}`);
    const csv = `name,email,group,language\nLéa Martin,${lea},peer,fr\nMax Klein,max-${tag},peer,xx\n`;
    const preview = await browser.post(`/coach/campaigns/${campaignId}/raters/preview`, { csv }, page.html);
    expect(preview.status).toBe(200);
    expect(decodeEntities(preview.html)).toMatch(
      /<td class="num">3<\/td><th scope="row">Max Klein<\/th>.*language: “xx” is not a language raters can be asked in \(en, fr\)/,
    );
    expect((await browser.post(`/coach/campaigns/${campaignId}/raters/import`, { csv }, preview.html)).status).toBe(303);

    const listed = await ratersOf(coach, campaignId);
    const languageOf = (email: string) => listed.find((rater) => rater.email === email)?.language;
    expect([languageOf(camille), languageOf(lea), languageOf(english[0].email), languageOf(`max-${tag}`)]).toEqual(['fr', 'fr', null, undefined]);

    // The coach may also set it later, and clear it; a bad value or an empty change is refused.
    const later = listed.find((rater) => rater.email === english[1].email)?.id ?? '';
    const bad = await coach.patch(`/api/campaigns/${campaignId}/raters/${later}`, { language: 'xx' });
    expect([bad.status, bad.body]).toMatchObject([400, { message: ['language: must be one of the languages raters can be asked in: en, fr'] }]);
    const empty = await coach.patch(`/api/campaigns/${campaignId}/raters/${later}`, {});
    expect([empty.status, empty.body]).toMatchObject([400, { message: ['body: name the email or the language to change'] }]);
    expect((await coach.patch<RaterView>(`/api/campaigns/${campaignId}/raters/${later}`, { language: 'fr' })).body.language).toBe('fr');
    expect((await coach.patch<RaterView>(`/api/campaigns/${campaignId}/raters/${later}`, { language: null })).body.language).toBeNull();

    expect((await coach.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(202);
    const everyone = [camille, lea, ...english.map((rater) => rater.email)];
    await waitUntil(() => everyone.every((email) => t.mailbox.to(email).length === 1), { what: 'the four invitations' });
    const [invitation] = t.mailbox.to(camille);

    expect(invitation.subject).toBe('Votre avis sur Alex Morgan : Feedback 360° sur le leadership');
    const html = decodeEntities(invitation.html);
    expect(html).toContain('<html lang="fr"');
    for (const part of [invitation.text, html]) {
      expect(part).toMatch(/Bonjour Camille Dubois,/);
      expect(part).toContain('Robin Coach accompagne');
      expect(part).toMatch(/Merci de répondre avant le (<strong>)?vendredi 15 mars 2030 à 17 h 00 UTC/);
      expect(part).toContain('Vous faites partie du groupe « Pairs ».');
      expect(part).toContain('Personne, pas même Robin Coach, ne voit qui a répondu');
      expect(part).not.toMatch(/Dear|Please|anonymous|Give your feedback/);
    }
    expect(html).toContain('Donner mon avis</a>');
    expect(t.mailbox.to(lea)[0].subject).toBe(invitation.subject);

    const [englishInvitation] = t.mailbox.to(english[0].email);
    expect(englishInvitation.subject).toBe('Your feedback on Alex Morgan: Leadership 360');
    expect(englishInvitation.text).toContain('Please answer by Friday 15 March 2030 at 17:00 UTC.');
    expect(decodeEntities(englishInvitation.html)).toContain('<html lang="en"');

    // The link opens the form in French though the client asks for no language.
    const form = await openRaterLink(linkIn(invitation));
    expect(form.status).toBe(200);
    expect(form.html).toContain('<html lang="fr"');
    expect(decodeEntities(form.html)).toContain('Avant de commencer');
    // Sent with nothing said, the form says so in French too.
    const guard = /name="guard" value="([0-9a-f]{64})"/.exec(form.html)?.[1] ?? '';
    const nothingSaid = await fetch(form.url, {
      method: 'POST',
      headers: { cookie: form.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ action: 'review', guard }).toString(),
    });
    expect(nothingSaid.status).toBe(400);
    expect(decodeEntities(await nothingSaid.text())).toContain('Notez au moins une affirmation ou écrivez un commentaire avant d’envoyer.');
    const englishForm = await openRaterLink(linkIn(englishInvitation));
    expect(englishForm.html).toContain('<html lang="en"');
    expect(englishForm.html).toContain('Before you start');

    // Set after launch, a language counts from the next mail: the reminder.
    expect((await coach.patch(`/api/campaigns/${campaignId}/raters/${later}`, { language: 'fr' })).status).toBe(200);
    expect((await coach.post(`/api/campaigns/${campaignId}/remind`)).status).toBe(202);
    await waitUntil(() => everyone.every((email) => t.mailbox.to(email).length === 2), { what: 'the four reminders' });
    const reminderTo = (email: string): ReceivedMail => t.mailbox.to(email)[1];
    for (const email of [camille, lea, english[1].email]) {
      expect(reminderTo(email).subject).toBe('Rappel : votre avis sur Alex Morgan');
      expect(reminderTo(email).text).toContain('Petit rappel : votre avis sur Alex Morgan serait toujours le bienvenu.');
    }
    expect(reminderTo(english[0].email).subject).toBe('Reminder: your feedback on Alex Morgan');

    for (const email of [camille, english[0].email]) {
      const token = tokenOf(linkIn(t.mailbox.to(email)[0]));
      const rater = new ApiClient(t.baseUrl);
      const q = (await rater.get<{ items: { id: string }[] }>(`/api/responses/${token}`)).body;
      expect((await rater.post(`/api/responses/${token}`, { answers: { [q.items[0].id]: 4 } })).status).toBe(201);
    }
    expect((await coach.post(`/api/campaigns/${campaignId}/close`)).status).toBe(200);
    await waitUntil(() => t.mailbox.to(camille).length === 3 && t.mailbox.to(english[0].email).length === 3, { what: 'the two thank-you mails' });
    await waitForSweepAndMailJobs(t, sweeps);

    const thanks = t.mailbox.to(camille)[2];
    expect(thanks.subject).toBe('Merci pour votre avis sur Alex Morgan');
    for (const part of [thanks.text, decodeEntities(thanks.html)]) {
      expect(part).toContain('L’enquête est maintenant close');
      expect(part).toContain('pour que même son moment ne dise pas quand vous avez répondu');
      expect(part).not.toMatch(/Thank you|Dear/);
    }
    expect(t.mailbox.to(english[0].email)[2].subject).toBe('Thank you for your feedback on Alex Morgan');
    // Only those who answered are thanked.
    expect(t.mailbox.to(lea)).toHaveLength(2);
  });
});
