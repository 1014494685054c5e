import { Injectable, Logger } from '@nestjs/common';
import type { DemoAccount } from '@mcf/contracts';
import { AccountsService } from '../accounts/accounts.service.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';

/** Loads the demo data set (unless DEMO_DATA=off); idempotent, so every start may call it. */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger('DemoData');

  constructor(private readonly accounts: AccountsService) {}

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
    return DEMO_ACCOUNTS.map(({ email, password, kind, organizationName }) => ({ email, password, kind, organizationName }));
  }
}
