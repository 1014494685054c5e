import { createHash } from 'node:crypto';
import type { ProfileContent } from '@mcf/contracts';
import { computeCreditCodeCheckCharacter } from '@mcf/domain';
import type { ActionPlanFirm } from './action-plan-firms.data.js';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * The document gives no credit codes, so each demo firm gets a placeholder that passes the GB 32100
 * check, derived from its name (the same on every start, so loading stays idempotent). The
 * organisations are marked is_demo; the codes are not the firms' real ones.
 */
export function placeholderCreditCode(firm: Pick<ActionPlanFirm, 'name' | 'regionCode'>): string {
  const digest = createHash('sha256').update(firm.name).digest();
  const body = Array.from(digest.subarray(0, 7), (byte) => ALPHABET[byte % ALPHABET.length]).join('');
  const first17 = `91${firm.regionCode}MA${body}`;
  return `${first17}${computeCreditCodeCheckCharacter(first17)}`;
}

export function demoProfileOf(firm: ActionPlanFirm): ProfileContent {
  return {
    summary: firm.summary,
    sectors: firm.sectors,
    products: firm.products,
    capabilities: firm.capabilities,
    equipment: [],
    regionCode: firm.regionCode,
  };
}
