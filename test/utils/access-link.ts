import { checkConformance } from './api-conformance';
import type { ReceivedMail } from './mailbox';

export interface SignedIn {
  /** The session cookie, as a browser sends it back ("f360a=..."). */
  cookie: string;
  /** The Set-Cookie header of the session, with its attributes. */
  setCookie: string;
  /** Where the sign-in redirected: the role's pages, without the token. */
  location: string;
  /** What the link itself answered: the redirect that parks the token. */
  first: { status: number; location: string | null; setCookie: string; referrerPolicy: string | null };
  continuePage: string;
}

/** The one-time sign-in link of a leader's or sponsor's email. */
export function accessLinkIn(mail: ReceivedMail): string {
  const match = /(https?:\/\/[^\s"<>]+\/a\/[A-Za-z0-9_-]{43})/.exec(mail.text);
  if (!match) throw new Error(`No sign-in link in mail "${mail.subject}"`);
  return match[1];
}

const firstPair = (setCookie: string): string => setCookie.split(';')[0];

/** Opens a sign-in link as a browser does: follow the redirect, press Continue, keep the session cookie. */
export async function signInWith(link: string): Promise<SignedIn> {
  const first = await fetch(link, { redirect: 'manual' });
  const pendingSetCookie = first.headers.get('set-cookie') ?? '';
  const firstInfo = {
    status: first.status,
    location: first.headers.get('location'),
    setCookie: pendingSetCookie,
    referrerPolicy: first.headers.get('referrer-policy'),
  };
  if (first.status !== 303) throw Object.assign(new Error(`sign-in link answered ${first.status}`), { status: first.status, body: await first.text() });
  const base = new URL(link);
  const continueUrl = new URL(first.headers.get('location') ?? '', base).toString();
  const page = await fetch(continueUrl, { headers: { cookie: firstPair(pendingSetCookie) } });
  const continuePage = await page.text();
  const guard = /name="guard" value="([0-9a-f]+)"/.exec(continuePage)?.[1] ?? '';
  const signedIn = await fetch(continueUrl, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: firstPair(pendingSetCookie), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ guard }).toString(),
  });
  if (signedIn.status !== 303) throw Object.assign(new Error(`continue answered ${signedIn.status}: ${await signedIn.text()}`), { status: signedIn.status });
  const setCookies = signedIn.headers.getSetCookie();
  const session = setCookies.find((cookie) => cookie.startsWith('f360a=')) ?? '';
  return { cookie: firstPair(session), setCookie: session, location: signedIn.headers.get('location') ?? '', first: firstInfo, continuePage };
}

/** A request with a cookie, as a browser on the role's pages would send it. */
export async function withCookie(url: string, cookie: string, init: RequestInit = {}): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(url, {
    ...init,
    redirect: 'manual',
    headers: { ...(init.headers as Record<string, string> | undefined), ...(cookie ? { cookie } : {}) },
  });
  const text = await response.text();
  // The leader's and sponsor's JSON routes are part of the API document: their answers must match it.
  const isJson = (response.headers.get('content-type') ?? '').includes('json');
  await checkConformance(url, {
    method: init.method ?? 'GET',
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: isJson ? JSON.parse(text) : text,
  });
  return { status: response.status, text, headers: response.headers };
}

export async function postForm(url: string, cookie: string, fields: Record<string, string>): Promise<{ status: number; text: string; headers: Headers }> {
  return withCookie(url, cookie, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}
