export interface RaterPage {
  status: number;
  html: string;
  /** Where the page lives after the redirect (no token in it). */
  url: string;
  /** The cookie the link set, as a browser would send it back. */
  cookie: string;
  headers: Headers;
}

/** Opens an emailed rater link the way a browser does: follow the redirect, keep the cookie. */
export async function openRaterLink(link: string): Promise<RaterPage> {
  const first = await fetch(link, { redirect: 'manual' });
  if (first.status !== 303) return { status: first.status, html: await first.text(), url: link, cookie: '', headers: first.headers };
  const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0];
  const url = new URL(first.headers.get('location') ?? '', link).toString();
  const page = await fetch(url, { headers: { cookie } });
  return { status: page.status, html: await page.text(), url, cookie, headers: page.headers };
}
