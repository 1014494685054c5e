import { Injectable, Logger } from '@nestjs/common';
import type { OrganizationKind, OrganizationStatus, PlatformRole } from '@mcf/contracts';
import { AccountsRepository } from './accounts.repository.js';
import { hashPassword } from './password-hasher.js';

@Injectable()
export class AccountsService {
  private readonly logger = new Logger('Accounts');

  constructor(private readonly accounts: AccountsRepository) {}

  /**
   * BOOTSTRAP_ADMIN_EMAIL + BOOTSTRAP_ADMIN_PASSWORD create the first platform administrator when
   * there is none; once one exists the variables are ignored.
   */
  async bootstrapAdministrator(email: string, password: string): Promise<boolean> {
    if ((await this.accounts.countAdministrators()) > 0) return false;
    const passwordHash = await hashPassword(password);
    const created = await this.accounts.transaction(async (manager) => {
      if (await this.accounts.findUserByEmail(email, manager)) return false;
      await this.accounts.insertUser(
        { email, displayName: '平台管理员', passwordHash, platformRole: 'ADMIN', organizationId: null, membershipRole: null },
        manager,
      );
      return true;
    });
    if (created) this.logger.log(`created the first administrator ${email.toLowerCase()}`);
    return created;
  }

  /**
   * Creates a user — and its organisation, owned by the user, when one is given and its credit code is
   * new — unless the email is taken. Used by the demo data; registration arrives with the accounts issue.
   */
  async ensureAccount(account: {
    email: string;
    password: string;
    displayName: string;
    platformRole: PlatformRole;
    organization?: { kind: OrganizationKind; name: string; creditCode: string; regionCode: string; status: OrganizationStatus; isDemo: boolean };
  }): Promise<boolean> {
    if (await this.accounts.findUserByEmail(account.email)) return false;
    const passwordHash = await hashPassword(account.password);
    return this.accounts.transaction(async (manager) => {
      if (await this.accounts.findUserByEmail(account.email, manager)) return false;
      let organizationId: string | null = null;
      if (account.organization) {
        const existing = await this.accounts.findOrganizationByCreditCode(account.organization.creditCode, manager);
        organizationId = (existing ?? (await this.accounts.insertOrganization(account.organization, manager))).id;
      }
      await this.accounts.insertUser(
        {
          email: account.email,
          displayName: account.displayName,
          passwordHash,
          platformRole: account.platformRole,
          organizationId,
          membershipRole: organizationId ? 'OWNER' : null,
        },
        manager,
      );
      return true;
    });
  }
}
