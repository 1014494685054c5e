import type { OrganizationKind, OrganizationStatus } from '@mcf/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import type { User } from './user.entity.js';

/**
 * A registered enterprise (民参军企业), procurer (军队单位/总体单位), institute (高校/科研院所) or park (园区/平台),
 * identified by its credit code.
 */
@Entity({ name: 'organizations' })
@Check('CHK_organizations_kind', `"kind" IN ('ENTERPRISE', 'PROCURER', 'INSTITUTE', 'PARK')`)
@Check('CHK_organizations_status', `"status" IN ('PENDING_VERIFICATION', 'VERIFIED', 'REJECTED', 'SUSPENDED')`)
// The admin list's sorts, each ending with the id (keyset paging), then its filters (deep pages from the index alone).
@Index('IDX_organizations_created', ['createdAt', 'id', 'kind', 'status'])
@Index('IDX_organizations_name', ['name', 'id', 'kind', 'status'])
// Demo organisations, few, subtracted from the plan's target counters.
@Index('IDX_organizations_demo', ['id'], { where: `"is_demo"` })
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: OrganizationKind;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** 统一社会信用代码; one code registers one organisation. */
  @Column({ name: 'credit_code', type: 'char', length: 18, unique: true })
  creditCode: string;

  /** GB/T 2260 six-digit region code. */
  @Column({ name: 'region_code', type: 'char', length: 6 })
  regionCode: string;

  @Column({ type: 'varchar', length: 24, default: 'PENDING_VERIFICATION' })
  status: OrganizationStatus;

  /** Why an administrator rejected or suspended (or reinstated) the organisation. */
  @Column({ name: 'status_reason', type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true })
  statusChangedAt: Date | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  // Named, not imported: user.entity imports this file, and an import cycle leaves one class undefined
  // while the other loads.
  @OneToMany('User', (user: User) => user.organization)
  members?: Relation<User[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
