import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { TalentContact } from './talent-contact.entity.js';
import type { ForeignRow } from '../../../core/database/foreign-row.js';

/** One message of a talent contact, from the organisation or from the person. */
@Entity({ name: 'talent_messages' })
@Check('CHK_talent_messages_side', `"side" IN ('ORGANIZATION', 'PERSON')`)
@Index('IDX_talent_messages_contact', ['contactId', 'createdAt'])
export class TalentMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contact_id', type: 'uuid' })
  contactId: string;

  @ManyToOne(() => TalentContact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'FK_talent_messages_contact' })
  contact?: Relation<TalentContact>;

  @Column({ type: 'varchar', length: 12 })
  side: 'ORGANIZATION' | 'PERSON';

  @Column({ name: 'sender_user_id', type: 'uuid', nullable: true })
  senderUserId: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sender_user_id', foreignKeyConstraintName: 'FK_talent_messages_sender' })
  sender?: ForeignRow;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
