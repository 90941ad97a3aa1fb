import { waitUntil } from '../../src/common/wait-until';
import { BounceListener } from '../../src/mail/bounces/bounce-listener';
import { MAX_BOUNCE_BYTES } from '../../src/mail/bounces/bounce-limits';
import { ApiClient, draftCampaign, raters, type RaterView, ratersOf, signUpCoach } from '../factories/api-client';
import { decodeEntities } from '../utils/coach-pages';
import { deliveryReport, sendBounce } from '../utils/delivery-report';
import { countSweeps, waitForSweepAndMailJobs } from '../utils/mail-sweeps';
import { linkIn, type ReceivedMail, tokenOf } from '../utils/mailbox';
import { type AppProcess, spawnApp, waitForHealthy } from '../utils/app-process';
import { deleteQueueKeys, freePort, startTestApp, type TestApp, testEnv } from '../utils/test-app';
import { dropDatabase } from '../utils/test-database';

jest.setTimeout(120_000);

interface Progress {
  responded: number;
  groups: Record<string, { invited: number; responded: number; declined: number; notDelivered: number }>;
}

const WEBHOOK_SECRET = 'relay-webhook-secret-of-at-least-32-characters';
const VERP = /^bounces\+([a-z2-7]{45})@coach\.example$/;

describe('bounce messages that arrive after the mail was sent', () => {
  let t: TestApp;
  let sweeps: () => number;
  let bouncePort: number;

  beforeAll(async () => {
    t = await startTestApp({
      MAIL_BOUNCE_ADDRESS: 'bounces@coach.example',
      MAIL_BOUNCE_SMTP_PORT: '0',
      MAIL_BOUNCE_SMTP_HOST: '127.0.0.1',
      MAIL_BOUNCE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    });
    sweeps = countSweeps(t);
    bouncePort = t.app.get(BounceListener).address()?.port ?? 0;
  });
  afterAll(async () => {
    await t?.close();
  });

  const statusOf = async (coach: ApiClient, campaignId: string, email: string) => {
    const delivery = (await ratersOf(coach, campaignId)).find((rater) => rater.email === email)?.delivery;
    return delivery && { status: delivery.status, error: delivery.error };
  };
  const progressOf = async (coach: ApiClient, campaignId: string) => (await coach.get<Progress>(`/api/campaigns/${campaignId}/progress`)).body;
  const campaignPage = async (coach: ApiClient, campaignId: string) => {
    const response = await fetch(`${t.baseUrl}/coach/campaigns/${campaignId}`, { headers: { accept: 'text/html', authorization: `Bearer ${coach.token}` } });
    expect(response.status).toBe(200);
    return decodeEntities(await response.text());
  };
  const invitationTo = (email: string): ReceivedMail => {
    const [mail] = t.mailbox.to(email);
    if (!mail) throw new Error(`no mail to ${email}`);
    return mail;
  };
  const refusal = (to: string, recipient: string) =>
    deliveryReport({ to, recipient, action: 'failed', status: '5.1.1', diagnostic: `550 5.1.1 <${recipient}>: Recipient address rejected: User unknown` });

  async function launched(count: number): Promise<{ coach: ApiClient; campaignId: string; peers: ReturnType<typeof raters> }> {
    const coach = (await signUpCoach(new ApiClient(t.baseUrl))).api;
    const peers = raters('peer', count);
    const { campaignId } = await draftCampaign(coach, { raters: peers });
    expect((await coach.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(202);
    await waitUntil(() => peers.every((peer) => t.mailbox.to(peer.email).length === 1), { what: 'an invitation to every peer' });
    // A bounce can only follow a mail sent: the worker records it just after the server took it.
    await waitUntil(async () => (await ratersOf(coach, campaignId)).every((rater) => rater.delivery.status === 'sent'), { what: 'every invitation sent' });
    return { coach, campaignId, peers };
  }

  it('sends each invitation from its own VERP address of the bounce address, with the product’s From header, naming nothing of the rater', async () => {
    const { peers } = await launched(3);
    const senders = peers.map((peer) => invitationTo(peer.email).envelopeFrom);
    for (const [index, sender] of senders.entries()) {
      expect(sender).toMatch(VERP);
      const local = peers[index].email.slice(0, peers[index].email.indexOf('@')).toLowerCase();
      expect(sender.toLowerCase()).not.toContain(local);
      expect(invitationTo(peers[index].email).from).toBe('no-reply@feedback360.local');
    }
    expect(new Set(senders).size).toBe(3);
  });

  it('marks an invitation refused when a permanent failure comes back: counted as not delivered, never reminded, and sent again once corrected', async () => {
    const { coach, campaignId, peers } = await launched(3);
    const bounced = peers[2].email;
    const verp = invitationTo(bounced).envelopeFrom;
    expect(await statusOf(coach, campaignId, bounced)).toEqual({ status: 'sent', error: null });
    expect((await progressOf(coach, campaignId)).groups.peer).toMatchObject({ invited: 3, notDelivered: 0 });

    // The relay's transaction ends once the bounce is recorded: no wait is needed after it.
    await sendBounce(bouncePort, verp, refusal(verp, bounced));
    expect(await statusOf(coach, campaignId, bounced)).toEqual({
      status: 'refused',
      error: `550 5.1.1 <${bounced}>: Recipient address rejected: User unknown`,
    });
    expect((await progressOf(coach, campaignId)).groups.peer).toEqual({ invited: 3, responded: 0, declined: 0, notDelivered: 1 });
    const page = await campaignPage(coach, campaignId);
    expect(page).toContain('Addresses that did not work');
    expect(page).toMatch(
      /<th scope="row">Peers?<\/th><td class="num">3<\/td><td class="num">0<\/td><td class="num">[^<]*<\/td><td class="num">0<\/td><td class="num">1<\/td>/,
    );
    expect(page).toContain(`Address refused: 550 5.1.1 <${bounced}>: Recipient address rejected: User unknown`);

    expect((await coach.post(`/api/campaigns/${campaignId}/remind`)).status).toBe(202);
    await waitForSweepAndMailJobs(t, sweeps);
    expect(t.mailbox.to(peers[0].email)).toHaveLength(2);
    expect(t.mailbox.to(bounced)).toHaveLength(1);

    const raterId = (await ratersOf(coach, campaignId)).find((rater) => rater.email === bounced)?.id ?? '';
    const corrected = `fixed-${bounced}`;
    const fixed = await coach.patch<RaterView>(`/api/campaigns/${campaignId}/raters/${raterId}`, { email: corrected });
    expect(fixed.status).toBe(200);
    await waitUntil(() => t.mailbox.to(corrected).length === 1, { what: 'the invitation at the corrected address' });
    const again = invitationTo(corrected);
    expect(again.envelopeFrom).toMatch(VERP);
    expect(again.envelopeFrom).not.toBe(verp);
    expect((await new ApiClient(t.baseUrl).get(`/api/responses/${tokenOf(linkIn(again))}`)).status).toBe(200);
    await waitUntil(async () => (await statusOf(coach, campaignId, corrected))?.status === 'sent', { what: 'the corrected invitation sent' });

    // The old address bounces once more, late: that delivery is over, the corrected one stands.
    await sendBounce(bouncePort, verp, refusal(verp, bounced));
    expect(await statusOf(coach, campaignId, corrected)).toEqual({ status: 'sent', error: null });
    expect((await progressOf(coach, campaignId)).groups.peer.notDelivered).toBe(0);
  });

  it("changes nothing for a reminder's bounce: only raters who had not answered are reminded, and refused would say so of this one", async () => {
    const { coach, campaignId, peers } = await launched(3);
    const reminded = peers[0].email;
    expect((await coach.post(`/api/campaigns/${campaignId}/remind`)).status).toBe(202);
    await waitUntil(() => peers.every((peer) => t.mailbox.to(peer.email).length === 2), { what: 'a reminder to every peer' });
    const reminder = t.mailbox.to(reminded)[1];
    expect(reminder.envelopeFrom).toMatch(VERP);
    expect(reminder.envelopeFrom).not.toBe(invitationTo(reminded).envelopeFrom);
    const before = await progressOf(coach, campaignId);

    await sendBounce(bouncePort, reminder.envelopeFrom, refusal(reminder.envelopeFrom, reminded));
    expect(await statusOf(coach, campaignId, reminded)).toEqual({ status: 'sent', error: null });
    expect((await progressOf(coach, campaignId)).groups).toEqual(before.groups);
    // The invitation's own bounce still marks the address refused, for the coach to correct it.
    await sendBounce(bouncePort, invitationTo(reminded).envelopeFrom, refusal(invitationTo(reminded).envelopeFrom, reminded));
    expect((await statusOf(coach, campaignId, reminded))?.status).toBe('refused');
  });

  it('changes nothing for a delay, for a report it cannot read, or for an invitation already answered or declined', async () => {
    const { coach, campaignId, peers } = await launched(4);
    const [delayed, garbled, answered, declined] = peers.map((peer) => peer.email);

    const delayedVerp = invitationTo(delayed).envelopeFrom;
    await sendBounce(
      bouncePort,
      delayedVerp,
      deliveryReport({ to: delayedVerp, recipient: delayed, action: 'delayed', status: '4.4.1', diagnostic: '421 4.4.1 Connection timed out' }),
    );
    await sendBounce(bouncePort, invitationTo(garbled).envelopeFrom, 'Subject: out of office\r\n\r\nBack on Monday. Status: 5.1.1\r\n');

    const answeredToken = tokenOf(linkIn(invitationTo(answered)));
    const rater = new ApiClient(t.baseUrl);
    const questions = (await rater.get<{ items: { id: string }[] }>(`/api/responses/${answeredToken}`)).body;
    expect((await rater.post(`/api/responses/${answeredToken}`, { answers: { [questions.items[0].id]: 4 } })).status).toBe(201);
    expect((await rater.post(`/api/responses/${tokenOf(linkIn(invitationTo(declined)))}/decline`, {})).status).toBe(200);
    const before = await progressOf(coach, campaignId);
    for (const email of [answered, declined]) {
      const verp = invitationTo(email).envelopeFrom;
      await sendBounce(bouncePort, verp, refusal(verp, email));
    }

    for (const email of peers.map((peer) => peer.email)) expect(await statusOf(coach, campaignId, email)).toEqual({ status: 'sent', error: null });
    const after = await progressOf(coach, campaignId);
    // Folding the answer moves `aggregated` meanwhile; what a bounce could move is compared.
    expect({ responded: after.responded, groups: after.groups }).toEqual({ responded: before.responded, groups: before.groups });
    expect(after.groups.peer).toEqual({ invited: 4, responded: 1, declined: 1, notDelivered: 0 });
  });

  it('refuses at RCPT TO a forged or altered tag and any other address, and a message over its size limit', async () => {
    const { coach, campaignId, peers } = await launched(1);
    const email = peers[0].email;
    const verp = invitationTo(email).envelopeFrom;
    const tag = VERP.exec(verp)?.[1] ?? '';
    const altered = `bounces+${tag.slice(0, 10)}${tag[10] === 'a' ? 'b' : 'a'}${tag.slice(11)}@coach.example`;
    const forged = `bounces+${'a'.repeat(45)}@coach.example`;
    for (const address of [altered, forged, 'bounces@coach.example', 'postmaster@coach.example', verp.replace('coach.example', 'elsewhere.example')]) {
      await expect(sendBounce(bouncePort, address, refusal(address, email))).rejects.toMatchObject({ responseCode: 550 });
    }
    await expect(sendBounce(bouncePort, verp, `${refusal(verp, email)}\r\n${'x'.repeat(MAX_BOUNCE_BYTES)}`)).rejects.toMatchObject({ responseCode: 552 });
    expect(await statusOf(coach, campaignId, email)).toEqual({ status: 'sent', error: null });
  });

  it('takes the same reports by HTTP from a relay holding the webhook secret, and nothing from anyone else', async () => {
    const { coach, campaignId, peers } = await launched(1);
    const email = peers[0].email;
    const verp = invitationTo(email).envelopeFrom;
    type Receipt = { outcome?: string; message?: string[] | string };
    const forward = (client: ApiClient, body: string, type = 'message/rfc822') =>
      client.request<Receipt>('POST', '/api/mail/bounces', body, { 'content-type': type });
    const relay = new ApiClient(t.baseUrl).as(WEBHOOK_SECRET);

    expect((await forward(new ApiClient(t.baseUrl), refusal(verp, email))).status).toBe(401);
    expect((await forward(new ApiClient(t.baseUrl).as('x'.repeat(WEBHOOK_SECRET.length)), refusal(verp, email))).status).toBe(401);
    const notMail = await forward(relay, JSON.stringify({ to: verp }), 'application/json');
    expect([notMail.status, notMail.body.message]).toEqual([400, ['content-type: must be message/rfc822, the bounce as it was received']]);
    const forged = await forward(relay, refusal(`bounces+${'a'.repeat(45)}@coach.example`, email));
    expect([forged.status, forged.body.message]).toEqual([
      400,
      ['message: names no bounce address of this server in Delivered-To, X-Original-To, Envelope-To or To'],
    ]);
    expect((await forward(relay, `${refusal(verp, email)}\r\n${'x'.repeat(MAX_BOUNCE_BYTES)}`)).status).toBe(413);
    const delayed = deliveryReport({ to: verp, recipient: email, action: 'delayed', status: '4.2.2', diagnostic: '452 4.2.2 Mailbox full' });
    expect(await forward(relay, delayed)).toMatchObject({ status: 200, body: { outcome: 'transient' } });
    expect(await statusOf(coach, campaignId, email)).toEqual({ status: 'sent', error: null });

    expect(await forward(relay, refusal(verp, email))).toMatchObject({ status: 200, body: { outcome: 'refused' } });
    expect((await statusOf(coach, campaignId, email))?.status).toBe('refused');
    expect((await progressOf(coach, campaignId)).groups.peer.notDelivered).toBe(1);
    expect(await forward(relay, refusal(verp, email))).toMatchObject({ status: 200, body: { outcome: 'unchanged' } });
  });
});

describe('the bounce listener and the roles', () => {
  // Two processes start one after the other, each migrating or checking its database: minutes on a busy machine.
  it('listens in a ROLE=worker process, refusing what is not a bounce address of its own, and not in a ROLE=api one', async () => {
    const [bouncePort, httpPort] = [await freePort(), await freePort()];
    const env = testEnv({
      LOG_LEVEL: 'info',
      PORT: String(httpPort),
      PUBLIC_URL: `http://127.0.0.1:${httpPort}`,
      MAIL_BOUNCE_ADDRESS: 'bounces@coach.example',
      MAIL_BOUNCE_SMTP_PORT: String(bouncePort),
      MAIL_BOUNCE_SMTP_HOST: '127.0.0.1',
    });
    const stop = async (app: AppProcess) => {
      if (app.child.exitCode === null) app.child.kill('SIGTERM');
      return app.exited;
    };
    try {
      const worker = spawnApp({ ...env, ROLE: 'worker' });
      try {
        await waitUntil(
          () => {
            if (worker.child.exitCode !== null) throw new Error(`the worker exited with ${worker.child.exitCode}:\n${worker.output()}`);
            return worker.output().includes('receiving bounces');
          },
          { what: 'the worker’s bounce listener', timeoutMs: 90_000 },
        );
        const forged = `bounces+${'a'.repeat(45)}@coach.example`;
        await expect(sendBounce(bouncePort, forged, 'Subject: x\r\n\r\nx\r\n')).rejects.toMatchObject({ responseCode: 550 });
      } finally {
        expect(await stop(worker)).toBe(0);
      }

      const api = spawnApp({ ...env, ROLE: 'api' });
      try {
        await waitForHealthy(env.PUBLIC_URL, api, 90_000);
        await expect(sendBounce(bouncePort, 'bounces@coach.example', 'x')).rejects.toMatchObject({ code: 'ESOCKET' });
      } finally {
        expect(await stop(api)).toBe(0);
      }
    } finally {
      await dropDatabase(env.DATABASE_URL);
      await deleteQueueKeys(env.QUEUE_PREFIX);
    }
  }, 240_000);
});
