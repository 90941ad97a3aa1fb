import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InvitationEntity } from '../campaigns/invitation.entity';

/**
 * Raters thanked for answering, once their campaign closed. A table of its own rather than a flag
 * on the invitation: the settle rewrites answered invitations together, under one transaction id
 * and in a shuffled order, and marking thanks one by one on them would undo that.
 */
@Entity('invitation_thanks')
export class InvitationThanksEntity {
  @PrimaryColumn('uuid', { name: 'invitation_id' })
  invitationId: string;

  @ManyToOne(() => InvitationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invitation_id' })
  invitation?: InvitationEntity;
}
