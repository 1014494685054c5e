import { Injectable, Logger } from '@nestjs/common';
import type { ConstraintCheckView, DemandMatches, EnterpriseMatches, MatchExplanation } from '@mcf/contracts';
import {
  assessMatch,
  constraintMessage,
  type ConstraintCheck,
  type DemandForMatching,
  type EnterpriseForMatching,
  isListedMatch,
  isNearlyMatched,
  MATCH_NOTIFY_THRESHOLD,
  type MatchAssessment,
  profileCompleteness,
  searchQueriesFor,
} from '@mcf/domain';
import { type Actor, isAdmin } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { SearchClient } from '../../core/search/search.client.js';
import { SearchIndex } from '../../core/search/search-indexes.js';
import { DemandsRepository } from '../demands/demands.repository.js';
import { DemandsService } from '../demands/demands.service.js';
import type { Demand } from '../demands/entities/demand.entity.js';
import {
  type EnterpriseSnapshot,
  EnterpriseSnapshotsRepository,
} from '../enterprises/enterprise-snapshots.repository.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { StoredExplanation } from './entities/match.entity.js';
import { type MatchRow, MatchesRepository } from './matches.repository.js';

const CANDIDATES_PER_QUERY = 60;

export function demandForMatching(demand: Demand): DemandForMatching {
  return {
    title: demand.title,
    description: demand.description,
    sectors: demand.sectors,
    requiredQualifications: demand.requiredQualifications.map((q) => ({
      type: q.type,
      minLevel: q.minLevel ?? null,
    })),
    regionCode: demand.regionCode,
    deadline: demand.deadline,
  };
}

export function enterpriseForMatching(snapshot: EnterpriseSnapshot): EnterpriseForMatching | null {
  const profile = snapshot.profile;
  if (!profile) return null;
  return {
    name: snapshot.name,
    summary: profile.summary ?? '',
    products: profile.products,
    capabilities: profile.capabilities,
    equipment: profile.equipment,
    sectors: profile.sectors,
    regionCode: snapshot.regionCode,
    qualifications: snapshot.qualifications,
    organizationStatus: snapshot.organizationStatus,
    completeness: profileCompleteness(profile).score,
    lastConfirmedAt: snapshot.lastConfirmedAt?.toISOString() ?? null,
  };
}

function stored(assessment: MatchAssessment): StoredExplanation {
  return {
    matchedTerms: assessment.matchedTerms,
    constraints: assessment.constraints,
    components: assessment.components,
  };
}

function constraintView(check: ConstraintCheck): ConstraintCheckView {
  return { ...check, messageZh: constraintMessage(check, 'zh-CN'), message: constraintMessage(check, 'en') };
}

function explanationView(explanation: StoredExplanation): MatchExplanation {
  return {
    matchedTerms: explanation.matchedTerms,
    constraints: explanation.constraints.map(constraintView),
    components: explanation.components,
  };
}

/**
 * Matching both ways, run by jobs: a published or changed demand against firms, and a firm whose
 * profile or certificates changed against open demands. Hard constraints, then the score (both pure,
 * in @mcf/domain); candidates come from the search engine (several short queries) and from sectors.
 */
@Injectable()
export class MatchingService {
  private readonly logger = new Logger('Matching');

  constructor(
    private readonly snapshots: EnterpriseSnapshotsRepository,
    private readonly demands: DemandsRepository,
    private readonly demandsService: DemandsService,
    private readonly matches: MatchesRepository,
    private readonly search: SearchClient,
    private readonly notifications: NotificationsService,
  ) {}

  private async searchIds(index: SearchIndex, queries: string[], filter?: string): Promise<string[]> {
    if (queries.length === 0) return [];
    const indexUid = this.search.uidOf(index);
    const response = await this.search.raw.multiSearch({
      queries: queries.map((q) => ({
        indexUid,
        q,
        limit: CANDIDATES_PER_QUERY,
        attributesToRetrieve: ['id'],
        locales: ['cmn'],
        ...(filter ? { filter } : {}),
      })),
    });
    return response.results.flatMap((result) => result.hits.map((hit) => String(hit.id)));
  }

  /** Matches a published demand against every candidate firm; the stored matches become exactly the result. */
  async matchDemand(
    demandId: string,
    now = new Date(),
  ): Promise<{ eligible: number; nearlyMatched: number } | 'skipped'> {
    const demand = await this.demands.find(demandId);
    if (!demand || demand.status !== 'PUBLISHED') return 'skipped';
    const subject = demandForMatching(demand);
    const candidateIds = [
      ...new Set([
        ...(await this.searchIds(SearchIndex.ENTERPRISES, searchQueriesFor(subject))),
        ...(await this.snapshots.publishedInSectors(demand.sectors)),
      ]),
    ];
    const rows: MatchRow[] = [];
    for (const snapshot of await this.snapshots.load(candidateIds)) {
      const firm = enterpriseForMatching(snapshot);
      if (!firm) continue;
      const assessment = assessMatch(subject, firm, now);
      if (isListedMatch(assessment) || isNearlyMatched(assessment)) {
        rows.push({
          demandId,
          organizationId: snapshot.organizationId,
          eligible: assessment.eligible,
          score: assessment.score,
          explanation: stored(assessment),
          demandVersion: demand.version,
        });
      }
    }
    const written = await this.matches.transaction(async (manager) => {
      const current = await this.demands.find(demandId, manager, true);
      // A newer version (or a close) arrived meanwhile: its own job will write the matches.
      if (!current || current.version !== demand.version || current.status !== 'PUBLISHED') return false;
      await this.matches.replaceForDemand(demandId, rows, manager);
      await this.demands.update(
        demandId,
        { matchingStatus: 'READY', matchedVersion: demand.version, matchedAt: now },
        manager,
      );
      const eligible = rows.filter((r) => r.eligible).length;
      await this.notifications.notify(
        {
          organizationId: demand.organizationId,
          kind: 'MATCHING_READY',
          title: { zh: `匹配完成：${demand.title}`, en: `Matching ready: ${demand.title}` },
          body: {
            zh: `共找到 ${eligible} 家符合条件的企业，已按匹配度排序。`,
            en: `${eligible} eligible suppliers found, ranked by fit.`,
          },
          link: `/demands/${demandId}`,
          dedupKey: `matching-ready:${demandId}:v${demand.version}`,
        },
        manager,
      );
      if (demand.visibility !== 'INVITED') {
        for (const row of rows.filter((r) => r.eligible && r.score >= MATCH_NOTIFY_THRESHOLD))
          await this.notifyFirm(demand, row.organizationId, manager);
      }
      return true;
    });
    if (!written) return 'skipped';
    return {
      eligible: rows.filter((r) => r.eligible).length,
      nearlyMatched: rows.filter((r) => !r.eligible).length,
    };
  }

  private notifyFirm(
    demand: Demand,
    organizationId: string,
    manager: Parameters<NotificationsService['notify']>[1],
  ): Promise<boolean> {
    return this.notifications.notify(
      {
        organizationId,
        kind: 'DEMAND_MATCHED',
        title: { zh: `新需求与贵单位匹配：${demand.title}`, en: `A new demand matches you: ${demand.title}` },
        body: {
          zh: `截止日期 ${demand.deadline ?? '—'}，请查看需求详情。`,
          en: `Deadline ${demand.deadline ?? '—'}; see the demand for details.`,
        },
        link: `/demands/${demand.id}`,
        dedupKey: `demand-matched:${demand.id}:${organizationId}`,
      },
      manager,
    );
  }

  /** Matches one firm against every open candidate demand; its rows on open demands become exactly the result. */
  async matchEnterprise(
    organizationId: string,
    now = new Date(),
  ): Promise<{ eligible: number; nearlyMatched: number }> {
    const [snapshot] = await this.snapshots.load([organizationId]);
    const firm = snapshot ? enterpriseForMatching(snapshot) : null;
    const rows: MatchRow[] = [];
    if (snapshot && firm && ['VERIFIED', 'PENDING_VERIFICATION'].includes(snapshot.organizationStatus)) {
      const queries = [...firm.products, ...firm.capabilities].slice(0, 8);
      const candidateIds = [
        ...new Set([
          ...(await this.searchIds(SearchIndex.DEMANDS, queries, `status = "PUBLISHED"`)),
          ...(await this.demands.publishedInSectors(firm.sectors)),
        ]),
      ];
      for (const demand of await this.demands.findMany(candidateIds)) {
        if (demand.status !== 'PUBLISHED') continue;
        const assessment = assessMatch(demandForMatching(demand), firm, now);
        if (isListedMatch(assessment) || isNearlyMatched(assessment)) {
          rows.push({
            demandId: demand.id,
            organizationId,
            eligible: assessment.eligible,
            score: assessment.score,
            explanation: stored(assessment),
            demandVersion: demand.version,
          });
        }
      }
    }
    const demandsById = new Map(
      (await this.demands.findMany(rows.map((r) => r.demandId))).map((d) => [d.id, d]),
    );
    await this.matches.transaction(async (manager) => {
      await this.matches.replaceForEnterprise(organizationId, rows, manager);
      for (const row of rows.filter((r) => r.eligible && r.score >= MATCH_NOTIFY_THRESHOLD)) {
        const demand = demandsById.get(row.demandId);
        if (demand && demand.visibility !== 'INVITED') await this.notifyFirm(demand, organizationId, manager);
      }
    });
    return {
      eligible: rows.filter((r) => r.eligible).length,
      nearlyMatched: rows.filter((r) => !r.eligible).length,
    };
  }

  /** `GET /demands/{id}/matches`: eligible firms, best first, for the demand's owner and admins. */
  async demandMatches(actor: Actor, demandId: string): Promise<DemandMatches> {
    const demand = await this.demandsService.ownedDemand(actor, demandId, undefined, true);
    const ready =
      demand.version > 0 && demand.matchingStatus === 'READY' && demand.matchedVersion === demand.version;
    const rows = ready ? await this.matches.eligibleFor(demandId) : [];
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
            explanation: explanationView(row.explanation),
          },
        ];
      }),
    };
  }

  /** `GET /enterprises/{orgId}/matches`: for that firm (and admins) only. */
  async enterpriseMatches(actor: Actor, organizationId: string): Promise<EnterpriseMatches> {
    if (actor.organizationId !== organizationId && !isAdmin(actor)) throw CommonErrors.notFound();
    const rows = await this.matches.forEnterprise(organizationId);
    const demands = new Map((await this.demands.findMany(rows.map((r) => r.demandId))).map((d) => [d.id, d]));
    const names = await this.demands.organizationNames([...demands.values()].map((d) => d.organizationId));
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
      else
        result.nearlyMatched.push({
          demand: demandView(demand),
          score: row.score,
          unmet: row.explanation.constraints.filter((c) => !c.met).map(constraintView),
          matchedTerms: row.explanation.matchedTerms,
        });
    }
    return result;
  }
}
