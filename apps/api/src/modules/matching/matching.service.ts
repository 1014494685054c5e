import { Injectable, Logger } from '@nestjs/common';
import type {
  ConstraintCheckView,
  DemandMatches,
  EnterpriseMatches,
  MatchDiagnostics,
  MatchExplanation,
} from '@mcf/contracts';
import {
  assessFirm,
  chinaDateOf,
  type CompiledVocabulary,
  constraintMessage,
  type ConstraintCheck,
  type DemandForMatching,
  demandAccess,
  demandFeatureKeys,
  demandKeyTerms,
  demandSampleText,
  emptyMatchMessage,
  explanationOf,
  type EnterpriseFacts,
  sectorShortfall,
  storedExplanation,
  isListedMatch,
  isNearlyMatched,
  MATCH_NOTIFY_THRESHOLD,
  type MatchAssessment,
  type MatchContext,
  MIN_TEXT_RELEVANCE,
  normaliseMatchText,
  prepareDemand,
  type PreparedDemand,
  profileFeatures,
  type TextRelevance,
  textRelevance,
  weakMatches,
} from '@mcf/domain';
import type { EntityManager } from 'typeorm';
import { type Actor, isAdmin } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { OutboxService } from '../../core/outbox/outbox.service.js';
import { SearchClient } from '../../core/search/search.client.js';
import { SearchIndex } from '../../core/search/search-indexes.js';
import { OrganizationDirectory } from '../accounts/organization-directory.service.js';
import { type DemandRecord as Demand, DemandQueries } from '../demands/demand-queries.service.js';
import { DemandAccessService } from '../demands/demand-access.service.js';
import { DemandsService } from '../demands/demands.service.js';
import { EnterpriseSnapshots } from '../enterprises/enterprise-snapshots.service.js';
import { type NewNotification, NotificationsService } from '../notifications/notifications.service.js';
import type { Match } from './entities/match.entity.js';
import { type Candidate, MatchFeaturesService } from './match-features.service.js';
import { demandForMatching } from './matching.mappers.js';
import { type MatchRow, MatchesRepository } from './matches.repository.js';
import { VocabularyService } from '../vocabulary/vocabulary.service.js';
import { JobSubjectMissingError } from '../../core/queue/job-subject-missing.error.js';

const NEAR_MISSES_PER_QUERY = 60;
/** Near misses (firms a requirement short) stored per demand, best first. */
const NEARLY_MATCHED_KEPT = 60;
/** Firms of the demand's sectors considered as weak matches when no firm passes the text threshold. */
const SECTOR_FIRMS_FOR_WEAK = 200;
const DEMAND_BATCH = 500;

/**
 * A matched (so verified) firm is told of a demand it may read uninvited; invitation-only demands reach
 * firms through their invitations instead.
 */
function readableWithoutInvitation(demand: Demand, organizationId: string): boolean {
  const viewer = { kind: 'ENTERPRISE' as const, organizationId, verified: true };
  return demandAccess(viewer, { ...demand, invitedOrganizationIds: [] }) !== 'NONE';
}

function constraintView(check: ConstraintCheck): ConstraintCheckView {
  return { ...check, messageZh: constraintMessage(check, 'zh-CN'), message: constraintMessage(check, 'en') };
}

function explanationView(stored: Match['explanation']): MatchExplanation {
  const explanation = explanationOf(stored);
  return { ...explanation, constraints: explanation.constraints.map(constraintView) };
}

/**
 * Matching both ways, run by jobs: a published or changed demand against firms, and a firm whose
 * profile or certificates changed against open demands. Hard constraints, then the score (both pure,
 * in @mcf/domain). A demand's candidates are every firm the search engine finds for its key terms among
 * those that can be listed (verified, every required certificate valid through the deadline: facts in the
 * index), a few near misses, and firms of its sectors; each is scored from its stored features.
 */
@Injectable()
export class MatchingService {
  private readonly logger = new Logger('Matching');

  constructor(
    private readonly snapshots: EnterpriseSnapshots,
    private readonly demands: DemandQueries,
    private readonly demandsService: DemandsService,
    private readonly demandAccess: DemandAccessService,
    private readonly matches: MatchesRepository,
    private readonly featureStore: MatchFeaturesService,
    private readonly vocabulary: VocabularyService,
    private readonly search: SearchClient,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
    private readonly organizations: OrganizationDirectory,
  ) {}

  private async searchIds(
    index: SearchIndex,
    queries: string[],
    filter: string | undefined,
    limit: number | ((position: number) => number),
    matchingStrategy: (position: number) => 'all' | 'last' | 'frequency' = () => 'last',
  ): Promise<string[]> {
    if (queries.length === 0) return [];
    const indexUid = this.search.uidOf(index);
    const response = await this.search.raw.multiSearch({
      queries: queries.map((q, position) => ({
        indexUid,
        q,
        limit: typeof limit === 'number' ? limit : limit(position),
        matchingStrategy: matchingStrategy(position),
        attributesToRetrieve: ['id'],
        locales: ['cmn'],
        ...(filter ? { filter } : {}),
      })),
    });
    return response.results.flatMap((result) => result.hits.map((hit) => String(hit.id)));
  }

  /**
   * The demands' text made ready against the vocabulary in force and the platform's frequencies. `own`: the
   * one demand being matched (counted among the published demands even if the sample was read before it).
   */
  private async prepared(
    demands: readonly DemandForMatching[],
    own?: { id: string; text: string },
  ): Promise<{ vocabulary: CompiledVocabulary; prepared: PreparedDemand[] }> {
    const vocabulary = await this.vocabulary.current();
    const keysOf = demands.map((d) => demandFeatureKeys(d.title, d.description, { vocabulary, frequencies: null }));
    const keys = [...new Set(keysOf.flat())];
    const [frequencies, sample] = await Promise.all([this.featureStore.frequencies(keys, vocabulary), this.demands.termSample()]);
    const demandFrequencies = sample.frequencies(
      demands.flatMap((d) => demandKeyTerms(d.title, d.description)),
      own,
    );
    const context: MatchContext = { vocabulary, frequencies, demandFrequencies };
    return { vocabulary, prepared: demands.map((d) => prepareDemand(d.title, d.description, context)) };
  }

  /**
   * Why no firm passed the threshold: firms of the sectors and how many each requirement removes, counted
   * over the facts matching holds (the candidates just read whole included), like the weak matches below it.
   */
  private async diagnose(
    subject: DemandForMatching,
    prepared: PreparedDemand,
    vocabulary: CompiledVocabulary,
    candidates: ReadonlyMap<string, Candidate>,
    today: string,
  ): Promise<MatchDiagnostics> {
    const facts = new Map<string, EnterpriseFacts>();
    for (const [id, held] of await this.featureStore.facts(vocabulary)) facts.set(id, held);
    for (const [id, candidate] of candidates) facts.set(id, candidate.facts);
    const counts = { unmatchedTerms: prepared.unmatched, ...sectorShortfall(facts.values(), subject, today) };
    return { ...counts, messageZh: emptyMatchMessage(counts, 'zh-CN'), message: emptyMatchMessage(counts, 'en') };
  }

  /** Matches a published demand against every candidate firm; the stored matches become exactly the result. */
  async matchDemand(
    demandId: string,
    now = new Date(),
  ): Promise<{ eligible: number; nearlyMatched: number; weak: number } | 'skipped'> {
    const demand = await this.demands.find(demandId);
    if (!demand) throw new JobSubjectMissingError('demand', demandId);
    if (demand.status !== 'PUBLISHED') return 'skipped';
    const started = performance.now();
    const phases: string[] = [];
    const phase = (name: string): void => {
      phases.push(`${name} ${Math.round(performance.now() - started)}ms`);
    };
    const subject = demandForMatching(demand);
    const today = chinaDateOf(now);
    const { vocabulary, prepared: [prepared] } = await this.prepared([subject], {
      id: demand.id,
      text: demandSampleText(demand.title, demand.description),
    });
    if (!prepared) return 'skipped';
    phase('prepared');
    // A firm published moments ago may not have its features stored yet (its job still queued): those are
    // read from PostgreSQL too.
    const [retrievedIds, recentIds] = await Promise.all([
      this.featureStore.retrieve(prepared, vocabulary, MIN_TEXT_RELEVANCE),
      this.featureStore.recentlyPublished(),
    ]);
    phase(`retrieved (${retrievedIds.length} firms)`);
    // Each candidate's text relevance (null: a firm without features).
    const relevance = new Map<string, TextRelevance | null>();
    const textOf = (id: string): number => relevance.get(id)?.value ?? 0;
    const listed: MatchRow[] = [];
    const nearlyMatched: MatchRow[] = [];
    const candidates = new Map<string, Candidate>();
    // Text first, from stored features; then the hard constraints and the score of those relevant enough.
    const consider = async (ids: readonly string[]): Promise<void> => {
      const fresh = [...new Set(ids)].filter((id) => !relevance.has(id));
      const found = await this.featureStore.scored(fresh, prepared, vocabulary);
      phase(`scored (${fresh.length} candidates)`);
      for (const id of fresh) {
        const candidate = found.get(id);
        if (candidate) candidates.set(id, candidate);
        relevance.set(id, candidate?.text ?? null);
      }
      for (const { id, assessment } of assess(fresh.filter((id) => textOf(id) >= MIN_TEXT_RELEVANCE))) {
        if (isListedMatch(assessment)) listed.push(this.row(demand, id, assessment, false));
        else if (isNearlyMatched(assessment)) nearlyMatched.push(this.row(demand, id, assessment, false));
      }
      phase(`assessed (${listed.length} listed, ${nearlyMatched.length} nearly)`);
    };
    const assess = (ids: readonly string[]): Array<{ id: string; assessment: MatchAssessment }> =>
      ids.flatMap((id) => {
        const found = candidates.get(id);
        return found ? [{ id, assessment: assessFirm(subject, found.facts, found.text, now, today) }] : [];
      });
    await consider([...retrievedIds, ...recentIds]);
    // Every firm a requirement short is a near miss; the best of them are kept (each is told on its page).
    const rows = [
      ...listed,
      ...nearlyMatched.sort((a, b) => b.score - a.score || a.organizationId.localeCompare(b.organizationId)).slice(0, NEARLY_MATCHED_KEPT),
    ];

    // Never a silent empty list: the best eligible firms of the sectors, marked weak, and why.
    let diagnostics: MatchDiagnostics | null = null;
    if (!rows.some((row) => row.eligible)) {
      const sectorIds = await this.featureStore.inSectors(prepared, vocabulary, subject.sectors, SECTOR_FIRMS_FOR_WEAK);
      const listedBefore = listed.length;
      await consider(sectorIds);
      rows.push(...listed.slice(listedBefore));
      if (!rows.some((row) => row.eligible)) {
        diagnostics = await this.diagnose(subject, prepared, vocabulary, candidates, today);
        const weakIds = [...new Set([...retrievedIds, ...sectorIds])]
          .map((id) => ({ id, text: textOf(id) }))
          .filter((t) => t.text < MIN_TEXT_RELEVANCE)
          .sort((a, b) => b.text - a.text || a.id.localeCompare(b.id))
          .slice(0, SECTOR_FIRMS_FOR_WEAK)
          .map((t) => t.id);
        const weak = weakMatches(assess(weakIds).map(({ id, assessment }) => ({ key: id, assessment })));
        for (const { key, assessment } of weak) rows.push(this.row(demand, key, assessment, true));
      }
    }

    const written = await this.matches.transaction(async (manager) => {
      const current = await this.demands.find(demandId, manager, true);
      // A newer version (or a close) arrived meanwhile: its own job will write the matches.
      if (!current || current.version !== demand.version || current.status !== 'PUBLISHED') return false;
      await this.matches.replaceForDemand(demandId, demand.version, rows, diagnostics, manager);
      const eligible = rows.filter((r) => r.eligible && !r.weak).length;
      // The procurer and the firms told in one statement (each costs a round trip in this transaction).
      await this.notifications.notifyMany(
        [
          {
            organizationId: demand.organizationId,
            kind: 'MATCHING_READY',
            title: { zh: `匹配完成：${demand.title}`, en: `Matching ready: ${demand.title}` },
            body:
              eligible > 0
                ? {
                    zh: `共找到 ${eligible} 家符合条件的企业，已按匹配度排序。`,
                    en: `${eligible} eligible suppliers found, ranked by fit.`,
                  }
                : {
                    zh: `暂未找到达到匹配阈值的企业，已列出较弱匹配并说明原因。`,
                    en: `No supplier reached the matching threshold; weaker matches are listed with the reasons.`,
                  },
            link: `/demands/${demandId}`,
            dedupKey: `matching-ready:${demandId}:v${demand.version}`,
          },
          ...this.firmsMatched(
            demand,
            rows.filter((r) => r.eligible && !r.weak && r.score >= MATCH_NOTIFY_THRESHOLD).map((r) => r.organizationId),
          ),
        ],
        manager,
      );
      // Last: it adds to the dashboard's counters (statistics_counts), whose row stays locked until commit.
      await this.demandsService.recordMatching(demandId, demand.version, now, manager);
      return true;
    });
    phase(`written (${rows.length} rows)`);
    this.logger.debug(`matched demand ${demandId}: ${phases.join(', ')}`);
    if (!written) return 'skipped';
    return {
      eligible: rows.filter((r) => r.eligible && !r.weak).length,
      nearlyMatched: rows.filter((r) => !r.eligible).length,
      weak: rows.filter((r) => r.weak).length,
    };
  }

  private row(demand: Demand, organizationId: string, assessment: MatchAssessment, weak: boolean): MatchRow {
    return {
      demandId: demand.id,
      organizationId,
      eligible: assessment.eligible,
      weak,
      score: assessment.score,
      explanation: storedExplanation(assessment),
      demandVersion: demand.version,
    };
  }

  /** What each firm of a demand it matches is told (once per demand and firm). */
  private firmsMatched(demand: Demand, organizationIds: readonly string[]): NewNotification[] {
    return organizationIds
      .filter((organizationId) => readableWithoutInvitation(demand, organizationId))
      .map((organizationId) => ({
        organizationId,
        kind: 'DEMAND_MATCHED' as const,
        title: { zh: `新需求与贵单位匹配：${demand.title}`, en: `A new demand matches you: ${demand.title}` },
        body: {
          zh: `截止日期 ${demand.deadline ?? '—'}，请查看需求详情。`,
          en: `Deadline ${demand.deadline ?? '—'}; see the demand for details.`,
        },
        link: `/demands/${demand.id}`,
        dedupKey: `demand-matched:${demand.id}:${organizationId}`,
      }));
  }

  /**
   * Refreshes one firm's stored features, then matches it against every open candidate demand; its rows on
   * open demands become exactly the result.
   */
  async matchEnterprise(
    organizationId: string,
    now = new Date(),
  ): Promise<{ eligible: number; nearlyMatched: number }> {
    const firm = await this.featureStore.refresh(organizationId);
    const rows: MatchRow[] = [];
    if (firm) {
      const queries = [...firm.products, ...firm.capabilities].slice(0, 8);
      const candidateIds = [
        ...new Set([
          ...(await this.searchIds(SearchIndex.DEMANDS, queries, `status = "PUBLISHED"`, NEAR_MISSES_PER_QUERY)),
          ...(await this.demands.publishedInSectors(firm.sectors)),
        ]),
      ];
      const demands = (await this.demands.findMany(candidateIds)).filter((d) => d.status === 'PUBLISHED');
      const subjects = demands.map(demandForMatching);
      const { vocabulary, prepared } = await this.prepared(subjects);
      const features = profileFeatures(firm, vocabulary);
      demands.forEach((demand, index) => {
        const subject = subjects[index];
        const text = prepared[index];
        if (!subject || !text) return;
        const assessment = assessFirm(subject, firm, textRelevance(text, features), now);
        if (isListedMatch(assessment) || isNearlyMatched(assessment))
          rows.push(this.row(demand, organizationId, assessment, false));
      });
    }
    const demandsById = new Map(
      (await this.demands.findMany(rows.map((r) => r.demandId))).map((d) => [d.id, d]),
    );
    await this.matches.transaction(async (manager) => {
      await this.matches.replaceForEnterprise(organizationId, rows, manager);
      await this.notifications.notifyMany(
        rows
          .filter((r) => r.eligible && r.score >= MATCH_NOTIFY_THRESHOLD)
          .flatMap((row) => {
            const demand = demandsById.get(row.demandId);
            return demand ? this.firmsMatched(demand, [organizationId]) : [];
          }),
        manager,
      );
    });
    return {
      eligible: rows.filter((r) => r.eligible).length,
      nearlyMatched: rows.filter((r) => !r.eligible).length,
    };
  }

  /**
   * The vocabulary changed (an approved suggestion): every firm's features and the frequencies are rebuilt,
   * then the open demands whose text contains one of `terms` (all open demands when none is given) are
   * matched again, through the outbox like any re-match.
   */
  async vocabularyChanged(terms: readonly string[]): Promise<number> {
    await this.featureStore.rebuild();
    const vocabulary = await this.vocabulary.current();
    const normalised = terms.map(normaliseMatchText).filter((term) => term !== '');
    let touched = 0;
    let after: string | null = null;
    for (;;) {
      const ids = await this.demands.publishedIds(after, DEMAND_BATCH);
      if (ids.length === 0) break;
      after = ids[ids.length - 1] ?? null;
      const demands = (await this.demands.findMany(ids)).filter(
        (demand) =>
          normalised.length === 0 ||
          normalised.some((term) => normaliseMatchText(`${demand.title} ${demand.description}`).includes(term)),
      );
      await this.matches.transaction(async (manager: EntityManager) => {
        for (const demand of demands)
          await this.outbox.record(manager, 'demand.matches-outdated', {
            demandId: demand.id,
            version: demand.version,
            vocabularyVersion: vocabulary.version,
          });
      });
      touched += demands.length;
    }
    this.outbox.kick();
    return touched;
  }

  /**
   * The firm's rank among the demand's listed matches (1 = best), or null when matching did not list it or
   * listed it only as a weak match (read when a procurer's choice may reveal a missing term).
   */
  async listedRank(demandId: string, organizationId: string): Promise<number | null> {
    const rows = await this.matches.eligibleFor(demandId);
    const index = rows.findIndex((row) => row.organizationId === organizationId);
    return index < 0 || rows[index]?.weak ? null : index + 1;
  }

  /** `GET /demands/{id}/matches`: eligible firms, best first, for the demand's owner and admins. */
  async demandMatches(actor: Actor, demandId: string): Promise<DemandMatches> {
    const demand = await this.demandAccess.ownedDemand(actor, demandId, undefined, true);
    const ready =
      demand.version > 0 && demand.matchingStatus === 'READY' && demand.matchedVersion === demand.version;
    const rows = ready ? await this.matches.eligibleFor(demandId) : [];
    const diagnostics = ready ? await this.matches.diagnosticsFor(demandId, demand.version) : null;
    const snapshots = new Map(
      (await this.snapshots.load(rows.map((r) => r.organizationId))).map((s) => [s.organizationId, s]),
    );
    return {
      status: ready ? 'READY' : 'PENDING',
      demandVersion: demand.version,
      items: rows.flatMap((row) => {
        const s = snapshots.get(row.organizationId);
        if (!s) return [];
        return [
          {
            enterprise: {
              id: s.organizationId,
              name: s.name,
              regionCode: s.regionCode,
              sectors: s.profile?.sectors ?? [],
              products: s.profile?.products ?? [],
              verified: s.organizationStatus === 'VERIFIED',
            },
            score: row.score,
            weak: row.weak,
            explanation: explanationView(row.explanation),
          },
        ];
      }),
      diagnostics,
    };
  }

  /** `GET /enterprises/{orgId}/matches`: for that firm (and admins) only. */
  async enterpriseMatches(actor: Actor, organizationId: string): Promise<EnterpriseMatches> {
    if (actor.organizationId !== organizationId && !isAdmin(actor)) throw CommonErrors.notFound();
    const rows = await this.matches.forEnterprise(organizationId);
    const demands = new Map((await this.demands.findMany(rows.map((r) => r.demandId))).map((d) => [d.id, d]));
    const names = await this.organizations.namesOf([...demands.values()].map((d) => d.organizationId));
    const demandView = (d: Demand) => ({
      id: d.id,
      title: d.title,
      organizationName: names.get(d.organizationId) ?? '',
      sectors: d.sectors,
      deadline: d.deadline,
      visibility: d.visibility,
      publishedAt: d.publishedAt?.toISOString() ?? null,
    });
    const result: EnterpriseMatches = { items: [], nearlyMatched: [] };
    for (const row of rows) {
      const demand = demands.get(row.demandId);
      if (!demand) continue;
      if (row.eligible)
        result.items.push({
          demand: demandView(demand),
          score: row.score,
          explanation: explanationView(row.explanation),
        });
      else {
        const explanation = explanationOf(row.explanation);
        result.nearlyMatched.push({
          demand: demandView(demand),
          score: row.score,
          unmet: explanation.constraints.filter((c) => !c.met).map(constraintView),
          matchedTerms: explanation.matchedTerms,
        });
      }
    }
    return result;
  }
}
