import { DynamicModule, Module } from '@nestjs/common';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { AccessModule } from './access/access.module';
import { AggregationModule } from './aggregation/aggregation.module';
import { AuthModule } from './auth/auth.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { loggerParams } from './common/logging';
import type { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/config.module';
import { openDatabase } from './database/database-bootstrap';
import { dataSourceOptions } from './database/data-source-options';
import { EngagementsModule } from './engagements/engagements.module';
import { ExportsModule } from './exports/exports.module';
import { HealthModule } from './health/health.module';
import { ProgramsModule } from './programs/programs.module';
import { PulsesModule } from './pulses/pulses.module';
import { ReviewsModule } from './reviews/reviews.module';
import { MailModule } from './mail/mail.module';
import { QueueModule } from './queue/queue.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { ReportsModule } from './reports/reports.module';
import { ResponsesModule } from './responses/responses.module';
import { SurveysModule } from './surveys/surveys.module';
import { WebModule } from './web/web.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        EventEmitterModule.forRoot(),
        LoggerModule.forRoot(loggerParams(config)),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSourceOptions(config.databaseUrl),
          // Creates the database when missing and applies pending migrations before anything runs.
          dataSourceFactory: () => openDatabase(config.databaseUrl),
        }),
        QueueModule,
        RateLimitModule,
        SurveysModule,
        AuthModule,
        EngagementsModule,
        CampaignsModule,
        ResponsesModule,
        AggregationModule,
        ReportsModule,
        ProgramsModule,
        ReviewsModule,
        PulsesModule,
        AccessModule,
        ExportsModule,
        WebModule,
        MailModule.forRoot({ embeddedCatcher: config.smtpUrl === null }),
        HealthModule,
      ],
    };
  }
}
