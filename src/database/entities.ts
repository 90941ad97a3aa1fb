import { AccessLinkEntity, AccessSessionEntity, SponsorShareEntity } from '../access/access.entity';
import { AggregateEntity } from '../aggregation/aggregate.entity';
import { CommentEntity } from '../aggregation/comment.entity';
import { CoachSessionEntity } from '../auth/coach-session.entity';
import { CoachEntity } from '../auth/coach.entity';
import { PasswordResetEntity } from '../auth/password-reset.entity';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { DeclineReasonEntity } from '../campaigns/decline-reason.entity';
import { InvitationEntity } from '../campaigns/invitation.entity';
import { NominationEntity } from '../campaigns/nominations/nomination.entity';
import { RaterEntity } from '../campaigns/rater.entity';
import { EngagementEntity } from '../engagements/engagement.entity';
import { CoachingSessionEntity, PracticeActionEntity } from '../programs/check-in.entity';
import { InvitationThanksEntity } from '../mail/invitation-thanks.entity';
import { ProgramEntity } from '../programs/program.entity';
import { CommentReviewEntity } from '../reports/review/comment-review.entity';
import { PulseScheduleEntity } from '../pulses/pulse-schedule.entity';
import { ReportVersionEntity } from '../reports/versions/report-version.entity';
import { DraftEntity } from '../responses/draft.entity';
import { ResponseEntity } from '../responses/response.entity';

export const ENTITIES = [
  CoachEntity,
  CoachSessionEntity,
  EngagementEntity,
  CampaignEntity,
  RaterEntity,
  InvitationEntity,
  InvitationThanksEntity,
  DraftEntity,
  ResponseEntity,
  AggregateEntity,
  CommentEntity,
  ReportVersionEntity,
  ProgramEntity,
  PulseScheduleEntity,
  CoachingSessionEntity,
  PracticeActionEntity,
  AccessLinkEntity,
  AccessSessionEntity,
  SponsorShareEntity,
  PasswordResetEntity,
  CommentReviewEntity,
  NominationEntity,
  DeclineReasonEntity,
];
