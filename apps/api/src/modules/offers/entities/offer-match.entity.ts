import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A firm whose capability profile could take up a published offer, as the matching job scored it. */
@Entity({ name: 'offer_matches' })
@Index('IDX_offer_matches_organization', ['organizationId'])
export class OfferMatch {
  @PrimaryColumn({ name: 'offer_id', type: 'uuid' })
  offerId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'real' })
  score: number;

  @Column({ name: 'text_relevance', type: 'real' })
  textRelevance: number;

  @Column({ name: 'matched_terms', type: 'varchar', length: 100, array: true, default: () => `'{}'` })
  matchedTerms: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
