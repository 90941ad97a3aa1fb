import type { Server } from 'node:http';
import { type INestApplication, type INestApplicationContext, Logger } from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger as PinoLogger } from 'nestjs-pino';
import { accessErrorPage } from './access/access-error.page';
import { describeApi } from './api-document';
import { AppModule } from './app.module';
import { coachErrorPage } from './auth/coach-error.page';
import { AllExceptionsFilter } from './common/http-exception.filter';
import { BODY_LIMIT } from './common/http-limits';
import { PageRouteGuard } from './common/pages/page-route.guard';
import { rejectUnstorableText } from './common/storable-text';
import { securityHeaders } from './common/security-headers';
import { createValidationPipe } from './common/validation.pipe';
import type { AppConfig } from './config/app-config';
import { JobQueueService } from './queue/job-queue.service';
import { isExecutable } from './reports/page/pdf.renderer';
import { raterErrorPage } from './responses/rater-error.page';

function configureHttp(app: NestExpressApplication, config: AppConfig): void {
  app.disable('x-powered-by');
  app.use(...securityHeaders(config.publicUrl));
  app.useBodyParser('json', { limit: BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: BODY_LIMIT, extended: true, parameterLimit: 1_000 });
  app.use(rejectUnstorableText);
  app.useGlobalPipes(createValidationPipe());
  // The guard runs first on every route and tells the filter which kind of page, if any, it serves.
  app.useGlobalGuards(new PageRouteGuard(app.get(Reflector)));
  app.useGlobalFilters(new AllExceptionsFilter({ coach: coachErrorPage, access: accessErrorPage, rater: raterErrorPage }));
  SwaggerModule.setup('api/docs', app, describeApi(app));
}

async function warnAboutEnvironment(app: INestApplicationContext, config: AppConfig): Promise<void> {
  const logger = new Logger('Startup');
  if (config.usingDevelopmentSecret) logger.warn('TOKEN_SECRET is not set: using the development secret. Set TOKEN_SECRET before inviting real raters.');
  const policy = await app.get(JobQueueService).evictionPolicy();
  if (policy && policy !== 'noeviction') {
    logger.warn(
      `Redis maxmemory-policy is '${policy}': BullMQ needs 'noeviction' or queued jobs may be silently lost. Run: redis-cli CONFIG SET maxmemory-policy noeviction`,
    );
  }
  if (config.role !== 'worker' && !isExecutable(config.chromiumPath)) {
    logger.warn(
      `CHROMIUM_PATH=${config.chromiumPath} is not an executable: report PDFs will answer 503 until Chromium is installed there (Debian: apt-get install chromium).`,
    );
  }
  if (config.smtpUrl === null) logger.log(`SMTP_URL is not set: mail goes to the embedded catcher at ${config.publicUrl}/dev/outbox`);
}

/** The HTTP application (roles api and all), configured but not listening. */
/**
 * How long an idle keep-alive connection stays open: longer than the clients and proxies in front
 * keep theirs (Node's fetch 4 s, browsers, load balancers 60 s). A server that closes an idle
 * connection first can close it just as the client sends its next request on it, which the client
 * reads as a reset (ECONNRESET, or a 502 behind a proxy); the more so when a busy event loop fires
 * the close late. Node's default is 5 s.
 */
export const KEEP_ALIVE_MS = 65_000;

export async function createHttpApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true, bodyParser: false });
  const server: Server = app.getHttpServer();
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  // Node requires the time allowed for a request's headers to exceed the keep-alive time.
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  app.useLogger(app.get(PinoLogger));
  configureHttp(app, config);
  await app.init();
  await warnAboutEnvironment(app, config);
  return app;
}

/** The worker alone (role worker): no HTTP server, only queues and sweeps. */
export async function createWorkerApp(config: AppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(PinoLogger));
  await app.init();
  await warnAboutEnvironment(app, config);
  return app;
}

export async function startApp(config: AppConfig): Promise<INestApplicationContext> {
  if (config.role === 'worker') return createWorkerApp(config);
  const app = await createHttpApp(config);
  await app.listen(config.port);
  return app;
}
