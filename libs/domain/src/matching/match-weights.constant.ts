import { type MatchComponent } from './match.types.js';

// Text relevance dominates: it is the only component that says the firm makes what is wanted. Sector and
// certificates confirm it; locality, completeness and freshness only order otherwise equal firms.
export const MATCH_WEIGHTS: Readonly<Record<MatchComponent, number>> = {
  TEXT: 0.45,
  SECTOR: 0.2,
  QUALIFICATION: 0.15,
  LOCALITY: 0.08,
  COMPLETENESS: 0.06,
  FRESHNESS: 0.06,
};
