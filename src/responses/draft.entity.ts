import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CampaignEntity } from '../campaigns/campaign.entity';

/**
 * A saved, unsubmitted answer. Its id is a hash of the token (not the invitation's hash) and its
 * content is encrypted with a key derived from the token: the database alone can neither read
 * it nor tie it to a rater.
 */
@Entity('drafts')
export class DraftEntity {
  @PrimaryColumn('text')
  id: string;

  @Index()
  @Column('uuid', { name: 'campaign_id' })
  campaignId: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @Column('bytea')
  iv: Buffer;

  @Column('bytea')
  ciphertext: Buffer;

  @Column('bytea', { name: 'auth_tag' })
  authTag: Buffer;

  @Column('date', { name: 'saved_on' })
  savedOn: string;
}
