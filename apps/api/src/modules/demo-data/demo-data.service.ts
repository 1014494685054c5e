import { Injectable, Logger } from '@nestjs/common';
import type { DemoAccount, OrganizationKind } from '@mcf/contracts';
import type { Actor } from '../../core/auth/actor.js';
import { type AccountUser, AccountsService } from '../accounts/accounts.service.js';
import { chinaDateOf } from '@mcf/domain';
import { DemandQueries } from '../demands/demand-queries.service.js';
import { DemandsService } from '../demands/demands.service.js';
import { EnterpriseProfilesService } from '../enterprises/enterprise-profiles.service.js';
import { MatchingService } from '../matching/matching.service.js';
import { AwardsService } from '../responses/awards.service.js';
import { ResponsesService } from '../responses/responses.service.js';
import { DEMO_AWARD, DEMO_DEMANDS } from './demo-demands.js';
import { ACTION_PLAN_FIRMS } from './action-plan-firms.data.js';
import { ACTION_PLAN_PROJECTS } from './action-plan-projects.data.js';
import { ProjectsService } from '../projects/projects.service.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { demoProfileOf, placeholderCreditCode } from './demo-firms.js';
import { ParksService } from '../parks/parks.service.js';
import { PlanProgressService } from '../plan-progress/plan-progress.service.js';
import { ACTION_PLAN_YEARS, type ActionPlanTargetKey } from '@mcf/domain';
import { ACTION_PLAN_PARKS } from './action-plan-parks.data.js';
import { DEMO_PLAN_FIGURES } from './plan-figures.demo.js';

/** Loads the demo data set (unless DEMO_DATA=off); idempotent, so every start may call it. */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly accounts: AccountsService,
    private readonly enterprises: EnterpriseProfilesService,
    private readonly demands: DemandsService,
    private readonly demandQueries: DemandQueries,
    private readonly projects: ProjectsService,
    private readonly responses: ResponsesService,
    private readonly awards: AwardsService,
    private readonly matching: MatchingService,
    private readonly parks: ParksService,
    private readonly planProgress: PlanProgressService,
  ) {}

  async load(): Promise<DemoAccount[]> {
    let created = 0;
    for (const seed of DEMO_ACCOUNTS) {
      const isNew = await this.accounts.ensureAccount({
        email: seed.email,
        password: seed.password,
        displayName: seed.displayName,
        platformRole: seed.kind === 'ADMIN' ? 'ADMIN' : 'USER',
        organization: seed.organization ? { ...seed.organization, status: 'VERIFIED', isDemo: true } : undefined,
      });
      if (isNew) created++;
    }
    if (created > 0) this.logger.log(`demo data: created ${created} demo account(s)`);
    const parkOfFirm = await this.loadActionPlanParks();
    await this.loadActionPlanFirms(parkOfFirm);
    await this.loadDemoPlanFigures();
    await this.loadActionPlanProjects();
    await this.loadDemoFirmProfile();
    await this.loadDemoDemands();
    await this.loadDemoAward();
    return DEMO_ACCOUNTS.map(({ email, password, kind, organizationName }) => ({ email, password, kind, organizationName }));
  }

  /** A few published demands of the demo procurer, with a deadline 90 days after they are first loaded. */
  private async loadDemoDemands(): Promise<void> {
    const seed = DEMO_ACCOUNTS.find((a) => a.kind === 'PROCURER');
    const procurer = seed ? await this.accounts.findUserByEmail(seed.email) : null;
    if (!procurer?.organizationId) return;
    const deadline = chinaDateOf(new Date(Date.now() + 90 * 86_400_000));
    let created = 0;
    for (const demand of DEMO_DEMANDS) {
      if (await this.demands.publishAsPlatform(procurer.organizationId, procurer.id, { ...demand, deadline })) created++;
    }
    if (created > 0) this.logger.log(`demo data: published ${created} demo demands`);
  }

  /**
   * One demo demand answered by the demo firm, shortlisted and awarded to it through the same use cases
   * people use (audited, notified), so that a fresh start shows responses, an award, the public awards
   * page and the OCDS export with data. Done once: an awarded demand, or an answer already given, is left.
   */
  private async loadDemoAward(): Promise<void> {
    const user = async (kind: OrganizationKind) =>
      this.accounts.findUserByEmail(DEMO_ACCOUNTS.find((a) => a.kind === kind)!.email);
    const [firm, procurer] = [await user('ENTERPRISE'), await user('PROCURER')];
    if (!firm?.organizationId || !procurer?.organizationId) return;
    const demand = await this.demandQueries.findByTitle(procurer.organizationId, DEMO_AWARD.demandTitle);
    if (!demand || demand.status !== 'PUBLISHED') return;
    const firmActor = demoActor(firm, 'ENTERPRISE');
    if ((await this.responses.mine(firmActor)).some((r) => r.demandId === demand.id)) return;
    // Matched before it is awarded: the matching job of a demand that is no longer open skips it, and the
    // demo demand would otherwise show 匹配中 for ever (its job only starts once a worker is up, long after
    // this award). The same use case the job runs; the firms' search documents may still be queued, and the
    // matcher reads recently published firms from PostgreSQL for that reason.
    if (demand.matchingStatus !== 'READY' || demand.matchedVersion !== demand.version) {
      await this.matching.matchDemand(demand.id);
    }
    const response = await this.responses.respond(firmActor, demand.id, DEMO_AWARD.response);
    const procurerActor = demoActor(procurer, 'PROCURER');
    await this.responses.decide(procurerActor, response.id, { status: 'SHORTLISTED' });
    await this.awards.award(procurerActor, demand.id, response.id);
    this.logger.log(`demo data: awarded 《${demand.title}》 to the demo firm`);
  }

  /** The demo firm's own profile, so that the award's winner link and searches show a real page. */
  private async loadDemoFirmProfile(): Promise<void> {
    const admin = await this.accounts.findUserByEmail(DEMO_ACCOUNTS.find((a) => a.kind === 'ADMIN')!.email);
    for (const seed of DEMO_ACCOUNTS) {
      if (!seed.profile) continue;
      const user = await this.accounts.findUserByEmail(seed.email);
      if (!admin || !user?.organizationId) continue;
      await this.enterprises.publishAsPlatform(user.organizationId, seed.profile, admin.id);
    }
  }

  /** The plan's bases, zones, points, parks and platforms; answers the park each demo firm names. */
  private async loadActionPlanParks(): Promise<Map<string, string>> {
    const parkOfFirm = new Map<string, string>();
    for (const { firms, ...park } of ACTION_PLAN_PARKS) {
      const id = await this.parks.ensureDemoPark(park);
      for (const firm of firms) if (!parkOfFirm.has(firm)) parkOfFirm.set(firm, id);
    }
    return parkOfFirm;
  }

  /** Plausible yearly figures of the targets administrators record, where none is recorded (演示). */
  private async loadDemoPlanFigures(): Promise<void> {
    const figures = Object.entries(DEMO_PLAN_FIGURES).flatMap(([key, values]) =>
      ACTION_PLAN_YEARS.map((year, index) => ({ key: key as ActionPlanTargetKey, year, value: values[index]! })),
    );
    const inserted = await this.planProgress.seedDemoFigures(figures);
    if (inserted > 0) this.logger.log(`demo data: recorded ${inserted} demo figures of the plan's targets`);
  }

  /**
   * The key projects of the action plan's tables (专栏), marked demo; a project whose owner is one of the
   * demo firms is tied to that firm's organisation, so that whoever claims the firm reports on it.
   */
  private async loadActionPlanProjects(): Promise<void> {
    let created = 0;
    for (const project of ACTION_PLAN_PROJECTS) {
      const firm = ACTION_PLAN_FIRMS.find((f) => f.name === project.ownerName);
      const owner = firm ? await this.accounts.findOrganizationByCreditCode(placeholderCreditCode(firm)) : null;
      const isNew = await this.projects.ensureDemoProject(
        {
          demoKey: project.key,
          name: project.name,
          description: `${project.description}（演示数据：依据《咸宁市军民融合深度发展行动方案（2021-2025）》整理。）`,
          ownerName: project.ownerName,
          ownerOrganizationId: owner?.id ?? null,
          regionCode: project.regionCode,
          sectors: project.sectors,
          investmentTotal: null,
          programme: project.programme,
          sources: project.sources,
        },
      );
      if (isNew) created++;
    }
    if (created > 0) this.logger.log(`demo data: recorded ${created} key projects of the action plan`);
  }

  /** The firms the action plan names, as verified organisations with published profiles and no users. */
  private async loadActionPlanFirms(parkOfFirm: ReadonlyMap<string, string>): Promise<void> {
    const admin = await this.accounts.findUserByEmail(DEMO_ACCOUNTS.find((a) => a.kind === 'ADMIN')!.email);
    if (!admin) return;
    let created = 0;
    for (const firm of ACTION_PLAN_FIRMS) {
      const creditCode = placeholderCreditCode(firm);
      let organization = await this.accounts.findOrganizationByCreditCode(creditCode);
      if (!organization) {
        organization = await this.accounts.transaction((manager) =>
          this.accounts.createOrganization({ kind: 'ENTERPRISE', name: firm.name, creditCode, regionCode: firm.regionCode, status: 'VERIFIED', isDemo: true }, manager),
        );
        created++;
      }
      const parkId = parkOfFirm.get(firm.name);
      await this.enterprises.publishAsPlatform(organization.id, parkId ? { ...demoProfileOf(firm), parkId } : demoProfileOf(firm), admin.id);
    }
    if (created > 0) this.logger.log(`demo data: created ${created} firms named in the action plan`);
  }
}

/** A demo user acting as itself: the demo organisations are verified. */
function demoActor(user: AccountUser, kind: OrganizationKind): Actor {
  return {
    userId: user.id,
    email: user.email,
    platformRole: 'USER',
    organizationId: user.organizationId,
    organizationKind: kind,
    organizationStatus: 'VERIFIED',
    membershipRole: user.membershipRole,
    ip: null,
  };
}
