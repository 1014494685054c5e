import { Injectable, Logger } from '@nestjs/common';
import type { DemoAccount } from '@mcf/contracts';
import { AccountsService } from '../accounts/accounts.service.js';
import { chinaDateOf } from '@mcf/domain';
import { DemandsService } from '../demands/demands.service.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { DEMO_DEMANDS } from './demo-demands.js';
import { ACTION_PLAN_FIRMS } from './action-plan-firms.data.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { demoProfileOf, placeholderCreditCode } from './demo-firms.js';

/** Loads the demo data set (unless DEMO_DATA=off); idempotent, so every start may call it. */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly accounts: AccountsService,
    private readonly enterprises: EnterprisesService,
    private readonly demands: DemandsService,
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
    await this.loadActionPlanFirms();
    await this.loadDemoDemands();
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

  /** The firms the action plan names, as verified organisations with published profiles and no users. */
  private async loadActionPlanFirms(): Promise<void> {
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
      await this.enterprises.publishAsPlatform(organization.id, demoProfileOf(firm), admin.id);
    }
    if (created > 0) this.logger.log(`demo data: created ${created} firms named in the action plan`);
  }
}
