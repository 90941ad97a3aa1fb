import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CampaignScopedEntity } from '../campaigns/campaign-scoped.entity';

/**
 * A saved, unsubmitted answer. Its id is a hash of the token (not the invitation's hash) and its
 * content is encrypted with a key derived from the token: the database alone can neither read
 * it nor tie it to a rater.
 */
@Entity('drafts')
export class DraftEntity extends CampaignScopedEntity {
  @PrimaryColumn('text')
  id: string;

  @Column('bytea')
  iv: Buffer;

  @Column('bytea')
  ciphertext: Buffer;

  @Column('bytea', { name: 'auth_tag' })
  authTag: Buffer;

  @Column('date', { name: 'saved_on' })
  savedOn: string;
}
