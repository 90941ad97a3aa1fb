import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * Nothing this app answers may be kept by a browser or a proxy: drafts and questionnaires of
 * raters, reports, exports and rater lists, pages and error bodies are all someone's confidential
 * data, and the JSON API is read with credentials a shared cache never sees.
 */
function noStore(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Cache-Control', 'no-store');
  next();
}

/**
 * The headers every answer carries. No page is ever framed (clickjacking a rater's form or a
 * coach's release button). HSTS and upgrade-insecure-requests only when the app is served over
 * https: sent over plain http they would make browsers refuse it, or post its forms to an https
 * address that does not answer.
 */
export function securityHeaders(publicUrl: string): RequestHandler[] {
  const https = new URL(publicUrl).protocol === 'https:';
  return [
    helmet({
      referrerPolicy: { policy: 'no-referrer' },
      contentSecurityPolicy: { directives: { 'frame-ancestors': ["'none'"], 'upgrade-insecure-requests': https ? [] : null } },
      xFrameOptions: { action: 'deny' },
      strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    }),
    noStore,
  ];
}
