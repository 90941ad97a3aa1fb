/** A page as a browser without JavaScript got it. */
export interface PageResult {
  status: number;
  html: string;
  location: string | null;
  headers: Headers;
}

/**
 * A browser on the coach's pages without JavaScript: keeps the session cookie, posts forms as
 * browsers label them (same-origin) with the page's form token, and does not follow redirects.
 */
export class CoachBrowser {
  cookie = '';

  constructor(readonly baseUrl: string) {}

  async get(path: string): Promise<PageResult> {
    return this.send(path, { method: 'GET' });
  }

  /** Posts a form; `csrf` is read from `from` (a page's HTML) unless given. */
  async post(path: string, fields: Record<string, string> | [string, string][], from?: string): Promise<PageResult> {
    const pairs = Array.isArray(fields) ? fields : Object.entries(fields);
    const csrf = from ? csrfOf(from) : null;
    const body = new URLSearchParams(csrf && !pairs.some(([name]) => name === 'csrf') ? [...pairs, ['csrf', csrf]] : pairs);
    return this.send(path, {
      method: 'POST',
      body: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
    });
  }

  private async send(path: string, init: RequestInit): Promise<PageResult> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      redirect: 'manual',
      headers: { accept: 'text/html', ...(init.headers as Record<string, string> | undefined), ...(this.cookie ? { cookie: this.cookie } : {}) },
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair] = setCookie.split(';');
      const [name] = pair.split('=');
      const others = this.cookie
        .split('; ')
        .filter((existing) => existing && !existing.startsWith(`${name}=`))
        .join('; ');
      const cleared = /=;|Expires=Thu, 01 Jan 1970/i.test(setCookie);
      this.cookie = [others, cleared ? '' : pair].filter(Boolean).join('; ');
    }
    return { status: response.status, html: await response.text(), location: response.headers.get('location'), headers: response.headers };
  }
}

export function csrfOf(html: string): string {
  const match = /name="csrf" value="([0-9a-f]{64})"/.exec(html);
  if (!match) throw new Error('no form token on the page');
  return match[1];
}

/** The text of the field problem shown beside the field with this id. */
export function fieldError(html: string, id: string): string | null {
  const match = new RegExp(`id="${id}-error"><span class="visually-hidden">Problem: </span>([^<]*)</p>`).exec(html);
  return match ? decodeEntities(match[1]) : null;
}

/** Text as the page shows it: Handlebars escapes quotes, ampersands and the like. */
export function decodeEntities(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
  return html.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, code: string) =>
    code.startsWith('#x')
      ? String.fromCodePoint(parseInt(code.slice(2), 16))
      : code.startsWith('#')
        ? String.fromCodePoint(Number(code.slice(1)))
        : (named[code] ?? entity),
  );
}

/** A coach signed up through the pages, with a browser holding their session. */
export async function signUpInBrowser(baseUrl: string, name = 'Dana Coach'): Promise<{ browser: CoachBrowser; email: string }> {
  const browser = new CoachBrowser(baseUrl);
  const email = `${name.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@example.com`;
  const created = await browser.post('/coach/signup', { name, email, password: 'correct horse battery' });
  if (created.status !== 303) throw new Error(`signup: ${created.status}`);
  return { browser, email };
}

/** The id in a redirect to a page of the coach (`/coach/engagements/<id>?...`). */
export function idIn(location: string | null, kind: 'engagements' | 'campaigns'): string {
  const match = new RegExp(`/coach/${kind}/([0-9a-f-]{36})`).exec(location ?? '');
  if (!match) throw new Error(`no ${kind} id in ${location}`);
  return match[1];
}

/** Posts a multipart form with one file, as a browser does for an upload field. */
export async function postFile(browser: CoachBrowser, path: string, from: string, file: { name: string; content: string | Buffer }): Promise<PageResult> {
  const body = new FormData();
  body.append('csrf', csrfOf(from));
  body.append('file', new Blob([file.content], { type: 'text/csv' }), file.name);
  const response = await fetch(`${browser.baseUrl}${path}`, {
    method: 'POST',
    body,
    redirect: 'manual',
    headers: { accept: 'text/html', 'sec-fetch-site': 'same-origin', cookie: browser.cookie },
  });
  return { status: response.status, html: await response.text(), location: response.headers.get('location'), headers: response.headers };
}
