import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { CoachEntity } from '../../src/auth/coach.entity';
import { CampaignEntity } from '../../src/campaigns/campaign.entity';
import { InvitationEntity } from '../../src/campaigns/invitation.entity';
import { RaterEntity } from '../../src/campaigns/rater.entity';
import { EngagementEntity } from '../../src/engagements/engagement.entity';
import { ResponseEntity } from '../../src/responses/response.entity';
import type { CommentKind, CommentSentiment } from '../../src/theming/comment.types';
import type { RaterGroupId } from '../../src/surveys/survey.types';
import { surveyFactory } from './survey.factory';

export interface CommentRow {
  id: string;
  campaignId: string;
  groupId: RaterGroupId;
  questionId: string;
  kind: CommentKind;
  text: string;
  themeIds: string[];
  /** Null only before the migration that made it required. */
  sentiment: CommentSentiment | null;
  sortKey: number;
  releasedIn: number | null;
}

/**
 * Rows for repository tests, written straight into the database: each call builds what it needs
 * and fills in what it is not told (a campaign without an engagement gets one, with its coach).
 * Every row is written in its own statement, so rows written one after another get distinct
 * transaction ids and sit in the order they were written.
 */
export class RowFactory {
  constructor(private readonly db: DataSource | EntityManager) {}

  async coach(overrides: Partial<CoachEntity> = {}): Promise<CoachEntity> {
    const id = overrides.id ?? randomUUID();
    const coach = { id, email: `coach-${id}@example.com`, name: 'Casey Coach', passwordHash: 'not-a-real-hash', ...overrides };
    await this.db.getRepository(CoachEntity).insert(coach);
    return this.db.getRepository(CoachEntity).findOneByOrFail({ id });
  }

  async engagement(overrides: Partial<EngagementEntity> = {}): Promise<EngagementEntity> {
    const id = overrides.id ?? randomUUID();
    const coachId = overrides.coachId ?? (await this.coach()).id;
    await this.db
      .getRepository(EngagementEntity)
      .insert({ id, coachId, title: 'Alex Morgan: leadership', leaderName: 'Alex Morgan', leaderEmail: `leader-${id}@example.com`, ...overrides });
    return this.db.getRepository(EngagementEntity).findOneByOrFail({ id });
  }

  /** An open campaign of the mini survey (test/factories/survey.factory.ts) unless told otherwise. */
  async campaign(overrides: Partial<CampaignEntity> = {}): Promise<CampaignEntity> {
    const id = overrides.id ?? randomUUID();
    const engagementId = overrides.engagementId ?? (await this.engagement()).id;
    const survey = overrides.surveySnapshot ?? surveyFactory();
    await this.db.getRepository(CampaignEntity).insert({
      id,
      engagementId,
      surveyId: survey.id,
      surveyVersion: survey.version,
      surveySnapshot: survey,
      status: 'open',
      launchedAt: new Date(),
      ...overrides,
    });
    return this.db.getRepository(CampaignEntity).findOneByOrFail({ id });
  }

  async rater(campaignId: string, overrides: Partial<RaterEntity> = {}): Promise<RaterEntity> {
    const id = overrides.id ?? randomUUID();
    await this.db.getRepository(RaterEntity).insert({ id, campaignId, name: 'Robin Rater', email: `rater-${id}@example.com`, groupId: 'peer', ...overrides });
    return this.db.getRepository(RaterEntity).findOneByOrFail({ id });
  }

  /** An invitation with its rater (of the invitation's group). */
  async invitation(campaignId: string, overrides: Partial<InvitationEntity> = {}): Promise<InvitationEntity> {
    const id = overrides.id ?? randomUUID();
    const groupId = overrides.groupId ?? 'peer';
    const raterId = overrides.raterId ?? (await this.rater(campaignId, { groupId })).id;
    await this.db
      .getRepository(InvitationEntity)
      .insert({ id, campaignId, raterId, groupId, tokenNonce: randomBytes(16).toString('hex'), tokenHash: randomBytes(32).toString('hex'), ...overrides });
    return this.db.getRepository(InvitationEntity).findOneByOrFail({ id });
  }

  /** A submitted answer waiting to be folded: a peer rating every item of the mini survey 4, with one comment. */
  async response(campaignId: string, overrides: Partial<ResponseEntity> = {}): Promise<ResponseEntity> {
    const id = overrides.id ?? randomUUID();
    await this.db.getRepository(ResponseEntity).insert({
      id,
      campaignId,
      groupId: 'peer',
      submittedOn: new Date().toISOString().slice(0, 10),
      ratings: { 'communication.listens': 4, 'communication.clear': 4, 'execution.commits': 4, 'execution.priorities': 4 },
      texts: { strengths: 'Explains decisions clearly' },
      ...overrides,
    });
    return this.db.getRepository(ResponseEntity).findOneByOrFail({ id });
  }

  async responses(campaignId: string, count: number, overrides: Partial<ResponseEntity> = {}): Promise<ResponseEntity[]> {
    const written: ResponseEntity[] = [];
    for (let index = 0; index < count; index += 1) written.push(await this.response(campaignId, overrides));
    return written;
  }

  /** Plain SQL, so that it also writes into the schema of an earlier migration (a NULL sentiment). */
  async comment(campaignId: string, overrides: Partial<CommentRow> = {}): Promise<CommentRow> {
    const comment: CommentRow = {
      id: randomUUID(),
      campaignId,
      groupId: 'peer',
      questionId: 'strengths',
      kind: 'text',
      text: 'Explains decisions clearly',
      themeIds: ['communication'],
      sentiment: 'positive',
      sortKey: Math.random(),
      releasedIn: null,
      ...overrides,
    };
    await this.db.query(
      `INSERT INTO comments (id, campaign_id, group_id, question_id, kind, text, theme_ids, sentiment, sort_key, released_in) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        comment.id,
        campaignId,
        comment.groupId,
        comment.questionId,
        comment.kind,
        comment.text,
        JSON.stringify(comment.themeIds),
        comment.sentiment,
        comment.sortKey,
        comment.releasedIn,
      ],
    );
    return comment;
  }
}
