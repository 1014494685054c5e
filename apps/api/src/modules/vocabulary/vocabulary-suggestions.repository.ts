import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { SuggestionEvidenceView, SuggestionRelation, VocabularySuggestionStatus } from '@mcf/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { VocabularySuggestion } from './entities/vocabulary-suggestion.entity.js';

/** Occurrences kept on a suggestion for the reviewer; the count goes on beyond them. */
export const EVIDENCE_KEPT = 20;

export interface SuggestionOccurrence {
  relation: SuggestionRelation;
  terms: [string, string];
  pairKey: string;
  evidence: SuggestionEvidenceView;
}

/** What recording an occurrence did. */
export type OccurrenceOutcome = 'CREATED' | 'ADDED' | 'ALREADY_SEEN' | 'ALREADY_DECIDED';

// Any fixed number works: it only has to be the same in every process that changes the approved set.
const APPROVALS_LOCK = 1_765_512_000;

@Injectable()
export class VocabularySuggestionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Changes whenever the approved set changes (approvals are never undone): read by every process before
   * it trusts its compiled vocabulary. An index-only read of the approved rows.
   */
  async approvedMarker(): Promise<string> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS "n", coalesce(max("decided_at")::text, '') AS "last" FROM "vocabulary_suggestions" WHERE "status" = 'APPROVED'`,
    )) as { n: number; last: string }[];
    return `${row?.n ?? 0}@${row?.last ?? ''}`;
  }

  /** Approved suggestions in the order they were approved (the compiled vocabulary depends on the order). */
  approved(manager: EntityManager = this.dataSource.manager): Promise<VocabularySuggestion[]> {
    return manager.getRepository(VocabularySuggestion).find({
      where: { status: 'APPROVED' },
      order: { decidedAt: 'ASC', id: 'ASC' },
    });
  }

  /** Serialises approvals: each one checks and publishes the vocabulary that includes every earlier one. */
  async lockApprovals(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock($1)`, [APPROVALS_LOCK]);
  }

  /**
   * Adds an occurrence to the pending suggestion of its pair, creating it if needed. A pair already decided
   * is left alone (an administrator said no, or it is in the vocabulary); the same source seen again (a
   * profile published anew) refreshes its snippet without counting twice.
   */
  async recordOccurrence(occurrence: SuggestionOccurrence, manager: EntityManager): Promise<OccurrenceOutcome> {
    const repository = manager.getRepository(VocabularySuggestion);
    const decided = await repository
      .createQueryBuilder('s')
      .where('s.pair_key = :pairKey', { pairKey: occurrence.pairKey })
      .andWhere(`s.status <> 'PENDING'`)
      .getExists();
    if (decided) return 'ALREADY_DECIDED';
    const inserted = (await manager.query(
      `INSERT INTO "vocabulary_suggestions" ("relation", "terms", "pair_key", "evidence", "evidence_count")
       VALUES ($1, $2::jsonb, $3, $4::jsonb, 1)
       ON CONFLICT ("pair_key") WHERE "status" = 'PENDING' DO NOTHING RETURNING "id"`,
      [occurrence.relation, JSON.stringify(occurrence.terms), occurrence.pairKey, JSON.stringify([occurrence.evidence])],
    )) as { id: string }[];
    if (inserted.length > 0) return 'CREATED';
    const pending = await repository
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.pair_key = :pairKey', { pairKey: occurrence.pairKey })
      .andWhere(`s.status = 'PENDING'`)
      .getOne();
    if (!pending) return 'ALREADY_DECIDED';
    const sameSource = (e: SuggestionEvidenceView) =>
      e.sourceKind === occurrence.evidence.sourceKind && e.sourceId === occurrence.evidence.sourceId;
    const seen = pending.evidence.some(sameSource);
    await repository.update(pending.id, {
      evidence: [occurrence.evidence, ...pending.evidence.filter((e) => !sameSource(e))].slice(0, EVIDENCE_KEPT),
      evidenceCount: pending.evidenceCount + (seen ? 0 : 1),
      updatedAt: new Date(),
    });
    return seen ? 'ALREADY_SEEN' : 'ADDED';
  }

  page(
    status: VocabularySuggestionStatus | undefined,
    page: number,
    pageSize: number,
  ): Promise<[VocabularySuggestion[], number]> {
    const builder = this.dataSource.getRepository(VocabularySuggestion).createQueryBuilder('s');
    if (status) builder.where('s.status = :status', { status });
    // Pending: the best-evidenced first; decided: the latest decision first.
    if (status === 'PENDING') builder.orderBy('s.evidence_count', 'DESC').addOrderBy('s.updated_at', 'DESC');
    else builder.orderBy('s.updated_at', 'DESC');
    return builder
      .addOrderBy('s.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
  }

  findForUpdate(id: string, manager: EntityManager): Promise<VocabularySuggestion | null> {
    return manager
      .getRepository(VocabularySuggestion)
      .createQueryBuilder('s')
      .setLock('pessimistic_write')
      .where('s.id = :id', { id })
      .getOne();
  }

  /** Another suggestion than `id` already decided for the same pair (an edit may land on one). */
  otherDecided(pairKey: string, id: string, manager: EntityManager): Promise<VocabularySuggestion | null> {
    return manager
      .getRepository(VocabularySuggestion)
      .createQueryBuilder('s')
      .where('s.pair_key = :pairKey', { pairKey })
      .andWhere('s.id <> :id', { id })
      .andWhere(`s.status = 'APPROVED'`)
      .getOne();
  }

  async save(suggestion: VocabularySuggestion, manager: EntityManager): Promise<VocabularySuggestion> {
    return manager.getRepository(VocabularySuggestion).save(suggestion);
  }
}
