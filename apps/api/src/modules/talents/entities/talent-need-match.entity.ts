import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { TalentNeed } from './talent-need.entity.js';
import { TalentProfile } from './talent-profile.entity.js';

/** A person matched to a talent need, with the reasons; the person reads it as a notice of the need. */
@Entity({ name: 'talent_need_matches' })
@Index('IDX_talent_need_matches_profile', ['profileId', 'createdAt'])
export class TalentNeedMatch {
  @PrimaryColumn({ name: 'need_id', type: 'uuid' })
  needId: string;

  @ManyToOne(() => TalentNeed, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'FK_talent_need_matches_need' })
  need?: Relation<TalentNeed>;

  @PrimaryColumn({ name: 'profile_id', type: 'uuid' })
  profileId: string;

  @ManyToOne(() => TalentProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id', foreignKeyConstraintName: 'FK_talent_need_matches_profile' })
  profile?: Relation<TalentProfile>;

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
