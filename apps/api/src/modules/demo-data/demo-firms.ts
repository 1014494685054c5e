import { createHash } from 'node:crypto';
import type { ProfileContent } from '@mcf/contracts';
import { computeCreditCodeCheckCharacter, sectorByCode } from '@mcf/domain';
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

/**
 * The text a visitor reads on a demo firm's profile, in the firm's own voice ("本公司…"), built only from
 * the products, capabilities and sectors the action plan gives it. `firm.summary` stays the reviewer's note
 * of where the document says so (checked against the document by the data spec); it is not profile text.
 */
export function demoProfileSummary(firm: Pick<ActionPlanFirm, 'products' | 'capabilities' | 'sectors'>): string {
  const sectors = firm.sectors.map((code) => sectorByCode(code).nameZh).join('、');
  const parts: string[] = [];
  if (firm.products.length > 0) parts.push(`本公司主要产品包括${firm.products.join('、')}。`);
  if (firm.capabilities.length > 0) {
    parts.push(`${parts.length > 0 ? '我们' : '本公司'}在${firm.capabilities.join('、')}方面具备能力。`);
  }
  if (parts.length === 0) parts.push(`本公司属${sectors}领域。`);
  else parts.push(`所属领域：${sectors}。`);
  parts.push('（演示数据：依据《咸宁市军民融合深度发展行动方案（2021-2025）》整理，尚未经企业本人完善。）');
  return parts.join('');
}

export function demoProfileOf(firm: ActionPlanFirm): ProfileContent {
  return {
    summary: demoProfileSummary(firm),
    sectors: firm.sectors,
    products: firm.products,
    capabilities: firm.capabilities,
    equipment: [],
    regionCode: firm.regionCode,
  };
}
