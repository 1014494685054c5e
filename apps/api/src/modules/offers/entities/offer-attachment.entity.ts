import type { AcceptedFileKind } from '@mcf/domain';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { TechnologyOffer } from './technology-offer.entity.js';

/**
 * A file attached to a technology offer (a brochure, a test report): PDF, PNG or JPEG by content, stored
 * by its hash in the same file store as certificates and demands' attachments.
 */
@Entity({ name: 'offer_attachments' })
@Index('IDX_offer_attachments_offer', ['offerId', 'createdAt'])
export class OfferAttachment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_offer_attachments' })
  id: string;

  @Column({ name: 'offer_id', type: 'uuid' })
  offerId: string;

  @ManyToOne('TechnologyOffer', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'offer_id', foreignKeyConstraintName: 'FK_offer_attachments_offer' })
  offer?: TechnologyOffer;

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
