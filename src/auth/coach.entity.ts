import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('coaches')
export class CoachEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** Stored lower-cased: one account per address whatever its capitalisation. */
  @Column('text', { unique: true })
  email: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'password_hash' })
  passwordHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
