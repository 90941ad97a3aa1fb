import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config';

/** Rater and sign-in links carry their token in the path; logs only ever see it masked. */
export function maskTokens(url: string): string {
  return url.replace(/\/(r|a|api\/responses|coach\/password\/reset)\/[^/?#]+/g, '/$1/[token]');
}

/**
 * Structured JSON logs. Request logs carry method, masked URL, status and time: never a body,
 * a token, a cookie or an authorization header, so no line can join a rater to an answer.
 */
export function loggerParams(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/api/health') },
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: maskTokens(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      redact: { paths: ['req.headers', 'res.headers', '*.token', '*.password', '*.answers'], remove: true },
      customProps: () => ({ role: config.role }),
    },
  };
}
