import type { AcceptedFileKind } from '@mcf/domain';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A message in a thread, with an optional attachment (PDF, PNG or JPEG, stored by the SHA-256 of its
 * content). `readAt` is the read receipt: when the other side marked it read.
 */
@Entity({ name: 'thread_messages' })
@Index('IDX_thread_messages_thread_created', ['threadId', 'createdAt'])
@Check('CHK_thread_messages_attachment_kind', `"attachment_kind" IN ('PDF', 'PNG', 'JPEG')`)
@Check(
  'CHK_thread_messages_attachment',
  `("attachment_sha256" IS NULL) = ("attachment_kind" IS NULL) AND ("attachment_sha256" IS NULL) = ("attachment_size" IS NULL) AND ("attachment_sha256" IS NULL) = ("attachment_name" IS NULL)`,
)
export class ThreadMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'thread_id', type: 'uuid' })
  threadId: string;

  @Column({ name: 'sender_organization_id', type: 'uuid' })
  senderOrganizationId: string;

  @Column({ name: 'sender_user_id', type: 'uuid' })
  senderUserId: string;

  @Column({ type: 'text', default: '' })
  body: string;

  @Column({ name: 'attachment_sha256', type: 'char', length: 64, nullable: true })
  attachmentSha256: string | null;

  @Column({ name: 'attachment_kind', type: 'varchar', length: 8, nullable: true })
  attachmentKind: AcceptedFileKind | null;

  @Column({ name: 'attachment_size', type: 'integer', nullable: true })
  attachmentSize: number | null;

  @Column({ name: 'attachment_name', type: 'varchar', length: 255, nullable: true })
  attachmentName: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
