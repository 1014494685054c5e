import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A person matched to a talent need, with the reasons; the person reads it as a notice of the need. */
@Entity({ name: 'talent_need_matches' })
export class TalentNeedMatch {
  @PrimaryColumn({ name: 'need_id', type: 'uuid' })
  needId: string;

  @PrimaryColumn({ name: 'profile_id', type: 'uuid' })
  profileId: string;

  @Column({ type: 'real' })
  score: number;

  @Column({ type: 'jsonb' })
  components: { text: number; sector: number; availability: number; locality: number };

  @Column({ name: 'matched_terms', type: 'jsonb' })
  matchedTerms: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** When the person opened their list of matched needs after this match. */
  @Column({ name: 'seen_at', type: 'timestamptz', nullable: true })
  seenAt: Date | null;
}
