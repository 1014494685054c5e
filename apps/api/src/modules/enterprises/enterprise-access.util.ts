import { type Actor, isAdmin } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import type { AccountOrganization, AccountsService } from '../accounts/accounts.service.js';

/** The enterprise itself; for anyone else (but, where allowed, an admin) it does not exist. */
export async function ownEnterprise(
  accounts: AccountsService,
  actor: Actor,
  organizationId: string,
  adminMayRead = false,
): Promise<AccountOrganization> {
  const mine = actor.organizationId === organizationId;
  if (!mine && !(adminMayRead && isAdmin(actor))) {
    if (isAdmin(actor)) throw CommonErrors.forbidden();
    throw CommonErrors.notFound();
  }
  const organization = await accounts.findOrganizationById(organizationId);
  if (!organization || organization.kind !== 'ENTERPRISE') throw CommonErrors.notFound();
  return organization;
}
