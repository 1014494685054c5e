import type { ProfileContent } from '@mcf/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Every published version of a profile is kept: who published what, when. */
@Entity({ name: 'enterprise_profile_versions' })
@Index('UQ_enterprise_profile_versions', ['organizationId', 'version'], { unique: true })
export class EnterpriseProfileVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'jsonb' })
  content: ProfileContent;

  @Column({ name: 'published_by', type: 'uuid' })
  publishedBy: string;

  @Column({ name: 'published_at', type: 'timestamptz', default: () => 'now()' })
  publishedAt: Date;
}
