import type { AcceptedFileKind } from '@mcf/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A file attached to a demand (drawings, specifications): PDF, PNG or JPEG by content, stored by its hash. */
@Entity({ name: 'demand_attachments' })
@Index('IDX_demand_attachments_demand', ['demandId', 'createdAt'])
export class DemandAttachment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_demand_attachments' })
  id: string;

  @Column({ name: 'demand_id', type: 'uuid' })
  demandId: string;

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
