// The API as TypeScript types, generated from openapi.json by `npm run openapi`: do not edit.

export interface paths {
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PasswordResetController_request'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['PasswordResetController_reset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/signup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_signup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CampaignsController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['CampaignsController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/interviews': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InterviewsController_list'];
    put?: never;
    post: operations['InterviewsController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/interviews/{interviewId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['InterviewsController_correct'];
    post?: never;
    delete: operations['InterviewsController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/launch': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['CampaignsController_launch'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/nomination': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['NominationsController_get'];
    put: operations['NominationsController_edit'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/nomination/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['NominationsController_approve'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/nomination/return': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['NominationsController_sendBack'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CampaignsController_progress'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/raters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CampaignsController_listRaters'];
    put?: never;
    post: operations['CampaignsController_addRaters'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/raters/{raterId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['CampaignsController_updateRater'];
    trace?: never;
  };
  '/api/campaigns/{id}/remind': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['CampaignsController_remind'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReportsController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/report.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReportsController_reportCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/report/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ReportsController_release'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/report/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CommentReviewController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/report/review/{commentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['CommentReviewController_decide'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/campaigns/{id}/report/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReportsController_versions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['EngagementsController_list'];
    put?: never;
    post: operations['EngagementsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['EngagementsController_get'];
    put?: never;
    post?: never;
    delete: operations['EngagementsController_delete'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}/campaigns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CampaignsController_list'];
    put?: never;
    post: operations['CampaignsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['EngagementExportController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}/leader-link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AccessLinksController_leaderLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}/outcomes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['EngagementsController_setOutcomes'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}/phase': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['EngagementsController_changePhase'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}/practice-actions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ProgramsController_logAction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}/practice-actions/{actionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['CheckInCorrectionsController_updateAction'];
    post?: never;
    delete: operations['CheckInCorrectionsController_deleteAction'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}/program': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProgramsController_get'];
    put: operations['ProgramsController_save'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}/program/proposal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProgramsController_proposal'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}/pulses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['PulsesController_list'];
    put?: never;
    post: operations['PulsesController_schedule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}/pulses/{pulseId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['PulsesController_cancel'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReviewsController_review'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProgramsController_sessions'];
    put?: never;
    post: operations['ProgramsController_logSession'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}/sessions/{sessionId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['CheckInCorrectionsController_updateSession'];
    post?: never;
    delete: operations['CheckInCorrectionsController_deleteSession'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}/sponsor-agenda': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AccessLinksController_sponsorAgenda'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/engagements/{id}/sponsor-link': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AccessLinksController_sponsorLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['HealthController_health'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mail/bounces': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A bounce message forwarded by a relay
     * @description For relays that forward bounces by HTTP rather than by SMTP. The bearer token is MAIL_BOUNCE_WEBHOOK_SECRET (the route answers 404 without that setting). The body is the bounce as received, an RFC 3464 report; its Delivered-To, X-Original-To, Envelope-To or To header must name the VERP address it was sent to. A permanent failure (Action: failed, Status 5.x.x) marks the invitation refused, as a refusal at send time does; anything else changes nothing.
     */
    post: operations['BounceWebhookController_receive'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/responses/{token}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ResponsesApiController_questionnaire'];
    put?: never;
    post: operations['ResponsesApiController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/responses/{token}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['ResponsesApiController_decline'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/responses/{token}/draft': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put: operations['ResponsesApiController_saveDraft'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SurveysController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/surveys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SurveysController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/coach/campaigns/{id}/report.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ReportPdfController_reportPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/leader/{engagementId}/api/nominations/{campaignId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LeaderRatersApiController_get'];
    put: operations['LeaderRatersApiController_propose'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/leader/{engagementId}/api/nominations/{campaignId}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['LeaderRatersApiController_submit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/leader/{engagementId}/api/program': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LeaderApiController_program'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/leader/{engagementId}/api/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LeaderApiController_reports'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/leader/{engagementId}/api/reports/{campaignId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LeaderApiController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/leader/{engagementId}/api/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LeaderApiController_review'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/leader/{engagementId}/api/sharing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['LeaderApiController_sharing'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sponsor/{engagementId}/api/agenda': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SponsorApiController_agenda'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AccessLinkSentDto: {
      /** @enum {string} */
      role: 'leader' | 'sponsor';
      /** @description The address the one-time sign-in link is mailed to. */
      sentTo: string;
      /**
       * Format: date-time
       * @description The link works once, until then.
       */
      expiresAt: string;
    };
    AddRatersDto: {
      raters: components['schemas']['RaterDto'][];
    };
    AgendaChangeDto: {
      mean: number;
      improvedShare: number;
    };
    AgendaGoalDto: {
      title: string;
      goal: string | null;
      target: number;
    };
    AgendaOutcomeDto: {
      text: string;
      measuredBy: string | null;
      /** @description Null for indicators on one person's ratings, and when it cannot be told. */
      met: boolean | null;
      note: string;
    };
    AgendaProgressDto: {
      title: string;
      target: number;
      baseline: number | null;
      /** @description Others' average at this meeting's review; null when not measured or withheld. */
      current: number | null;
      perceivedChange: components['schemas']['AgendaChangeDto'] | null;
      /** @enum {string} */
      status: 'achieved' | 'on_track' | 'behind' | 'not_measured';
      statusReason: string;
    };
    AnswersDto: {
      /**
       * @description By item id a rating, by question id a text or {start, stop, continue}. An item left out counts as not observed.
       * @example {
       *       "communication.listens": 4,
       *       "strengths": "Calm under pressure",
       *       "ssc": {
       *         "start": "Delegating more"
       *       }
       *     }
       */
      answers: {
        [key: string]:
          | (number | null)
          | string
          | {
              start?: string;
              stop?: string;
              continue?: string;
            };
      };
    };
    BounceReceiptDto: {
      /**
       * @description 'refused': the invitation is now refused. Otherwise nothing changed: 'transient' a delay, 'not-a-failure' a report of success, 'unreadable' no RFC 3464 report, 'unknown-invitation' none any more, 'older-delivery' the address was corrected since, 'unchanged' the invitation is settled, already refused, or its campaign closed.
       * @enum {string}
       */
      outcome: 'refused' | 'transient' | 'not-a-failure' | 'unreadable' | 'unknown-invitation' | 'older-delivery' | 'unchanged';
    };
    CampaignExportDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      engagementId: string;
      /** @example leadership-360 */
      surveyId: string;
      /** @description The version of the survey definition the campaign keeps a snapshot of. */
      surveyVersion: number;
      title: string;
      /** @enum {string} */
      phase: 'baseline' | 'midpoint' | 'final';
      /** @enum {string} */
      status: 'draft' | 'open' | 'closed';
      /** Format: date-time */
      closesAt: string | null;
      /** Format: date-time */
      launchedAt: string | null;
      /** Format: date-time */
      closedAt: string | null;
      /** @description Reminder rounds the coach sent. A round sent while the mail queue was away goes out when it is back; rounds waiting together go out as one reminder. */
      remindersSent: number;
      /** @description The survey definition the campaign was launched with. */
      survey: components['schemas']['SurveyDefinitionDto'];
      /** @description Each rater with the delivery of their invitation; never whether they answered. */
      raters: components['schemas']['RaterViewDto'][];
      progress: components['schemas']['ProgressViewDto'];
      /** @description The raters the leader proposed and where that proposal stands. */
      nomination: components['schemas']['NominationViewDto'];
      /** @description The report exactly as GET /api/campaigns/{id}/report gives it. */
      report: components['schemas']['ReportDto'];
    };
    CampaignGroupProgressDto: {
      invited: number;
      responded: number;
      /** @description Raters of the group who chose not to answer; never who. */
      declined: number;
      /** @description Invitations of the group not delivered: 'failed' (retried in rounds) or 'refused' (the address was refused at send or by a bounce message; the coach corrects it). */
      notDelivered: number;
    };
    CampaignViewDto: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      engagementId: string;
      /** @example leadership-360 */
      surveyId: string;
      /** @description The version of the survey definition the campaign keeps a snapshot of. */
      surveyVersion: number;
      title: string;
      /** @enum {string} */
      phase: 'baseline' | 'midpoint' | 'final';
      /** @enum {string} */
      status: 'draft' | 'open' | 'closed';
      /** Format: date-time */
      closesAt: string | null;
      /** Format: date-time */
      launchedAt: string | null;
      /** Format: date-time */
      closedAt: string | null;
    };
    ChangePhaseDto: {
      /**
       * @example program_design
       * @enum {string}
       */
      phase: 'contracting' | 'assessment' | 'program_design' | 'coaching' | 'mid_review' | 'final_review' | 'closed';
    };
    ChangeScaleDto: {
      /** @example -3 */
      min: number;
      /** @example 3 */
      max: number;
      /** @description One label per value, min first. */
      labels: string[];
    };
    ChangedAtDto: {
      midpoint: boolean;
      final: boolean;
    };
    ClassificationRulesDto: {
      blindSpotGap: number;
      blindSpotGapInBottomThird: number;
      hiddenStrengthGap: number;
      hiddenStrengthGapInTopThird: number;
      strengthMinAgreement: number;
      mixedViewsBelowAgreement: number;
    };
    CoachDto: {
      /** Format: uuid */
      id: string;
      /** @example coach@example.com */
      email: string;
      /** @example Dana Coach */
      name: string;
    };
    CoachingSessionDto: {
      /** @example 2026-02-16 */
      heldOn: string;
      /** @example 60 */
      durationMinutes: number;
      /**
       * @description One of the program's focus themes.
       * @example communication
       */
      focusThemeId: string;
      /**
       * @example [
       *       "Speak last in the Monday staff meeting"
       *     ]
       */
      agreedActions?: string[];
      /**
       * @description The coach's alone: never shown to the leader or the sponsor.
       * @example Tense about the reorganisation; come back to it.
       */
      privateNotes?: string;
    };
    CoachingSessionListDto: {
      sessions: components['schemas']['CoachingSessionRecordDto'][];
    };
    CoachingSessionRecordDto: {
      /** Format: uuid */
      id: string;
      /** Format: date */
      heldOn: string;
      durationMinutes: number;
      focusThemeId: string;
      agreedActions: string[];
      /** @description Never shown to the leader or the sponsor. */
      privateNotes: string | null;
    };
    CommentReviewDto: {
      version: number;
      /** @description A released version never changes: its review is read-only. */
      released: boolean;
      /** @description Comments software is less sure of than this are marked for review. */
      reviewBelow: number;
      summary: components['schemas']['CommentReviewSummaryDto'];
      /** @description The survey's themes, for moving a comment. */
      themes: components['schemas']['ReviewThemeDto'][];
      /** @description The comments the version shows, least confident first; never their rater group, rater or time. */
      comments: components['schemas']['ReviewedCommentDto'][];
    };
    CommentReviewSummaryDto: {
      /**
       * @description Whether the coach reviewed the themes software gave the comments of this version.
       * @enum {string}
       */
      status: 'no_comments' | 'not_reviewed' | 'partly_reviewed' | 'reviewed';
      /** @description Comments this version shows. */
      comments: number;
      /** @description Of them, those the coach reviewed. */
      reviewed: number;
      /** @description Of them, those whose themes the coach changed. */
      changed: number;
      /** @description The same in words, as the report page and PDF print it. */
      statement: string;
    };
    CreateCampaignDto: {
      /** @example leadership-360 */
      surveyId: string;
      /**
       * @default baseline
       * @enum {string}
       */
      phase?: 'baseline' | 'midpoint' | 'final';
      /**
       * Format: date-time
       * @example 2026-12-31T18:00:00Z
       */
      closesAt?: string;
      /** @description For a midpoint or final review: who to ask. Left out, the raters of the baseline campaigns are asked again (same names, emails and groups; new links at launch). */
      raters?: components['schemas']['RaterDto'][];
    };
    CreateEngagementDto: {
      /** @example Alex Morgan, VP Engineering: 2026 leadership program */
      title: string;
      leader: components['schemas']['PersonDto'];
      sponsor?: components['schemas']['PersonDto'];
      /**
       * @description Intended outcomes: each a plain text, or {text, indicator} where the indicator says how it is measured: exactly one of themeId or itemId; source: whose ratings ('others': everyone but the leader; 'boss'; 'self'; 'all'); measure: 'mean' (the latest review's average) or 'change' (how far it moved from the baseline); operator '>=' or '<='; value.
       * @example [
       *       "A successor for the operations team is identified",
       *       {
       *         "text": "Others experience Alex as a listener",
       *         "indicator": {
       *           "themeId": "communication",
       *           "source": "others",
       *           "measure": "mean",
       *           "operator": ">=",
       *           "value": 4
       *         }
       *       },
       *       {
       *         "text": "The manager sees more delegation",
       *         "indicator": {
       *           "itemId": "developing-others.delegates",
       *           "source": "boss",
       *           "measure": "change",
       *           "operator": ">=",
       *           "value": 1
       *         }
       *       }
       *     ]
       */
      outcomes?: (
        | string
        | {
            text: string;
            indicator?: {
              /** @example communication */
              themeId?: string;
              /** @example developing-others.delegates */
              itemId?: string;
              /** @enum {string} */
              source: 'others' | 'boss' | 'self' | 'all';
              /** @enum {string} */
              measure: 'mean' | 'change';
              /** @enum {string} */
              operator: '>=' | '<=';
              /** @example 4 */
              value: number;
            } | null;
          }
      )[];
    };
    DeclineDto: {
      /** @description Why, if the rater wishes to say (at most 1000 characters). Kept apart from the invitation; the coach reads it only after the close, mixed with others of the group. */
      reason?: string;
    };
    DeclineReasonsDto: {
      /** @enum {string} */
      group: 'self' | 'boss' | 'peer' | 'direct_report' | 'other';
      /** @description In a random order, without names or times. */
      reasons: string[];
    };
    DeclinedDto: {
      /** @enum {boolean} */
      declined: true;
    };
    DeliveryDto: {
      /**
       * @description Whether the invitation reached the mail server; 'not_invited' before launch; 'failed' is retried in rounds; 'refused' (an SMTP 5xx: the address does not exist) waits for the coach to correct the address.
       * @enum {string}
       */
      status: 'not_invited' | 'queued' | 'sent' | 'failed' | 'refused';
      /** @description Why the last attempt failed. */
      error: string | null;
      /** Format: date-time */
      deliveredAt: string | null;
      /**
       * Format: date-time
       * @description When failed: when the next round of attempts starts (null while one is under way).
       */
      nextAttemptAt: string | null;
      /** @description When failed: how many rounds are left after the next one. */
      retriesLeft: number | null;
    };
    EmergentTopicDto: {
      label: string;
      keywords: string[];
      comments: components['schemas']['ReportCommentDto'][];
    };
    EngagementExportDto: {
      /** Format: date-time */
      exportedAt: string;
      /** @description What the export holds and what it leaves out by design. */
      notes: string;
      engagement: components['schemas']['EngagementViewDto'];
      campaigns: components['schemas']['CampaignExportDto'][];
    };
    EngagementViewDto: {
      /** Format: uuid */
      id: string;
      title: string;
      leader: components['schemas']['PersonDto'];
      sponsor: components['schemas']['PersonDto'] | null;
      outcomes: components['schemas']['OutcomeViewDto'][];
      /** @enum {string} */
      phase: 'contracting' | 'assessment' | 'program_design' | 'coaching' | 'mid_review' | 'final_review' | 'closed';
      /** @description Where the coach may move the phase next (POST /api/engagements/{id}/phase). */
      nextPhases: ('contracting' | 'assessment' | 'program_design' | 'coaching' | 'mid_review' | 'final_review' | 'closed')[];
      /** @description The program's focus themes, once it is saved. */
      focusThemeIds: string[];
      /** Format: date-time */
      createdAt: string;
    };
    ErrorBodyDto: {
      /**
       * @description The HTTP status again.
       * @example 400
       */
      statusCode: number;
      /**
       * @description What went wrong. Bad input lists every wrong field as "field: reason".
       * @example [
       *       "leader.email: must be an email address"
       *     ]
       */
      message: string | string[];
      /**
       * @description The status's reason phrase.
       * @example Bad Request
       */
      error: string;
      /**
       * Format: uuid
       * @description On 500 and 503 only: the id the log keeps the cause under, to quote when reporting it.
       */
      errorId?: string;
    };
    FollowUpScaleDto: {
      /** @description How often the leader followed up, least often first; rated 1..labels.length. */
      labels: string[];
    };
    FollowUpSplitDto: {
      /** @description Raters the leader followed up with 'a few times' or 'regularly'. */
      followedUp: components['schemas']['SplitSideDto'];
      /** @description Raters the leader followed up with 'never' or 'once'. */
      notFollowedUp: components['schemas']['SplitSideDto'];
    };
    GoalDto: {
      /**
       * @description A theme of the baseline report: the goal is measured by others' average for it.
       * @example communication
       */
      themeId: string;
      /** @example People leave meetings with Alex feeling heard: others rate communication and listening 3.6 or more by the final review. */
      goal: string;
      /**
       * @description Others' average for the theme the program aims for, on the report's scale.
       * @example 3.6
       */
      target: number;
    };
    GoalReviewDto: {
      themeId: string;
      title: string;
      goal: string;
      target: number;
      /** @description Null where the report withholds the figure. */
      baseline: components['schemas']['ThemeFigureDto'] | null;
      midpoint: components['schemas']['ThemeFigureDto'] | null;
      final: components['schemas']['ThemeFigureDto'] | null;
      perceivedChange: components['schemas']['PerceivedChangesDto'];
      /** @description The change seen in every pulse, oldest first. */
      trend: components['schemas']['PulsePointDto'][];
      /**
       * @description As of the latest review.
       * @enum {string}
       */
      status: 'achieved' | 'on_track' | 'behind' | 'not_measured';
      statusReason: string;
      /** @description As each review stood when it was held. */
      statusAt: components['schemas']['StatusesAtDto'];
    };
    GroupGuidanceDto: {
      /** @enum {string} */
      id: 'self' | 'boss' | 'peer' | 'direct_report' | 'other';
      label: string;
      /** @description Boss: answers are shown as theirs, not anonymously. */
      identified: boolean;
      /** @description Answers needed before the group is shown on its own. */
      minimum: number;
      /** @example 4 to 6 */
      recommended: string;
      /** @description Raters already asked plus those proposed. */
      count: number;
      /** @description Said when the group has raters but fewer than its minimum. */
      warning: string | null;
    };
    GroupProgressDto: {
      invited: number;
      responded: number;
    };
    GroupsProgressDto: {
      self?: components['schemas']['CampaignGroupProgressDto'];
      boss?: components['schemas']['CampaignGroupProgressDto'];
      peer?: components['schemas']['CampaignGroupProgressDto'];
      direct_report?: components['schemas']['CampaignGroupProgressDto'];
      other?: components['schemas']['CampaignGroupProgressDto'];
    };
    HealthDto: {
      /** @enum {string} */
      status: 'ok' | 'unavailable';
      /** @enum {string} */
      postgres: 'up' | 'down';
      /** @enum {string} */
      redis: 'up' | 'down';
    };
    IntendedOutcomeDto: {
      text: string;
      measuredBy: string | null;
    };
    InterviewDto: {
      /**
       * @example peer
       * @enum {string}
       */
      group: 'self' | 'boss' | 'peer' | 'direct_report' | 'other';
      /**
       * @description ratings the coach captured, by item id (1..points, or null)
       * @example {
       *       "communication.listens": 2
       *     }
       */
      ratings?: {
        [key: string]: unknown;
      };
      /** @example Values the clear priorities; would like more room to decide on their own. */
      notes: string;
    };
    InterviewView: {
      /** Format: uuid */
      id: string;
      /**
       * @example peer
       * @enum {string}
       */
      group: 'self' | 'boss' | 'peer' | 'direct_report' | 'other';
      /**
       * Format: date
       * @description the day it was entered
       * @example 2026-12-07
       */
      enteredOn: string;
      /** @description what was said; null only for an interview entered before notes were tied to their interview */
      notes: string | null;
      /**
       * @description the ratings taken down, by item id; items not asked are left out
       * @example {
       *       "communication.listens": 2
       *     }
       */
      ratings: {
        [key: string]: number;
      };
      /** @description the first report version that counts it; from then on it stays */
      countedInVersion: number | null;
      /** @description whether it can still be removed (DELETE): until a report version counts it */
      removable: boolean;
    };
    ItemHighlightDto: {
      itemId: string;
      themeId: string;
      text: string;
      others: number;
      self: number | null;
      /** @description Self minus others, or null without a self rating. */
      gap: number | null;
      rwg: number | null;
      /** @description Others' ratings per scale value, where the anonymity rules allow showing them. */
      distribution: {
        [key: string]: number;
      } | null;
    };
    ItemHighlightsDto: {
      /** @description The items others rate highest. */
      top: components['schemas']['ItemHighlightDto'][];
      /** @description The items others rate lowest. */
      bottom: components['schemas']['ItemHighlightDto'][];
      /** @description The largest gaps where the leader rates themself higher. */
      selfHigher: components['schemas']['ItemHighlightDto'][];
      /** @description The largest gaps where others rate the leader higher. */
      othersHigher: components['schemas']['ItemHighlightDto'][];
      /** @description Items others disagree on. */
      mixedViews: components['schemas']['ItemHighlightDto'][];
    };
    ItemScoreCellDto: {
      /** @description Raters who gave at least one rating here. */
      n: number;
      /** @description Ratings pooled. */
      ratings: number;
      /** @description Mean of the ratings, rounded to two decimals. */
      mean: number;
      /** @description Sample standard deviation; null under 2 ratings. */
      sd: number | null;
      /** @description The 90 % interval of the mean, [low, high]; null with fewer than two raters. */
      ci90: number[] | null;
      /** @description Within-group agreement, 0..1; null when n < 2. */
      rwg: number | null;
      /** @description Ratings per scale value. */
      distribution: {
        [key: string]: number;
      };
    };
    LaunchResultDto: {
      /** @enum {string} */
      status: 'open';
      /** @description Invitations queued: one email per rater. */
      invitations: number;
    };
    LeaderNameDto: {
      /** @example Alex Morgan */
      name: string;
    };
    LoginDto: {
      /** @example coach@example.com */
      email: string;
      password: string;
    };
    LoginResultDto: {
      /** @description The bearer token of a new 30-day session: `Authorization: Bearer <token>`. */
      token: string;
    };
    MeetingDto: {
      /** @enum {string} */
      id: 'start' | 'middle' | 'end';
      title: string;
      purpose: string;
      /**
       * Format: date
       * @description A date from the program's milestones, when one fits.
       */
      plannedFor: string | null;
      /** @description Null unless the leader shares goals. */
      goals: components['schemas']['AgendaGoalDto'][] | null;
      intendedOutcomes: components['schemas']['IntendedOutcomeDto'][] | null;
      /** @description Null unless the leader shares progress and the review is released. */
      progress: components['schemas']['AgendaProgressDto'][] | null;
      outcomes: components['schemas']['AgendaOutcomeDto'][] | null;
      notes: string[];
      questions: string[];
    };
    MilestoneDto: {
      /** @example Mid-program review with Jordan */
      title: string;
      /** @example 2026-04-27 */
      dueOn: string;
      /** @example communication */
      themeId?: string;
    };
    MilestoneViewDto: {
      title: string;
      /** Format: date */
      dueOn: string;
      themeId: string | null;
    };
    MixBucketDto: {
      id: string;
      label: string;
      responses: number;
      shown: boolean;
    };
    NominatedRaterDto: {
      name: string;
      email: string;
      /** @enum {string} */
      group: 'self' | 'boss' | 'peer' | 'direct_report' | 'other';
    };
    NominationRatersDto: {
      raters: components['schemas']['RaterDto'][];
    };
    NominationViewDto: {
      /** Format: uuid */
      campaignId: string;
      /** @description The survey's title. */
      title: string;
      /**
       * @description none: nothing proposed yet; draft: the leader is writing it; submitted: waiting for the coach; returned: sent back with the coach's note; approved: taken into the campaign's raters.
       * @enum {string}
       */
      status: 'none' | 'draft' | 'submitted' | 'returned' | 'approved';
      /** @description The campaign has launched: the proposal can no longer change, and only the coach adds raters. */
      locked: boolean;
      /** @description Why the coach sent the proposal back. */
      coachNote: string | null;
      /** @description The raters proposed and not yet approved. */
      raters: components['schemas']['NominatedRaterDto'][];
      groups: components['schemas']['GroupGuidanceDto'][];
    };
    OutcomeIndicatorDto: {
      /**
       * @description Exactly one of themeId and itemId names what is measured.
       * @example communication
       */
      themeId?: string;
      /** @example developing-others.delegates */
      itemId?: string;
      /**
       * @description Whose ratings: 'others' (everyone but the leader), 'boss', 'self' or 'all'.
       * @enum {string}
       */
      source: 'others' | 'boss' | 'self' | 'all';
      /**
       * @description 'mean': the latest review's average; 'change': how far it moved from the baseline.
       * @enum {string}
       */
      measure: 'mean' | 'change';
      /** @enum {string} */
      operator: '>=' | '<=';
      /** @example 4 */
      value: number;
    };
    OutcomeReviewDto: {
      text: string;
      indicator: components['schemas']['OutcomeIndicatorDto'] | null;
      measuredBy: string | null;
      values: components['schemas']['OutcomeValuesDto'];
      /** @description What the indicator compares with its value. */
      actual: number | null;
      /** @enum {string|null} */
      measuredAt: 'midpoint' | 'final' | null;
      /** @description Null when it cannot be told. */
      met: boolean | null;
      note: string;
    };
    OutcomeValuesDto: {
      baseline: number | null;
      midpoint: number | null;
      final: number | null;
    };
    OutcomeViewDto: {
      /** @example Others experience Alex as a listener */
      text: string;
      indicator: components['schemas']['OutcomeIndicatorDto'] | null;
      /** @description The indicator in words; null without one. */
      measuredBy: string | null;
    };
    PasswordResetDto: {
      /** @description The token of the emailed link (the last part of /coach/password/reset/<token>). */
      token: string;
      /** @example a long passphrase */
      password: string;
    };
    PasswordResetRequestDto: {
      /** @example coach@example.com */
      email: string;
    };
    PasswordResetRequestedDto: {
      /**
       * @description The same whether or not the account exists.
       * @example If an account has this email, a link to choose a new password is on its way.
       */
      message: string;
    };
    PendingAnswersDto: {
      /** @description Answers aggregated since this version that it does not include yet. */
      answers: number;
      /** @description Answers the campaign received that are not folded into its aggregates yet (a campaign-wide count, as progress shows it). While a closed campaign has any, no new version is cut: the next one waits for all of them. */
      unfolded: number;
      /** @description Why, in counts only. */
      notes: string[];
      /** @description Whether reading the report now would cut a new version. */
      canPublish: boolean;
    };
    PerGoalBlockDto: {
      /** @description Asked under each focus theme as '<themeId>.<id>'; texts may hold {{goal}}. */
      items: components['schemas']['SurveyItemDto'][];
      /** @description Asked once per focus goal as '<themeId>.<id>'. */
      questions: components['schemas']['SurveyQuestionDto'][];
    };
    PerceivedChangeDto: {
      /** @description Others' mean on the theme's change question, -3..+3. */
      mean: number;
      n: number;
      /** @description Share of those raters who answered +1 or more, 0..1. */
      improvedShare: number;
      /** @description Share of those raters who answered -1 or less, 0..1. */
      worseShare: number;
      /** @description Net score: the share who saw the leader become more effective minus the share who saw them become less effective, -1..+1. */
      netScore: number;
    };
    PerceivedChangesDto: {
      midpoint: components['schemas']['PerceivedChangeDto'] | null;
      final: components['schemas']['PerceivedChangeDto'] | null;
    };
    PersonDto: {
      /** @example Alex Morgan */
      name: string;
      /** @example alex@example.com */
      email: string;
    };
    PlanEntryDto: {
      /**
       * @description The id of an entry of surveys/practices.yaml (see the proposal).
       * @example speak-last
       */
      practiceId: string;
      /**
       * @description The focus theme it serves; by default the first focus theme the entry develops.
       * @example communication
       */
      themeId?: string;
      /** @example 2026-02-02 */
      startOn: string;
      /** @example 2026-07-19 */
      dueOn: string;
      /**
       * @description How many times it is planned; by default every week of a practice, once for an exercise or a reading.
       * @example 24
       */
      times?: number;
    };
    PlanEntryViewDto: {
      /** @example speak-last */
      practiceId: string;
      themeId: string;
      title: string;
      /** @enum {string} */
      kind: 'practice' | 'exercise' | 'reading';
      howTo: string;
      /** @description For readings: author and work. */
      source: string | null;
      minutesPerWeek: number | null;
      /** Format: date */
      startOn: string;
      /** Format: date */
      dueOn: string;
      /** @description Times planned. */
      planned: number;
      /** @description Times the leader did it. */
      done: number;
      /** Format: date */
      lastDoneOn: string | null;
      actions: components['schemas']['PracticeDoneDto'][];
    };
    PracticeActionDto: {
      /**
       * @description An entry of the program's plan.
       * @example speak-last
       */
      practiceId: string;
      /** @example 2026-02-19 */
      doneOn: string;
      /** @example Held back in the budget meeting; two people spoke up who usually do not. */
      note?: string;
    };
    PracticeActionRecordDto: {
      /** Format: uuid */
      id: string;
      /** @example speak-last */
      practiceId: string;
      /** Format: date */
      doneOn: string;
      note: string | null;
    };
    PracticeDoneDto: {
      /**
       * Format: uuid
       * @description To correct or delete the entry (PUT or DELETE /api/engagements/:id/practice-actions/:actionId).
       */
      id: string;
      /** Format: date */
      doneOn: string;
      note: string | null;
    };
    PriorityEvidenceDto: {
      /** @description Others' mean. */
      others: number;
      self: number | null;
      gap: number | null;
      agreement: number | null;
      /** @description The theme's comments. */
      comments: number;
      /** @description A few of the theme's constructive comments. */
      quotes: string[];
    };
    ProgramBaselineDto: {
      /** Format: uuid */
      campaignId: string;
      /** @description The released report version the goals take their baseline from. */
      version: number;
    };
    ProgramDraftDto: {
      /** Format: uuid */
      baselineCampaignId: string;
      goals: components['schemas']['GoalDto'][];
      plan: components['schemas']['PlanEntryDto'][];
      milestones: components['schemas']['MilestoneDto'][];
    };
    ProgramGoalDto: {
      /** @example communication */
      themeId: string;
      title: string;
      goal: string;
      baseline: components['schemas']['ThemeFigureDto'];
      /** @description Others' average for the theme the program aims for. */
      target: number;
      /** @description The plan entries that serve this goal. */
      practiceIds: string[];
    };
    ProgramProgressDto: {
      planned: number;
      /** @description Done, counting each entry at most as often as planned. */
      done: number;
      /** @description done / planned, 0..1. */
      share: number;
      sessions: number;
      sessionMinutes: number;
    };
    ProgramProposalDto: {
      baseline: components['schemas']['ProposalBaselineDto'];
      /** @description The report's priorities: where the coach and leader start. */
      focusThemes: components['schemas']['ProposedFocusThemeDto'][];
      /** @description Every theme of the report, to choose others. */
      themes: components['schemas']['ProposalThemeDto'][];
      targetRule: string;
      /** @description The practice library's entries per focus theme. */
      suggestions: components['schemas']['ThemePracticesDto'][];
      draft: components['schemas']['ProgramDraftDto'];
    };
    ProgramViewDto: {
      /** Format: uuid */
      engagementId: string;
      /** @description The leader's name. */
      leader: string;
      baseline: components['schemas']['ProgramBaselineDto'];
      goals: components['schemas']['ProgramGoalDto'][];
      plan: components['schemas']['PlanEntryViewDto'][];
      milestones: components['schemas']['MilestoneViewDto'][];
      sessions: components['schemas']['SessionViewDto'][];
      progress: components['schemas']['ProgramProgressDto'];
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    ProgressViewDto: {
      /** @enum {string} */
      status: 'draft' | 'open' | 'closed';
      invited: number;
      responded: number;
      /** @description Answers already folded into the aggregates the report is built from (interviews included): wait on this, not on the report. */
      aggregated: number;
      /** @description Raters who chose not to answer, in counts only; reminders skip them. */
      declined: number;
      groups: components['schemas']['GroupsProgressDto'];
      /** @description Reasons given for declining: only once the campaign is closed, and only for a group where at least its threshold (minResponses) declined; empty otherwise. */
      declineReasons: components['schemas']['DeclineReasonsDto'][];
      /**
       * @description Interviews the coach entered, per group (groups with none left out); they are not invitations and not counted in responded.
       * @example {
       *       "peer": 1
       *     }
       */
      interviews: {
        [key: string]: number;
      };
    };
    ProposalBaselineDto: {
      /** Format: uuid */
      campaignId: string;
      version: number;
      /** Format: date-time */
      releasedAt: string | null;
    };
    ProposalThemeDto: {
      /** @example communication */
      themeId: string;
      title: string;
      /** @enum {string} */
      classification: 'strength' | 'development_area' | 'blind_spot' | 'hidden_strength' | 'neutral';
      /** @description Null where the report withholds the figure. */
      baseline: components['schemas']['ThemeFigureDto'] | null;
    };
    ProposedFocusThemeDto: {
      /** @example communication */
      themeId: string;
      title: string;
      /** @enum {string} */
      classification: 'strength' | 'development_area' | 'blind_spot' | 'hidden_strength' | 'neutral';
      /** @description The report's reason for this priority. */
      reason: string;
      baseline: components['schemas']['ThemeFigureDto'];
      /** @description See `targetRule`. */
      suggestedTarget: number;
    };
    PulseListDto: {
      /** @description By day, the earliest first. */
      pulses: components['schemas']['PulseViewDto'][];
    };
    PulsePointDto: {
      /** Format: uuid */
      campaignId: string;
      /** @enum {string} */
      phase: 'midpoint' | 'final';
      /** Format: date-time */
      launchedAt: string | null;
      /** @description The report version read. */
      version: number | null;
      /** @description Null where the pulse withholds the figure. */
      change: components['schemas']['PerceivedChangeDto'] | null;
      /** @description Null until the pulse is closed and the rule in `rules.followUp` allows it. */
      followUp: components['schemas']['FollowUpSplitDto'] | null;
    };
    PulseViewDto: {
      /** Format: uuid */
      id: string;
      /** @example 2026-09-01 */
      dueOn: string;
      /** @enum {string} */
      phase: 'midpoint' | 'final';
      openDays: number;
      /**
       * @description 'scheduled' until its day; 'launched' once its invitations are queued; 'failed' with the reason in `problem`.
       * @enum {string}
       */
      status: 'scheduled' | 'launching' | 'launched' | 'failed';
      /**
       * Format: uuid
       * @description The campaign it launched.
       */
      campaignId: string | null;
      /** Format: date-time */
      launchedAt: string | null;
      problem: string | null;
    };
    QuestionnaireCampaignDto: {
      /** @example Leadership 360 for Alex Morgan */
      title: string;
      /** Format: date-time */
      closesAt: string | null;
    };
    QuestionnaireDto: {
      campaign: components['schemas']['QuestionnaireCampaignDto'];
      leader: components['schemas']['LeaderNameDto'];
      /** @description The rater's group; identified groups (anonymous: false) are told so. */
      group: components['schemas']['SurveyGroupDto'];
      /** @description Every group of the survey: who is anonymous, and from how many answers a group's figures show. */
      groups: components['schemas']['SurveyGroupDto'][];
      intro: string | null;
      scale: components['schemas']['SurveyScaleDto'];
      changeScale: components['schemas']['ChangeScaleDto'] | null;
      followUpScale: components['schemas']['FollowUpScaleDto'] | null;
      items: components['schemas']['QuestionnaireItemDto'][];
      questions: components['schemas']['QuestionnaireQuestionDto'][];
      /** @description The answers saved with PUT /api/responses/{token}/draft, or null. */
      draft: components['schemas']['AnswersDto'] | null;
    };
    QuestionnaireItemDto: {
      /** @example communication.listens */
      id: string;
      /** @example communication */
      themeId: string;
      themeTitle: string;
      /** @description Worded for this rater (the self wording for the leader). */
      text: string;
      /**
       * @description 'likert' is rated on `scale`, 'change' on `changeScale`, 'followUp' on `followUpScale`.
       * @enum {string}
       */
      kind: 'likert' | 'change' | 'followUp';
    };
    QuestionnaireQuestionDto: {
      /** @example strengths */
      id: string;
      /** @enum {string} */
      type: 'text' | 'start_stop_continue';
      prompt: string;
    };
    RankedPracticeDto: {
      /** @example speak-last */
      practiceId: string;
      title: string;
      /** @enum {string} */
      kind: 'practice' | 'exercise' | 'reading';
      /** @description The themes it develops, most directly first. */
      themes: string[];
      howTo: string;
      source: string | null;
      minutesPerWeek: number | null;
      /** @description Higher fits better. */
      fit: number;
      /** @description Why it fits, in words. */
      why: string;
    };
    RaterDto: {
      /** @example Sam Lee */
      name: string;
      /** @example sam@example.com */
      email: string;
      /**
       * @example peer
       * @enum {string}
       */
      group: 'self' | 'boss' | 'peer' | 'direct_report' | 'other';
      /**
       * @description The rater's language: their mail comes in it and their form opens in it, when the survey is translated into it (English otherwise). Left out, the form follows the browser's language.
       * @example fr
       * @enum {string}
       */
      language?: 'en' | 'fr';
    };
    RaterListDto: {
      raters: components['schemas']['RaterViewDto'][];
    };
    RaterMixDto: {
      /** @description Whether the reviews compare unlike with like. */
      changed: boolean;
      changedAt: components['schemas']['ChangedAtDto'];
      notes: string[];
      rounds: components['schemas']['RoundMixDto'][];
    };
    RaterOverviewDto: {
      self: components['schemas']['GroupProgressDto'] | null;
      buckets: components['schemas']['RaterOverviewRowDto'][];
      /** @description Why groups were merged or hidden, in plain words. */
      notes: string[];
    };
    RaterOverviewRowDto: {
      id: string;
      label: string;
      invited: number;
      responded: number;
      shown: boolean;
    };
    RaterViewDto: {
      /** Format: uuid */
      id: string;
      name: string;
      email: string;
      /** @enum {string} */
      group: 'self' | 'boss' | 'peer' | 'direct_report' | 'other';
      /**
       * @description The language the coach set for the rater's mail and form; null: none, the form follows the browser.
       * @enum {string|null}
       */
      language: 'en' | 'fr' | null;
      delivery: components['schemas']['DeliveryDto'];
    };
    ReceivedDto: {
      /** @enum {boolean} */
      received: true;
    };
    ReleaseReportDto: {
      /** @description The version to release; the latest when omitted. */
      version?: number;
    };
    ReleasedReportSummaryDto: {
      /** Format: uuid */
      campaignId: string;
      title: string;
      /** @enum {string} */
      phase: 'baseline' | 'midpoint' | 'final';
      version: number;
      /** Format: date-time */
      releasedAt: string;
    };
    ReleasedReportsDto: {
      /** @description The latest version the coach released of each campaign. */
      reports: components['schemas']['ReleasedReportSummaryDto'][];
    };
    RemindResultDto: {
      /** @description How many raters who have not answered were reminded; never who. */
      reminded: number;
    };
    ReportBucketDto: {
      /** @example peer+other */
      id: string;
      /** @example Peers and others */
      label: string;
      groups: ('self' | 'boss' | 'peer' | 'direct_report' | 'other')[];
      responses: number;
      /** @description False when the bucket is below its threshold and only counted inside "others". */
      shown: boolean;
      anonymous: boolean;
    };
    ReportCommentDto: {
      text: string;
      /** @description The shown bucket it came from, or null when that bucket is not shown. */
      bucket: string | null;
      /**
       * @description 'positive': what works; 'constructive': something to do differently.
       * @enum {string}
       */
      sentiment: 'positive' | 'constructive';
      /** @description The language it is written in (ISO 639-1, as `fr`), when comment theming cannot read it: it was given no theme by software. Absent otherwise. */
      language?: string;
    };
    ReportDto: {
      /** Format: uuid */
      campaignId: string;
      surveyId: string;
      surveyTitle: string;
      /** @description The leader's name. */
      leader: string;
      /** @description Answers this version is built from. */
      aggregatedResponses: number;
      /** @description Null before the first answer is aggregated. */
      version: components['schemas']['ReportVersionInfoDto'] | null;
      /** @description Newer answers this version leaves out (the coach's reads only). */
      pending: components['schemas']['PendingAnswersDto'] | null;
      raterOverview: components['schemas']['RaterOverviewDto'];
      /** @description The rater buckets, merged until each shown one meets its threshold. */
      buckets: components['schemas']['ReportBucketDto'][];
      mergeNotes: string[];
      /** @description Groups whose comments are held back until enough of them answered (the survey's minCommentResponses). */
      commentNotes: string[];
      commentReview: components['schemas']['CommentReviewSummaryDto'];
      scale: components['schemas']['ReportScaleDto'];
      themes: components['schemas']['ReportThemeDto'][];
      items: components['schemas']['ReportItemDto'][];
      itemHighlights: components['schemas']['ItemHighlightsDto'];
      /** @description Comments that fit no theme. */
      unthemedComments: components['schemas']['ReportCommentDto'][];
      /** @description Of the comments and suggestions shown, how many have no theme because comment theming cannot read their language (each says its `language`). Absent from versions cut before languages were told apart. */
      commentsNotThemedForLanguage?: number;
      /** @description Unthemed comments that share words with each other. */
      emergentTopics: components['schemas']['EmergentTopicDto'][];
      startStopContinue: components['schemas']['StartStopContinueDto'];
      /** @description The same suggestions by theme, similar ones counted together. */
      suggestionsByTheme: components['schemas']['SuggestionsByThemeDto'];
      /** @description The two or three themes to build the program around. */
      priorities: components['schemas']['ReportPriorityDto'][];
    };
    ReportItemDto: {
      /** @example communication.listens */
      id: string;
      themeId: string;
      text: string;
      /** @description By bucket id, "self" and "others" (everyone but self): the figures, or null where they are withheld to protect anonymity or nobody rated. */
      scores: {
        [key: string]: components['schemas']['ItemScoreCellDto'] | null;
      };
    };
    ReportPriorityDto: {
      /** @example communication */
      themeId: string;
      title: string;
      /** @enum {string} */
      classification: 'strength' | 'development_area' | 'blind_spot' | 'hidden_strength' | 'neutral';
      /** @description Why this theme, in words that agree with the figures beside it. */
      reason: string;
      evidence: components['schemas']['PriorityEvidenceDto'];
    };
    ReportScaleDto: {
      min: number;
      max: number;
      labels: string[];
    };
    ReportSettingsDto: {
      classification: components['schemas']['ClassificationRulesDto'];
      /** @description How many priorities the report proposes. */
      priorities: number;
    };
    ReportThemeDto: {
      /** @example communication */
      id: string;
      title: string;
      /** @description By bucket id, "self" and "others" (everyone but self): the figures, or null where they are withheld to protect anonymity or nobody rated. */
      scores: {
        [key: string]: components['schemas']['ScoreCellDto'] | null;
      };
      /** @description Self mean minus others' mean, or null. */
      gap: number | null;
      /** @description The 90 % interval of the gap, [low, high], or null. */
      gapInterval: number[] | null;
      /** @description Whether the gap is reliable enough to call a blind spot or hidden strength; null without a gap. */
      gapReliable: boolean | null;
      /** @enum {string} */
      classification: 'strength' | 'development_area' | 'blind_spot' | 'hidden_strength' | 'neutral';
      classificationReason: string;
      /** @description Others' agreement: the mean rwg of the theme's items. */
      agreement: number | null;
      /** @description In a random order, never linked to each other. */
      comments: components['schemas']['ReportCommentDto'][];
    };
    ReportVersionInfoDto: {
      number: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      releasedAt: string | null;
    };
    ReviewDecisionDto: {
      /** @description The report version the decision belongs to; it must not be released yet. */
      version: number;
      /**
       * @description `confirm` keeps the comment's themes; `move` files it under `themeId` alone; `add_second` adds `themeId` beside its theme; `unthemed` takes every theme from it.
       * @enum {string}
       */
      decision: 'confirm' | 'move' | 'add_second' | 'unthemed';
      /** @description A theme of the survey: required by `move` and `add_second`. */
      themeId?: string;
    };
    ReviewReportDto: {
      /** @description The leader's name. */
      leader: string;
      rounds: components['schemas']['ReviewRoundsDto'];
      rules: components['schemas']['ReviewRulesDto'];
      goals: components['schemas']['GoalReviewDto'][];
      outcomes: components['schemas']['OutcomeReviewDto'][];
      raterMix: components['schemas']['RaterMixDto'];
    };
    ReviewRoundsDto: {
      baseline: components['schemas']['RoundInfoDto'];
      midpoint: components['schemas']['RoundInfoDto'] | null;
      final: components['schemas']['RoundInfoDto'] | null;
    };
    ReviewRulesDto: {
      /** @description How a goal status is decided. */
      status: string;
      perceivedChange: string;
      trend: string;
      followUp: string;
      outcomes: string;
    };
    ReviewThemeDto: {
      id: string;
      title: string;
    };
    ReviewedCommentDto: {
      /**
       * Format: uuid
       * @description The comment's random id, for the decision (it tells nothing of its rater).
       */
      id: string;
      text: string;
      /**
       * @description A free comment, or one part of start/stop/continue.
       * @enum {string}
       */
      kind: 'text' | 'start' | 'stop' | 'continue';
      /** @description Its themes in this version: the coach’s decision where there is one, else what software gave it. */
      themeIds: string[];
      /** @description What software gave it. */
      engineThemeIds: string[];
      /** @description A theme not given that scored close to those given. */
      secondThemeId: string | null;
      /** @description The calibrated probability that software's themes are exactly right; null for comments themed before it was computed. */
      confidence: number | null;
      /** @description The language it is written in (ISO 639-1), when comment theming cannot read it: software gave it no theme and no confidence, and the coach may file it by hand. Null otherwise. */
      language: string | null;
      /** @description Whether comment theming failed on it (a fault of software, logged without the comment): software gave it no theme and confidence 0, and the coach may file it by hand. */
      themingFailed: boolean;
      /** @description Whether software was less sure of it than the review threshold (`reviewBelow`). */
      needsReview: boolean;
      /**
       * @description The coach's last action on it in this version; null when not reviewed.
       * @enum {string|null}
       */
      decision: 'confirm' | 'move' | 'add_second' | 'unthemed' | null;
      /** @description Whether its themes now differ from software's. */
      changed: boolean;
    };
    ReviewedCommentResultDto: {
      comment: components['schemas']['ReviewedCommentDto'];
      summary: components['schemas']['CommentReviewSummaryDto'];
    };
    RoundInfoDto: {
      /** Format: uuid */
      campaignId: string;
      /** @description The report version read. */
      version: number | null;
      /** Format: date-time */
      releasedAt: string | null;
      responses: number;
    };
    RoundMixDto: {
      /** @enum {string} */
      round: 'baseline' | 'midpoint' | 'final';
      /** @description Answers from everyone but the leader. */
      others: number;
      self: number;
      buckets: components['schemas']['MixBucketDto'][];
    };
    SaveProgramDto: {
      /**
       * Format: uuid
       * @description The baseline campaign whose released report the goals start from; by default the one the proposal names.
       */
      baselineCampaignId?: string;
      /** @description One goal per focus theme: 2 or 3. */
      goals: components['schemas']['GoalDto'][];
      plan: components['schemas']['PlanEntryDto'][];
      milestones?: components['schemas']['MilestoneDto'][];
    };
    SchedulePulseDto: {
      /**
       * @description Months after the program was first saved; e.g. 3, 6 and 12.
       * @example 3
       */
      monthsAfterStart?: number;
      /**
       * @description The day it launches (UTC), today or later.
       * @example 2026-09-01
       */
      dueOn?: string;
      /**
       * @description Default 'midpoint'; the last pulse of a program is usually 'final'.
       * @enum {string}
       */
      phase?: 'midpoint' | 'final';
      /**
       * @description Days the pulse stays open once launched (default 14).
       * @example 14
       */
      openDays?: number;
    };
    ScoreCellDto: {
      /** @description Raters who gave at least one rating here. */
      n: number;
      /** @description Ratings pooled. */
      ratings: number;
      /** @description Mean of the ratings, rounded to two decimals. */
      mean: number;
      /** @description Sample standard deviation; null under 2 ratings. */
      sd: number | null;
      /** @description The 90 % interval of the mean, [low, high]; null with fewer than two raters. */
      ci90: number[] | null;
    };
    SendBackNominationDto: {
      /**
       * @description What the leader should change, for them to read.
       * @example Please add two direct reports.
       */
      note: string;
    };
    SessionViewDto: {
      /** Format: uuid */
      id: string;
      /** Format: date */
      heldOn: string;
      durationMinutes: number;
      focusThemeId: string;
      agreedActions: string[];
      /** @description The focus theme's title. */
      focusTheme: string;
      /** @description The coach's view only: absent from the leader's. */
      privateNotes?: string | null;
    };
    SignupDto: {
      /** @example coach@example.com */
      email: string;
      /** @example a long passphrase */
      password: string;
      /** @example Dana Coach */
      name: string;
    };
    SignupResultDto: {
      coach: components['schemas']['CoachDto'];
      /** @description The bearer token of a new 30-day session: `Authorization: Bearer <token>`. */
      token: string;
    };
    SplitSideDto: {
      n: number;
      /** @description Share who saw improvement, 0..1. */
      improvedShare: number;
      /** @description Share better minus share worse, -1..+1. */
      netScore: number;
    };
    SponsorAgendaDto: {
      title: string;
      leader: string;
      sponsor: string | null;
      shared: components['schemas']['SponsorShareDto'];
      statusRule: string | null;
      /** @description The start, middle and end meetings with the leader. */
      meetings: components['schemas']['MeetingDto'][];
    };
    SponsorShareDto: {
      /** @description The sponsor sees the goals and intended outcomes. */
      goals: boolean;
      /** @description The sponsor sees progress at the reviews. */
      progress: boolean;
    };
    StartStopContinueDto: {
      start: components['schemas']['StartStopContinueEntryDto'][];
      stop: components['schemas']['StartStopContinueEntryDto'][];
      continue: components['schemas']['StartStopContinueEntryDto'][];
    };
    StartStopContinueEntryDto: {
      text: string;
      themeIds: string[];
      /** @description A shown bucket, or null. */
      bucket: string | null;
      /** @description The language it is written in (ISO 639-1, as `fr`), when comment theming cannot read it: it was given no theme by software. Absent otherwise. */
      language?: string;
    };
    StatusAtDto: {
      /** @enum {string} */
      status: 'achieved' | 'on_track' | 'behind' | 'not_measured';
      reason: string;
    };
    StatusesAtDto: {
      midpoint: components['schemas']['StatusAtDto'] | null;
      final: components['schemas']['StatusAtDto'] | null;
    };
    SuggestionClusterDto: {
      texts: string[];
      /** @description How many suggestions say something similar. */
      count: number;
    };
    SuggestionsByThemeDto: {
      start: components['schemas']['ThemeSuggestionsDto'][];
      stop: components['schemas']['ThemeSuggestionsDto'][];
      continue: components['schemas']['ThemeSuggestionsDto'][];
    };
    SurveyDefinitionDto: {
      /** @example leadership-360 */
      id: string;
      version: number;
      title: string;
      groups: components['schemas']['SurveyDefinitionGroupDto'][];
      description?: string;
      /** @description The top of the rater's form; may hold {{leader}}. */
      intro?: string;
      scale: components['schemas']['SurveyScaleDto'];
      /** @description The -3..+3 scale of change items (progress pulses). */
      changeScale?: components['schemas']['ChangeScaleDto'];
      /** @description How often the leader followed up with the rater about a goal (progress pulses). */
      followUpScale?: components['schemas']['FollowUpScaleDto'];
      themes: components['schemas']['SurveyThemeDto'][];
      questions: components['schemas']['SurveyQuestionDto'][];
      /** @description Asked once per focus goal of the program in a review; a campaign snapshot has it expanded into its themes. */
      perGoal?: components['schemas']['PerGoalBlockDto'];
      report: components['schemas']['ReportSettingsDto'];
      /**
       * @description Every text a rater reads in other languages, by language code (fr, pt-BR): title, intro, scale, changeScale, followUpScale, groups and themes by id, items as a list of {id, text, selfText}, questions and perGoal by id. See surveys/survey.schema.json.
       * @example {
       *       "fr": {
       *         "title": "Feedback 360° sur le leadership"
       *       }
       *     }
       */
      translations?: {
        [key: string]: {
          [key: string]: unknown;
        };
      };
    };
    SurveyDefinitionGroupDto: {
      /** @enum {string} */
      id: 'self' | 'boss' | 'peer' | 'direct_report' | 'other';
      /** @example Peers */
      label: string;
      /** @description False for identified groups (self, boss), who are told so before they answer. */
      anonymous: boolean;
      /**
       * @description The fewest answers of this group a report shows a figure from.
       * @example 3
       */
      minResponses: number;
      /** @description The fewest answers of this group before any of its comments is shown (at least minResponses); minResponses when absent. */
      minCommentResponses?: number;
    };
    SurveyGroupDto: {
      /** @enum {string} */
      id: 'self' | 'boss' | 'peer' | 'direct_report' | 'other';
      /** @example Peers */
      label: string;
      /** @description False for identified groups (self, boss), who are told so before they answer. */
      anonymous: boolean;
      /**
       * @description The fewest answers of this group a report shows a figure from.
       * @example 3
       */
      minResponses: number;
    };
    SurveyItemDto: {
      /** @example communication.listens */
      id: string;
      /** @description Worded for raters about the leader; may hold {{leader}}. */
      text: string;
      /** @description Worded for the leader rating themself. */
      selfText: string;
      /**
       * @description 'likert' is rated on `scale`, 'change' on `changeScale`, 'followUp' on `followUpScale`.
       * @enum {string}
       */
      kind: 'likert' | 'change' | 'followUp';
    };
    SurveyQuestionDto: {
      /** @example strengths */
      id: string;
      /** @enum {string} */
      type: 'text' | 'start_stop_continue';
      prompt: string;
      /** @description The prompt the leader sees. */
      selfPrompt?: string;
      /**
       * @description Text questions only: answers are strengths (positive) or changes (constructive unless the rater has none), whatever their words.
       * @enum {string}
       */
      asks?: 'strengths' | 'changes';
      /** @description The groups asked this question. */
      groups: ('self' | 'boss' | 'peer' | 'direct_report' | 'other')[];
    };
    SurveyScaleDto: {
      /**
       * @description Ratings run 1..points.
       * @example 5
       */
      points: number;
      /** @description One label per point, lowest first. */
      labels: string[];
      /**
       * @description The "not observed" choice, sent and stored as null.
       * @example Not observed
       */
      notObserved: string;
    };
    SurveySummaryDto: {
      /** @example leadership-360 */
      id: string;
      version: number;
      title: string;
      groups: components['schemas']['SurveyGroupDto'][];
    };
    SurveyThemeDto: {
      /** @example communication */
      id: string;
      title: string;
      description?: string;
      /** @description Words and phrases that tie a comment to this theme. */
      keywords: string[];
      items: components['schemas']['SurveyItemDto'][];
    };
    ThemeFigureDto: {
      /** @description Others' average for the theme. */
      mean: number;
      /** @description How many raters it pools. */
      n: number;
    };
    ThemePracticesDto: {
      themeId: string;
      title: string;
      /** @description Best fit first. */
      practices: components['schemas']['RankedPracticeDto'][];
    };
    ThemeSuggestionsDto: {
      /** @description Null for suggestions that fit no theme. */
      themeId: string | null;
      title: string;
      clusters: components['schemas']['SuggestionClusterDto'][];
    };
    UpdateOutcomesDto: {
      /**
       * @description Intended outcomes: each a plain text, or {text, indicator} where the indicator says how it is measured: exactly one of themeId or itemId; source: whose ratings ('others': everyone but the leader; 'boss'; 'self'; 'all'); measure: 'mean' (the latest review's average) or 'change' (how far it moved from the baseline); operator '>=' or '<='; value.
       * @example [
       *       "A successor for the operations team is identified",
       *       {
       *         "text": "Others experience Alex as a listener",
       *         "indicator": {
       *           "themeId": "communication",
       *           "source": "others",
       *           "measure": "mean",
       *           "operator": ">=",
       *           "value": 4
       *         }
       *       },
       *       {
       *         "text": "The manager sees more delegation",
       *         "indicator": {
       *           "itemId": "developing-others.delegates",
       *           "source": "boss",
       *           "measure": "change",
       *           "operator": ">=",
       *           "value": 1
       *         }
       *       }
       *     ]
       */
      outcomes: (
        | string
        | {
            text: string;
            indicator?: {
              /** @example communication */
              themeId?: string;
              /** @example developing-others.delegates */
              itemId?: string;
              /** @enum {string} */
              source: 'others' | 'boss' | 'self' | 'all';
              /** @enum {string} */
              measure: 'mean' | 'change';
              /** @enum {string} */
              operator: '>=' | '<=';
              /** @example 4 */
              value: number;
            } | null;
          }
      )[];
    };
    UpdateRaterDto: {
      /**
       * @description The rater's corrected address; after launch only one that did not work, whose invitation is then sent again with a new link.
       * @example sam.lee@example.com
       */
      email?: string;
      /**
       * @description The rater's language: their mail comes in it and their form opens in it, when the survey is translated into it (English otherwise). Left out, the form follows the browser's language. null: no language set.
       * @example fr
       * @enum {string|null}
       */
      language?: 'en' | 'fr' | null;
    };
    VersionListDto: {
      versions: components['schemas']['VersionSummaryDto'][];
    };
    VersionSummaryDto: {
      number: number;
      /** Format: date-time */
      createdAt: string;
      /**
       * Format: date-time
       * @description When the coach released it to the leader; it never changes after.
       */
      releasedAt: string | null;
      /** @description Answers it is built from. */
      responses: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResultDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Wrong email or password. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many attempts from this address: wait a minute. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  AuthController_logout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session is revoked: its token no longer works. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  PasswordResetController_request: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordResetRequestDto'];
      };
    };
    responses: {
      /** @description When the email has an account, a one-time link (an hour) is mailed to it. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordResetRequestedDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many attempts from this address: wait a minute. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  PasswordResetController_reset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PasswordResetDto'];
      };
    };
    responses: {
      /** @description The new password is saved, every earlier session ended, and a new one opened. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoginResultDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such link. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The link was used already, or is more than an hour old: ask for a new one. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many attempts from this address: wait a minute. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  AuthController_signup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SignupDto'];
      };
    };
    responses: {
      /** @description The new account, signed in. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignupResultDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description An account with this email already exists. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many attempts from this address: wait a minute. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CampaignsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignViewDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CampaignsController_close: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The campaign is closed: its links answer 410, and every waiting answer is folded in. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignViewDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  InterviewsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The interviews the coach entered in the campaign, oldest day first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InterviewView'][];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  InterviewsController_record: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InterviewDto'];
      };
    };
    responses: {
      /** @description The interview is stored as one more answer of its group, marked as the coach’s: readers see it as an answer like any other, but no threshold is met by interviews in place of rater answers. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReceivedDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The campaign takes no answers: not launched yet, closed, or past its close date. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  InterviewsController_correct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        interviewId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['InterviewDto'];
      };
    };
    responses: {
      /** @description The correction takes the place of the interview, as one change: the interview is taken out, and the correction entered and folded as a new one. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReceivedDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description A report version counts the interview (a version never changes, so the interview stays), or the campaign takes no answers any more. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  InterviewsController_remove: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        interviewId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The interview is taken back out, its notes and ratings with it, as if it had never been entered. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description A report version counts the interview: a version never changes, so the interview stays. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CampaignsController_launch: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The campaign is open; one email per rater is queued. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LaunchResultDto'];
        };
      };
      /** @description There is no rater besides the leader. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The campaign is already launched or closed. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  NominationsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The leader's proposal and where it stands. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NominationViewDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  NominationsController_edit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NominationRatersDto'];
      };
    };
    responses: {
      /** @description The proposal as the coach corrected it, still waiting for approval. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NominationViewDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The campaign has launched (the list is locked), or the leader has not sent a proposal. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  NominationsController_approve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The proposed raters are now the campaign's raters (GET /api/campaigns/:id/raters). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NominationViewDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The campaign has launched (the list is locked), or the leader has not sent a proposal. Or someone proposed is already a rater. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  NominationsController_sendBack: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SendBackNominationDto'];
      };
    };
    responses: {
      /** @description Sent back to the leader with the note, for them to change and send again. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NominationViewDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The campaign has launched (the list is locked), or the leader has not sent a proposal. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CampaignsController_progress: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgressViewDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CampaignsController_listRaters: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Each rater with the delivery of their invitation; never whether they answered. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RaterListDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CampaignsController_addRaters: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddRatersDto'];
      };
    };
    responses: {
      /** @description All the campaign's raters; once launched, the new ones are invited at once. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RaterListDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Someone listed is already a rater of this campaign. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The campaign is closed. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CampaignsController_updateRater: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        raterId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateRaterDto'];
      };
    };
    responses: {
      /** @description The rater with the corrected address or language; after launch, an invitation that did not arrive is sent again, with a new link, to the corrected address. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RaterViewDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Someone else in this campaign has this address, or the invitation is on its way or was delivered. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The campaign is closed. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CampaignsController_remind: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A reminder round for those who have not answered: counted at once, and queued, or, while Redis is away, queued by the worker's sweep once it is back. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RemindResultDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The campaign is not open: not launched yet, or closed. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ReportsController_report: {
    parameters: {
      query?: {
        version?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report. `?version=N` is served as frozen, with `pending` null. */
      200: {
        headers: {
          /** @description A strong validator of these bytes. */
          ETag?: string;
          /** @description `gzip` when `Accept-Encoding` accepts it; absent otherwise. */
          'Content-Encoding'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportDto'];
        };
      };
      /** @description `If-None-Match` named the ETag of the report as it is now: nothing changed. */
      304: {
        headers: {
          /** @description The same validator. */
          ETag?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `version` is not a whole number of at least 1. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such campaign of this coach, or no such version. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ReportsController_reportCsv: {
    parameters: {
      query?: {
        version?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report's aggregate scores as CSV (RFC 4180, formula-safe); never single answers or comments. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description `version` is not a whole number of at least 1. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such campaign of this coach, or no such version. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ReportsController_release: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReleaseReportDto'];
      };
    };
    responses: {
      /** @description The released version. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VersionSummaryDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such campaign of this coach, or no such version. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description There is no report to release yet: no answer is aggregated, or a closed campaign's answers are still being added. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CommentReviewController_list: {
    parameters: {
      query?: {
        version?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CommentReviewDto'];
        };
      };
      /** @description `version` is not a whole number of at least 1. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such campaign of this coach, or no such version. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description There is no report version yet: read the report first. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CommentReviewController_decide: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        commentId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReviewDecisionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewedCommentResultDto'];
        };
      };
      /** @description A field is missing or wrong (`version`, `decision`, `themeId`), named with the reason. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such campaign of this coach, no such version, or no such comment in it. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The version was released to the leader: it never changes. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ReportsController_versions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VersionListDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EngagementsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The coach's own engagements. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementViewDto'][];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EngagementsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateEngagementDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementViewDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EngagementsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementViewDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EngagementsController_delete: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Everything stored about the engagement is gone. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CampaignsController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignViewDto'][];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CampaignsController_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCampaignDto'];
      };
    };
    responses: {
      /** @description A draft campaign; the leader is added as 'self' when the survey has a self group. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CampaignViewDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The engagement is closed, or a review needs the program saved first. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EngagementExportController_export: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementExportDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  AccessLinksController_leaderLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sign-in link is queued for mailing. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccessLinkSentDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EngagementsController_setOutcomes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateOutcomesDto'];
      };
    };
    responses: {
      /** @description The engagement, each outcome with `measuredBy`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementViewDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The engagement is closed. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  EngagementsController_changePhase: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePhaseDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EngagementViewDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The engagement cannot move to that phase from its current one: `message` names those it can. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ProgramsController_logAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PracticeActionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PracticeActionRecordDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such engagement of this coach, or it has no program yet. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The engagement is closed. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CheckInCorrectionsController_updateAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        actionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PracticeActionDto'];
      };
    };
    responses: {
      /** @description The action as corrected. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PracticeActionRecordDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such engagement of this coach, no program, or no such entry in this engagement. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The engagement is closed. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CheckInCorrectionsController_deleteAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        actionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The action is deleted: done against planned counts one fewer. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such engagement of this coach, no program, or no such entry in this engagement. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The engagement is closed. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ProgramsController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgramViewDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such engagement of this coach, or it has no program yet. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ProgramsController_save: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SaveProgramDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgramViewDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The engagement is closed, or no baseline report has been released yet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ProgramsController_proposal: {
    parameters: {
      query?: {
        baselineCampaignId?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgramProposalDto'];
        };
      };
      /** @description `baselineCampaignId` is not a baseline campaign of this engagement. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No baseline report has been released to the leader yet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  PulsesController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PulseListDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  PulsesController_schedule: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['SchedulePulseDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PulseViewDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The engagement is closed. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  PulsesController_cancel: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        pulseId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The pulse has launched already. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ReviewsController_review: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewReportDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such engagement of this coach, or it has no program yet. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The program's baseline report version cannot be read. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ProgramsController_sessions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoachingSessionListDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ProgramsController_logSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CoachingSessionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoachingSessionRecordDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such engagement of this coach, or it has no program yet. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The engagement is closed. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CheckInCorrectionsController_updateSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CoachingSessionDto'];
      };
    };
    responses: {
      /** @description The session as corrected. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CoachingSessionRecordDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such engagement of this coach, no program, or no such entry in this engagement. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The engagement is closed. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  CheckInCorrectionsController_deleteSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        sessionId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session and its private notes are deleted. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such engagement of this coach, no program, or no such entry in this engagement. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The engagement is closed. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  AccessLinksController_sponsorAgenda: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SponsorAgendaDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  AccessLinksController_sponsorLink: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The sign-in link is queued for mailing. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AccessLinkSentDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No valid bearer token: missing, unknown, expired or signed out. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The engagement has no sponsor. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  HealthController_health: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Postgres and Redis both answer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
      /** @description Postgres or Redis does not answer: the body says which. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthDto'];
        };
      };
    };
  };
  BounceWebhookController_receive: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The bounce message, at most 512 kB. */
    requestBody: {
      content: {
        'message/rfc822': string;
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BounceReceiptDto'];
        };
      };
      /** @description The body is not message/rfc822, or names no VERP address of this server (or a forged one). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No bearer token, or not MAIL_BOUNCE_WEBHOOK_SECRET. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description MAIL_BOUNCE_WEBHOOK_SECRET is not set: bounces are not taken by HTTP. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 512 kB. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ResponsesApiController_questionnaire: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['QuestionnaireDto'];
        };
      };
      /** @description The link is not valid. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description This link has already been answered, or its rater declined. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The campaign has closed: the link no longer works. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many attempts from this address: wait a minute. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ResponsesApiController_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AnswersDto'];
      };
    };
    responses: {
      /** @description The answer is stored, with nothing that ties it to the rater. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReceivedDto'];
        };
      };
      /** @description An answer is wrong: `message` names its key and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The link is not valid. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description This link has already been answered, or its rater declined. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The campaign has closed: the link no longer works. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many attempts from this address: wait a minute. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ResponsesApiController_decline: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeclineDto'];
      };
    };
    responses: {
      /** @description The rater declined: the link takes no answer and no reminder goes out. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeclinedDto'];
        };
      };
      /** @description The reason is not text, or too long. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The link is not valid. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description This link has already been answered, or its rater declined. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The campaign has closed: the link no longer works. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many attempts from this address: wait a minute. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ResponsesApiController_saveDraft: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        token: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AnswersDto'];
      };
    };
    responses: {
      /** @description The draft is saved, encrypted with a key only the link holds. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description An answer is wrong: `message` names its key and why. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The link is not valid. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description This link has already been answered, or its rater declined. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The campaign has closed: the link no longer works. */
      410: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many attempts from this address: wait a minute. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  SurveysController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SurveySummaryDto'][];
        };
      };
    };
  };
  SurveysController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SurveyDefinitionDto'];
        };
      };
      /** @description Not found. Another coach's records, and malformed ids, are not found either. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  ReportPdfController_reportPdf: {
    parameters: {
      query?: {
        version?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The report printed by Chromium: a cover, then every section of the report page, "Page X of Y" in each footer. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      /** @description A browser (Accept: text/html) without a session is sent to sign in first, and back here after. */
      303: {
        headers: {
          /** @description /coach/login?next=<this address> */
          Location?: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `version` is not a whole number of at least 1. A browser asking for HTML gets it as a page. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
          'text/html': string;
        };
      };
      /** @description Neither a valid bearer token nor the sign-in cookie. A browser asking for HTML gets it as a page. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
          'text/html': string;
        };
      };
      /** @description No such campaign of this coach, or no such version. A browser asking for HTML gets it as a page. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
          'text/html': string;
        };
      };
      /** @description Chromium is missing or did not print in time: `message` names CHROMIUM_PATH. A browser asking for HTML gets it as a page. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
          'text/html': string;
        };
      };
    };
  };
  LeaderRatersApiController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        campaignId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The proposal, where it stands, and each group with its minimum and recommended count. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NominationViewDto'];
        };
      };
      /** @description Not signed in as this engagement's leader (the session cookie of its sign-in link), or not a campaign of the engagement. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  LeaderRatersApiController_propose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        campaignId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['NominationRatersDto'];
      };
    };
    responses: {
      /** @description The proposal as it now stands; not yet sent to the coach. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NominationViewDto'];
        };
      };
      /** @description Bad input: `message` lists each wrong field and why ("field: reason"). */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not signed in as this engagement's leader (the session cookie of its sign-in link), or not a campaign of the engagement. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The campaign has launched (the list is locked), or the proposal is with the coach. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  LeaderRatersApiController_submit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        campaignId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The proposal is with the coach, to approve or send back. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NominationViewDto'];
        };
      };
      /** @description Nobody is proposed yet. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Not signed in as this engagement's leader (the session cookie of its sign-in link), or not a campaign of the engagement. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The campaign has launched (the list is locked), or the proposal is already with the coach. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The body is larger than 256kb. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  LeaderApiController_program: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The program, without the coach's private notes. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgramViewDto'];
        };
      };
      /** @description Not signed in as this engagement's leader (the session cookie of its sign-in link), or nothing released yet. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  LeaderApiController_reports: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReleasedReportsDto'];
        };
      };
      /** @description Not signed in as this engagement's leader (the session cookie of its sign-in link), or nothing released yet. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  LeaderApiController_report: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        campaignId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The latest version the coach released, as it was frozen. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReportDto'];
        };
      };
      /** @description Not signed in as this engagement's leader (the session cookie of its sign-in link), or nothing released yet. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  LeaderApiController_review: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The review, from released report versions only. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReviewReportDto'];
        };
      };
      /** @description Not signed in as this engagement's leader (the session cookie of its sign-in link), or nothing released yet. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  LeaderApiController_sharing: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description What the leader shares with the sponsor. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SponsorShareDto'];
        };
      };
      /** @description Not signed in as this engagement's leader (the session cookie of its sign-in link), or nothing released yet. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  SponsorApiController_agenda: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SponsorAgendaDto'];
        };
      };
      /** @description Not signed in as this engagement's sponsor (the session cookie of its sign-in link). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Postgres or Redis is briefly unreachable: try again. `errorId` names the incident. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
}
