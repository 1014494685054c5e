import type { SectorCode, TalentAvailability } from '@mcf/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What an organisation is looking for in the talent pool; matched to people by a queued job. */
@Entity({ name: 'talent_needs' })
export class TalentNeed {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 40, array: true })
  specialties: string[];

  @Column({ type: 'varchar', length: 24, array: true })
  sectors: SectorCode[];

  @Column({ type: 'varchar', length: 16, array: true })
  availability: TalentAvailability[];

  @Column({ name: 'region_code', type: 'char', length: 6, nullable: true })
  regionCode: string | null;

  @Column({ name: 'matching_status', type: 'varchar', length: 8, default: 'PENDING' })
  matchingStatus: 'PENDING' | 'READY';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
