import { InitialSchema1764000000000 } from './1764000000000-InitialSchema';
import { CommentSentiment1764100000000 } from './1764100000000-CommentSentiment';
import { ReportVersions1764200000000 } from './1764200000000-ReportVersions';
import { BatchedFolding1764300000000 } from './1764300000000-BatchedFolding';
import { InvitationRetries1764300000001 } from './1764300000001-InvitationRetries';
import { EngagementPrograms1764400000000 } from './1764400000000-EngagementPrograms';
import { LeaderSponsorAccess1764400001000 } from './1764400001000-LeaderSponsorAccess';
import { CommentSentimentBackfill1765000000000 } from './1765000000000-CommentSentimentBackfill';
import { PasswordResets1765100000000 } from './1765100000000-PasswordResets';
import { CommentReview1766100000000 } from './1766100000000-CommentReview';
import { RaterNominations1766300000000 } from './1766300000000-RaterNominations';
import { RaterDeclines1766300000001 } from './1766300000001-RaterDeclines';
import { EngagementFocusGoals1766400000000 } from './1766400000000-EngagementFocusGoals';
import { PulseSchedules1766400000100 } from './1766400000100-PulseSchedules';
import { InvitationThanksAndRefusals1766500000000 } from './1766500000000-InvitationThanksAndRefusals';
import { RaterLanguage1766600000000 } from './1766600000000-RaterLanguage';
import { CommentLanguage1766620000000 } from './1766620000000-CommentLanguage';
import { ReportVersionBodies1766720000000 } from './1766720000000-ReportVersionBodies';
import { CommentThemingFailed1766800000000 } from './1766800000000-CommentThemingFailed';
import { ReminderRoundsQueued1766810000000 } from './1766810000000-ReminderRoundsQueued';
import { InterviewAnswers1766900000000 } from './1766900000000-InterviewAnswers';
import { InterviewCorrections1767000000000 } from './1767000000000-InterviewCorrections';

/** Every migration, in order. Listed explicitly so the built app and the tests see the same set. */
export const MIGRATIONS = [
  InitialSchema1764000000000,
  CommentSentiment1764100000000,
  ReportVersions1764200000000,
  BatchedFolding1764300000000,
  InvitationRetries1764300000001,
  EngagementPrograms1764400000000,
  LeaderSponsorAccess1764400001000,
  CommentSentimentBackfill1765000000000,
  PasswordResets1765100000000,
  CommentReview1766100000000,
  RaterNominations1766300000000,
  RaterDeclines1766300000001,
  EngagementFocusGoals1766400000000,
  PulseSchedules1766400000100,
  InvitationThanksAndRefusals1766500000000,
  RaterLanguage1766600000000,
  CommentLanguage1766620000000,
  ReportVersionBodies1766720000000,
  CommentThemingFailed1766800000000,
  ReminderRoundsQueued1766810000000,
  InterviewAnswers1766900000000,
  InterviewCorrections1767000000000,
];
