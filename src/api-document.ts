import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ACCESS_COOKIE } from './access/access-session';
import { AppModule } from './app.module';
import { COACH_COOKIE } from './auth/coach-session-cookie';
import { recordValueModels } from './common/openapi/api-record-property';
import { loadAppConfig } from './config/app-config';

const sortedKeys = <T>(map: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * The same document, byte for byte, whatever order modules and decorators registered in: paths,
 * responses and schemas sorted, each schema's properties left in the order they were declared.
 */
function canonical(document: OpenAPIObject): OpenAPIObject {
  const paths = Object.fromEntries(
    Object.entries(sortedKeys(document.paths)).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item).map(([method, operation]) =>
          operation && typeof operation === 'object' && 'responses' in operation
            ? [method, { ...operation, responses: sortedKeys((operation as { responses: Record<string, unknown> }).responses) }]
            : [method, operation],
        ),
      ),
    ]),
  );
  const schemas = document.components?.schemas;
  return { ...document, paths, components: { ...document.components, ...(schemas ? { schemas: sortedKeys(schemas) } : {}) } };
}

/** The OpenAPI document of the JSON API, served at /api/docs-json and kept in openapi.json. */
export function describeApi(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('feedback360')
    .setDescription(
      '360-degree feedback for executive coaching: engagements, campaigns, anonymous rater answers and themed reports. ' +
        'Every error is `{statusCode, message, error}` (see ErrorBodyDto).',
    )
    .setVersion('0.1.0')
    // Session tokens are opaque random strings, not the JWTs Nest assumes by default.
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: undefined, description: 'The token POST /api/auth/signup or /api/auth/login gives.' })
    .addCookieAuth(
      COACH_COOKIE,
      { type: 'apiKey', in: 'cookie', description: 'The session cookie of the sign-in page, /coach/login: opens /coach pages only.' },
      COACH_COOKIE,
    )
    .addCookieAuth(
      ACCESS_COOKIE,
      { type: 'apiKey', in: 'cookie', description: "The leader's or sponsor's session cookie, set by their emailed sign-in link." },
      ACCESS_COOKIE,
    )
    .build();
  return canonical(SwaggerModule.createDocument(app, config, { extraModels: recordValueModels() }));
}

/**
 * The document read from the modules' metadata alone: Nest's preview mode wires the module
 * graph without constructing a provider, so nothing connects to Postgres, Redis or SMTP.
 */
export async function describeApiFromMetadata(): Promise<OpenAPIObject> {
  const app = await NestFactory.create(AppModule.forRoot(loadAppConfig({ LOG_LEVEL: 'silent' })), { preview: true, logger: false, abortOnError: false });
  try {
    return describeApi(app);
  } finally {
    await app.close();
  }
}
