import { type TermSample } from '../matching/term-sample.util.js';
import { SECTOR_CODES } from '../sectors/sector-code.constant.js';

/**
 * Demands spread over the platform's sectors: a name found in more of them than one sector's share names no
 * product or service but the wording of procurement itself (conditions, deadlines, templates).
 */
const BOILERPLATE_SHARE = 1 / SECTOR_CODES.length;
/** Recurring: found in at least this many demands besides the one mined. */
const RECURRING_ELSEWHERE = 2;

/**
 * Whether both names of a pair mined from a demand recur across the platform's published demands (the newest
 * of them, `sample`, demand `demandId` itself left out) in more than one sector's share of them: the clause of
 * a procurement template, such as 相关证书须在有效期内（至少覆盖本项目报价截止日）, not two names for one thing.
 * One side may be common (无人机 in 无人机（UAV）); a pair is boilerplate only when both are. Names are looked
 * for as demandSampleText writes texts (lower-cased).
 */
export function isBoilerplatePair(terms: readonly [string, string], sample: TermSample, demandId: string): boolean {
  return terms.every((term) => {
    const { count, of } = sample.elsewhere(term.toLowerCase(), demandId);
    return count >= RECURRING_ELSEWHERE && count >= BOILERPLATE_SHARE * of;
  });
}
