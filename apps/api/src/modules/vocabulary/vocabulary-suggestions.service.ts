import { Injectable, Logger } from '@nestjs/common';
import type {
  SuggestionEvidenceView,
  VocabularySuggestionApproveSchema,
  VocabularySuggestionPage,
  VocabularySuggestionQuerySchema,
  VocabularySuggestionView,
} from '@mcf/contracts';
import {
  type CandidateEquivalence,
  isBoilerplatePair,
  mineEquivalences,
  mineProcurerChoice,
  normaliseVocabularyTerm,
  type ProcurerChoice,
  suggestionPairKey,
  writtenTerm,
} from '@mcf/domain';
import type { z } from 'zod';
import type { Actor } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { OutboxService } from '../../core/outbox/outbox.service.js';
import { SearchClient } from '../../core/search/search.client.js';
import { AuditService } from '../audit/audit.service.js';
import { DemandQueries } from '../demands/demand-queries.service.js';
import { EnterpriseSnapshots } from '../enterprises/enterprise-snapshots.service.js';
import { MatchingService } from '../matching/matching.service.js';
import type { VocabularySuggestion } from './entities/vocabulary-suggestion.entity.js';
import { approvalConflicts } from './vocabulary-conflicts.util.js';
import { vocabularyGroupOf } from './vocabulary-group.util.js';
import { VocabularySuggestionsRepository } from './vocabulary-suggestions.repository.js';
import { VocabularyErrors } from './vocabulary.errors.js';
import { VocabularyService } from './vocabulary.service.js';

/** Published text mined for pairs: a firm's profile or a procurer's demand. */
export type MinedTextSource = 'PROFILE' | 'DEMAND';

const OPEN_OR_DONE: readonly string[] = ['PUBLISHED', 'CLOSED', 'AWARDED'];

function toView(s: VocabularySuggestion): VocabularySuggestionView {
  return {
    id: s.id,
    relation: s.relation,
    terms: s.terms,
    status: s.status,
    evidence: s.evidence,
    evidenceCount: s.evidenceCount,
    createdAt: s.createdAt.toISOString(),
    updatedAt: s.updatedAt.toISOString(),
    decidedBy: s.decidedByEmail,
    decidedAt: s.decidedAt?.toISOString() ?? null,
    decisionReason: s.decisionReason,
  };
}

function snapshotOf(s: VocabularySuggestion) {
  return { status: s.status, relation: s.relation, terms: s.terms, evidenceCount: s.evidenceCount };
}

/**
 * The platform learning its vocabulary from its own data: pairs mined from published profiles and demands
 * and from procurers' choices wait as suggestions; an administrator approves (the pair joins the
 * vocabulary, the search engine's synonyms and the matcher at once, and the open demands it touches are
 * matched again) or rejects them. Every decision is audited in its transaction.
 */
@Injectable()
export class VocabularySuggestionsService {
  private readonly logger = new Logger('VocabularySuggestions');

  constructor(
    private readonly suggestions: VocabularySuggestionsRepository,
    private readonly vocabulary: VocabularyService,
    private readonly snapshots: EnterpriseSnapshots,
    private readonly demands: DemandQueries,
    private readonly matching: MatchingService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly search: SearchClient,
  ) {}

  /**
   * Job: pairs written in a published profile (each item on its own) or demand. Idempotent. A demand's pairs
   * whose both names recur across the published demands are the wording of a procurement template, not
   * names for a thing (isBoilerplatePair), and are not suggested.
   */
  async mineText(sourceKind: MinedTextSource, sourceId: string): Promise<number> {
    const vocabulary = await this.vocabulary.current();
    const source = { sourceKind, sourceId };
    if (sourceKind === 'PROFILE') {
      const profile = (await this.snapshots.load([sourceId]))[0]?.profile;
      if (!profile) return 0;
      const texts = [...profile.products, ...profile.capabilities, ...profile.equipment, profile.summary ?? ''];
      return this.record(texts.flatMap((text) => mineEquivalences(text, source, vocabulary)));
    }
    const demand = await this.demands.find(sourceId);
    if (!demand || !OPEN_OR_DONE.includes(demand.status)) return 0;
    const mined = [demand.title, demand.description].flatMap((text) => mineEquivalences(text, source, vocabulary));
    if (mined.length === 0) return 0;
    const published = await this.demands.termSample();
    return this.record(mined.filter((candidate) => !isBoilerplatePair(candidate.terms, published, demand.id)));
  }

  /** Job: pairs suggested by a procurer inviting, shortlisting or awarding a firm matching ranked low. */
  async mineChoice(kind: ProcurerChoice['kind'], demandId: string, organizationId: string): Promise<number> {
    const [demand, snapshot] = await Promise.all([
      this.demands.find(demandId),
      this.snapshots.load([organizationId]).then((found) => found[0]),
    ]);
    const profile = snapshot?.profile;
    if (!demand || !profile) return 0;
    const rank = await this.matching.listedRank(demandId, organizationId);
    const pairs = mineProcurerChoice(
      {
        kind,
        demandId,
        demandTitle: demand.title,
        demandDescription: demand.description,
        rank,
        firmProducts: profile.products,
        firmText: [profile.summary ?? '', ...profile.capabilities, ...profile.equipment].join(' '),
      },
      await this.vocabulary.current(),
    );
    return this.record(pairs);
  }

  private async record(candidates: readonly CandidateEquivalence[]): Promise<number> {
    if (candidates.length === 0) return 0;
    const seenAt = new Date().toISOString();
    return this.suggestions.transaction(async (manager) => {
      let recorded = 0;
      for (const candidate of candidates) {
        const evidence: SuggestionEvidenceView = { ...candidate.evidence, seenAt };
        const outcome = await this.suggestions.recordOccurrence(
          { relation: candidate.relation, terms: candidate.terms, pairKey: suggestionPairKey(candidate.terms), evidence },
          manager,
        );
        if (outcome === 'CREATED' || outcome === 'ADDED') recorded += 1;
      }
      return recorded;
    });
  }

  async page(query: z.output<typeof VocabularySuggestionQuerySchema>): Promise<VocabularySuggestionPage> {
    const [rows, total] = await this.suggestions.page(query.status, query.page, query.pageSize);
    return { items: rows.map(toView), total, page: query.page, pageSize: query.pageSize };
  }

  /**
   * Approves a pending suggestion, with the relation or terms as the administrator corrected them. Checked
   * against the vocabulary with every earlier approval (approvals are serialised), refused naming each
   * contradiction or duplicate. In one transaction: the decision, its audit entry, the vocabulary-changed
   * job (features rebuilt, open demands with the terms matched again) and, last, the search engine's
   * synonyms, so that a failure there leaves the suggestion pending.
   */
  async approve(
    actor: Actor,
    id: string,
    input: z.output<typeof VocabularySuggestionApproveSchema>,
  ): Promise<VocabularySuggestionView> {
    const approved = await this.suggestions.transaction(async (manager) => {
      await this.suggestions.lockApprovals(manager);
      const suggestion = await this.suggestions.findForUpdate(id, manager);
      if (!suggestion) throw CommonErrors.notFound();
      if (suggestion.status !== 'PENDING') throw VocabularyErrors.alreadyDecided(suggestion.status);
      const before = snapshotOf(suggestion);
      const relation = input.relation ?? suggestion.relation;
      const terms = (input.terms?.map(writtenTerm) as [string, string] | undefined) ?? suggestion.terms;
      if (normaliseVocabularyTerm(terms[0]) === normaliseVocabularyTerm(terms[1])) throw VocabularyErrors.sameTerms();
      const group = vocabularyGroupOf({ id, relation, terms, decisionReason: input.reason ?? null });
      const earlier = (await this.suggestions.approved(manager)).map(vocabularyGroupOf);
      const conflicts = approvalConflicts(earlier, group);
      if (conflicts.length > 0) throw VocabularyErrors.conflicts(conflicts);

      Object.assign(suggestion, {
        relation,
        terms,
        pairKey: suggestionPairKey(terms),
        status: 'APPROVED',
        decidedBy: actor.userId,
        decidedByEmail: actor.email,
        decidedAt: new Date(),
        decisionReason: input.reason ?? null,
        updatedAt: new Date(),
      } satisfies Partial<VocabularySuggestion>);
      const saved = await this.suggestions.save(suggestion, manager);
      await this.audit.record(
        {
          actor,
          action: 'vocabulary.suggestion_approved',
          targetType: 'vocabulary_suggestion',
          targetId: id,
          before,
          after: { ...snapshotOf(saved), reason: saved.decisionReason },
        },
        manager,
      );
      await this.outbox.record(manager, 'vocabulary.changed', { suggestionId: id, terms: [...terms] });
      const next = VocabularyService.compileWith([...earlier, group]);
      try {
        await this.search.updateSynonyms(next.meilisearchSynonyms);
      } catch (error) {
        this.logger.error(`synonyms not applied, approval of ${id} rolled back: ${(error as Error).message}`);
        throw VocabularyErrors.searchUnavailable();
      }
      return saved;
    });
    this.outbox.kick();
    this.logger.log(`suggestion ${id} approved: ${approved.relation} ${approved.terms.join(' / ')}`);
    return toView(approved);
  }

  /** Rejects a pending suggestion with the reason; the pair is not suggested again. Audited. */
  async reject(actor: Actor, id: string, reason: string): Promise<VocabularySuggestionView> {
    const rejected = await this.suggestions.transaction(async (manager) => {
      const suggestion = await this.suggestions.findForUpdate(id, manager);
      if (!suggestion) throw CommonErrors.notFound();
      if (suggestion.status !== 'PENDING') throw VocabularyErrors.alreadyDecided(suggestion.status);
      const before = snapshotOf(suggestion);
      Object.assign(suggestion, {
        status: 'REJECTED',
        decidedBy: actor.userId,
        decidedByEmail: actor.email,
        decidedAt: new Date(),
        decisionReason: reason,
        updatedAt: new Date(),
      } satisfies Partial<VocabularySuggestion>);
      const saved = await this.suggestions.save(suggestion, manager);
      await this.audit.record(
        {
          actor,
          action: 'vocabulary.suggestion_rejected',
          targetType: 'vocabulary_suggestion',
          targetId: id,
          before,
          after: { ...snapshotOf(saved), reason },
        },
        manager,
      );
      return saved;
    });
    return toView(rejected);
  }
}
