import { localityScore } from '../matching/locality-score.util.js';
import { prepareDemand, type PreparedDemand } from '../matching/prepare-demand.util.js';
import { profileFeatures, type ProfileFeatures } from '../matching/profile-features.util.js';
import { sectorOverlap } from '../matching/sector-overlap.util.js';
import { textRelevance } from '../matching/text-relevance.util.js';
import { type SectorCode } from '../sectors/sector-code.constant.js';
import type { CompiledVocabulary } from '../vocabulary/vocabulary.types.js';
import { type TalentAvailability } from './talent-availability.constant.js';

/** A talent need as matching reads it: what an organisation is looking for. */
export interface TalentNeedForMatching {
  title: string;
  description: string;
  specialties: readonly string[];
  sectors: readonly SectorCode[];
  /** Empty: any way of working will do. */
  availability: readonly TalentAvailability[];
  regionCode: string | null;
}

/** A person's profile as matching reads it. */
export interface TalentForMatching {
  /** 职称 (高级工程师, 研究员, 高级技师…). */
  title: string | null;
  specialties: readonly string[];
  summary: string;
  sectors: readonly SectorCode[];
  availability: readonly TalentAvailability[];
  regionCode: string | null;
}

/** Weights of a talent match's components (sum 1): what the person knows counts most. */
export const TALENT_MATCH_WEIGHTS = { text: 0.6, sector: 0.2, availability: 0.1, locality: 0.1 } as const;
/** Below this share of the need's key terms a person is listed only when the sectors agree. */
export const TALENT_TEXT_MIN = 0.25;
/** A person sharing the need's sectors is listed from this text value on (the wording may differ more). */
export const TALENT_TEXT_MIN_WITH_SECTOR = 0.08;

export interface TalentMatchAssessment {
  /** 0..1, rounded to 4 places. */
  score: number;
  components: { text: number; sector: number; availability: number; locality: number };
  /** The need's key terms the profile covers: the reasons shown to the organisation. */
  matchedTerms: string[];
  /** Whether the person is offered for the need at all. */
  listed: boolean;
}

/**
 * Words naming the post rather than the knowledge (技师, 工程师, 顾问…): every profile's 职称 holds some, so
 * in a need's title they would rank any 技师 for a 维修技师 need. Longest first, so 高级工程师 goes whole.
 */
export const TALENT_ROLE_WORDS: readonly string[] = [
  '高级工程师', '系统工程师', '算法工程师', '工程师', '高级技师', '技师', '技能人才', '专家', '顾问', '教员', '人员', '人才',
];

/** A need's text without the words that name the post (TALENT_ROLE_WORDS). */
export function talentNeedSubject(title: string): string {
  return TALENT_ROLE_WORDS.reduce((text, word) => text.replaceAll(word, ' '), title).trim();
}

/** A need made ready for scoring many people: the specialties asked for are read like a demand's text. */
export function prepareTalentNeed(need: TalentNeedForMatching, vocabulary: CompiledVocabulary): PreparedDemand {
  const description = [need.specialties.join('、'), talentNeedSubject(need.description)]
    .filter((t) => t.trim() !== '')
    .join('\n');
  return prepareDemand(talentNeedSubject(need.title), description, { vocabulary, frequencies: null });
}

/** A person's text features: specialties weigh as a firm's products, 职称 and summary as its summary. */
export function talentFeatures(talent: TalentForMatching, vocabulary: CompiledVocabulary): ProfileFeatures {
  return profileFeatures(
    {
      name: '',
      summary: [talent.title ?? '', talent.summary].filter((t) => t !== '').join('，'),
      products: [...talent.specialties],
      capabilities: [],
      equipment: [],
    },
    vocabulary,
  );
}

/**
 * The share of the need's ways of working the person offers, 0..1. A need naming none takes anyone; a
 * full-time need is not met by advisory work, so no overlap at all keeps the person off the list.
 */
export function availabilityOverlap(
  wanted: readonly TalentAvailability[],
  offered: readonly TalentAvailability[],
): number {
  const asked = new Set(wanted);
  if (asked.size === 0) return 1;
  const held = new Set(offered);
  return [...asked].filter((a) => held.has(a)).length / asked.size;
}

/** How well a person fits a talent need, with the reasons (see TALENT_MATCH_WEIGHTS and the thresholds). */
export function assessTalent(
  prepared: PreparedDemand,
  need: TalentNeedForMatching,
  features: ProfileFeatures,
  talent: TalentForMatching,
): TalentMatchAssessment {
  const relevance = textRelevance(prepared, features);
  const components = {
    text: relevance.value,
    sector: sectorOverlap(need.sectors, talent.sectors),
    availability: availabilityOverlap(need.availability, talent.availability),
    locality: localityScore(need.regionCode, talent.regionCode),
  };
  const score =
    TALENT_MATCH_WEIGHTS.text * components.text +
    TALENT_MATCH_WEIGHTS.sector * components.sector +
    TALENT_MATCH_WEIGHTS.availability * components.availability +
    TALENT_MATCH_WEIGHTS.locality * components.locality;
  const sharesSector = need.sectors.length > 0 && components.sector > 0;
  const listed =
    components.availability > 0 &&
    (components.text >= TALENT_TEXT_MIN || (sharesSector && components.text >= TALENT_TEXT_MIN_WITH_SECTOR));
  return { score: Math.round(score * 10_000) / 10_000, components, matchedTerms: relevance.matchedTerms, listed };
}

/** The listed people of a need, best first (ties: more matched terms, then the key given). */
export function rankTalents<T extends { key: string; talent: TalentForMatching; features: ProfileFeatures }>(
  need: TalentNeedForMatching,
  candidates: readonly T[],
  vocabulary: CompiledVocabulary,
): { candidate: T; assessment: TalentMatchAssessment }[] {
  const prepared = prepareTalentNeed(need, vocabulary);
  return candidates
    .map((candidate) => ({ candidate, assessment: assessTalent(prepared, need, candidate.features, candidate.talent) }))
    .filter((r) => r.assessment.listed)
    .sort(
      (a, b) =>
        b.assessment.score - a.assessment.score ||
        b.assessment.matchedTerms.length - a.assessment.matchedTerms.length ||
        a.candidate.key.localeCompare(b.candidate.key),
    );
}
