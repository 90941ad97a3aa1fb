import { renderErrorPage } from './error-page';
import { unroutedErrorPage } from './unrouted-error.page';

describe('renderErrorPage', () => {
  it('shows the heading and the message as text, never as markup', () => {
    const html = renderErrorPage({ heading: 'Not found', message: 'No <script>alert(1)</script> here', reference: null, back: null });
    expect(html).toMatch(/<h1>Not found<\/h1>\s*<p>No &lt;script&gt;alert\(1\)&lt;\/script&gt; here<\/p>/);
    expect(html).toContain('<title>Not found</title>');
    expect(html).not.toContain('Reference');
    expect(html).not.toContain('<a ');
  });

  it('adds the reference of an unexpected error and the way back, when there are', () => {
    const html = renderErrorPage({
      heading: 'Something went wrong',
      message: 'Quote this id.',
      reference: 'e-1',
      back: { href: '/coach', label: 'Your campaigns' },
    });
    expect(html).toContain('Reference: e-1');
    expect(html).toContain('<a href="/coach">Your campaigns</a>');
  });
});

describe('unroutedErrorPage', () => {
  it('heads what a browser meets outside any page', () => {
    const request = { method: 'GET', originalUrl: '/nowhere' };
    expect(unroutedErrorPage({ statusCode: 404, message: 'Cannot GET /nowhere', error: 'Not Found' }, request)).toEqual({
      page: { heading: 'Page not found', message: 'Cannot GET /nowhere', reference: null, back: null },
    });
    expect(unroutedErrorPage({ statusCode: 413, message: 'body: too large (the limit is 256kb)', error: 'Payload Too Large' }, request)).toMatchObject({
      page: { heading: 'Too much to send at once' },
    });
  });
});
