import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A firm invited to a demand by its procurer; invited firms read INVITED demands. */
@Entity({ name: 'demand_invitations' })
export class DemandInvitation {
  @PrimaryColumn({ name: 'demand_id', type: 'uuid' })
  demandId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 1000, default: '' })
  message: string;

  @Column({ name: 'invited_by', type: 'uuid' })
  invitedBy: string;

  @CreateDateColumn({ name: 'invited_at', type: 'timestamptz' })
  invitedAt: Date;
}
