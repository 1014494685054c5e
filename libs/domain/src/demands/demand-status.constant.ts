/** The life of a demand: a draft, published (open to answers), then closed, cancelled or awarded. */
export const DEMAND_STATUSES = ['DRAFT', 'PUBLISHED', 'CLOSED', 'CANCELLED', 'AWARDED'] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

/**
 * Who may read a posting: everyone; everyone the summary and verified firms the details; invited
 * firms only. About readership, never about classified content (none belongs on the platform).
 */
export const DEMAND_VISIBILITIES = ['PUBLIC', 'VERIFIED_SUPPLIERS', 'INVITED'] as const;
export type DemandVisibility = (typeof DEMAND_VISIBILITIES)[number];
