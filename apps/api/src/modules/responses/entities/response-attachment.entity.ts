import type { AcceptedFileKind } from '@mcf/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A file a firm attaches to its response (a quotation, a drawing): PDF, PNG or JPEG by content,
 * stored by its hash like every other upload.
 */
@Entity({ name: 'response_attachments' })
@Index('IDX_response_attachments_response', ['responseId', 'createdAt'])
export class ResponseAttachment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_response_attachments' })
  id: string;

  @Column({ name: 'response_id', type: 'uuid' })
  responseId: string;

  @Column({ name: 'file_sha256', type: 'char', length: 64 })
  fileSha256: string;

  @Column({ name: 'file_kind', type: 'varchar', length: 8 })
  fileKind: AcceptedFileKind;

  @Column({ name: 'file_size', type: 'integer' })
  fileSize: number;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
