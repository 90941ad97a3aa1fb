import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { JobQueueService } from '../queue/job-queue.service';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/** Named limits; controllers opt in with the ThrottlerGuard and skip the limits that are not theirs. */
export const SIGN_IN_LIMIT = 'sign-in';
export const RATER_LINK_LIMIT = 'rater-link';

@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, JobQueueService],
      useFactory: (config: AppConfig, jobs: JobQueueService) => ({
        throttlers: [
          { name: SIGN_IN_LIMIT, ttl: 60_000, limit: config.signInAttemptsPerMinute, blockDuration: 60_000 },
          { name: RATER_LINK_LIMIT, ttl: 60_000, limit: config.raterRequestsPerMinute, blockDuration: 60_000 },
        ],
        storage: new RedisThrottlerStorage(jobs.connection, config.queuePrefix),
        errorMessage: 'Too many attempts from your address: please wait a minute and try again.',
      }),
    }),
  ],
  exports: [ThrottlerModule],
})
export class RateLimitModule {}
