import { OPEN_RESPONSE_STATUSES } from '@mcf/contracts';
import type { DemandResponse } from './entities/demand-response.entity.js';

/** A response still in play: it can be decided, withdrawn, awarded, or ended with its demand. */
export const LIVE_RESPONSE_STATUSES: readonly DemandResponse['status'][] = [...OPEN_RESPONSE_STATUSES];

/** The sentence a firm reads when the procurer gave no reason for the final status (Chinese · English). */
export const DEFAULT_FINAL_REASONS = {
  AWARDED: '采购方已确定贵单位为中标单位。 · The procurer awarded the demand to your organisation.',
  NOT_AWARDED: '采购方已确定其他中标单位。 · The procurer awarded the demand to another supplier.',
  DEMAND_CLOSED: '采购方已关闭该需求，未说明原因。 · The procurer closed the demand without giving a reason.',
  DEMAND_CANCELLED: '采购方已撤销该需求。 · The procurer cancelled the demand.',
} as const;

/** What the audit log keeps of a response before and after a change. */
export function responseSnapshot(r: DemandResponse) {
  return {
    demandId: r.demandId,
    organizationId: r.organizationId,
    kind: r.kind,
    status: r.status,
    price: r.price,
    deliveryDays: r.deliveryDays,
    reason: r.reason,
    statusReason: r.statusReason,
  };
}
