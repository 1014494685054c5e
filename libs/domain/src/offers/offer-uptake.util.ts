import { sectorOverlap } from '../matching/sector-overlap.util.js';
import { type EnterpriseFacts, type TextRelevance } from '../matching/match.types.js';
import { type MatchContext } from '../matching/match-context.types.js';
import { type PreparedDemand, prepareDemand } from '../matching/prepare-demand.util.js';
import { type SectorCode } from '../sectors/sector-code.constant.js';

/** What matching reads of an offer: the text a firm taking it up would describe in its own profile. */
export interface OfferForMatching {
  title: string;
  summary: string;
  /** Where the technology applies (应用领域) and its keywords: a taker's products name these. */
  applications: readonly string[];
  sectors: readonly SectorCode[];
}

// Text says whether the firm works with what the technology is about; sectors confirm it; a fuller profile
// is the likelier taker of two equal firms. No certificate is asked of a licensee, so none is scored.
export const OFFER_UPTAKE_WEIGHTS = { TEXT: 0.7, SECTOR: 0.2, COMPLETENESS: 0.1 } as const;

/**
 * The text relevance a firm needs to be listed as a possible taker. Lower than a demand's
 * (MIN_TEXT_RELEVANCE, 0.3): an offer describes a technology's principle, performance and several uses, and
 * a firm that could take it up names only its own part of them. On bench/data/offer-matching-dev.json, 0.3
 * listed 0.9 firms an offer (recall@5 0.47); 0.1 lists 2.9 (recall@5 0.76) with the top firm still right.
 */
export const OFFER_MIN_TEXT_RELEVANCE = 0.1;

/** Firms scoring at least this (and relevant by text) are told of a newly published offer. */
export const OFFER_NOTIFY_THRESHOLD = 0.45;

export interface OfferUptake {
  /** Relevant enough by text to be listed as a possible taker. */
  listed: boolean;
  score: number;
  text: number;
  sector: number;
  matchedTerms: string[];
}

const round4 = (value: number): number => Math.round(value * 10_000) / 10_000;

/** The offer's text made ready for scoring firms, read like a demand: title first, then summary and uses. */
export function prepareOffer(offer: OfferForMatching, context: MatchContext): PreparedDemand {
  return prepareDemand(offer.title, [offer.summary, ...offer.applications].join('\n'), context);
}

/**
 * How likely a firm is to take up an offer, from its capability profile: the demand matcher's text
 * relevance (the offer's key terms found in the firm's products, capabilities and equipment, with the
 * vocabulary's synonyms and broader terms: textRelevance of prepareOffer), the sectors shared and the profile's completeness. Only
 * verified firms are listed: an offer's owner talks to firms the platform knows.
 */
export function assessOfferUptake(
  offer: Pick<OfferForMatching, 'sectors'>,
  firm: Pick<EnterpriseFacts, 'sectors' | 'organizationStatus' | 'completeness'>,
  text: TextRelevance,
): OfferUptake {
  const sector = sectorOverlap(offer.sectors, firm.sectors);
  const score =
    OFFER_UPTAKE_WEIGHTS.TEXT * text.value +
    OFFER_UPTAKE_WEIGHTS.SECTOR * sector +
    OFFER_UPTAKE_WEIGHTS.COMPLETENESS * Math.min(1, Math.max(0, firm.completeness / 100));
  return {
    listed: text.value >= OFFER_MIN_TEXT_RELEVANCE && firm.organizationStatus === 'VERIFIED',
    score: round4(score),
    text: text.value,
    sector: round4(sector),
    matchedTerms: text.matchedTerms,
  };
}
