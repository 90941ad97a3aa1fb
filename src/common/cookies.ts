/** The cookies of a Cookie header by name; a value that does not decode is left out. */
export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';').map((piece) => piece.trim())) {
    const separator = part.indexOf('=');
    if (separator <= 0) continue;
    const name = part.slice(0, separator).trim();
    try {
      cookies[name] = decodeURIComponent(part.slice(separator + 1).trim());
    } catch {
      // A malformed %-escape in someone else's cookie must not fail the request.
    }
  }
  return cookies;
}
