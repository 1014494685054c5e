// Offline evaluation of the matcher (libs/domain) on graded data sets, the tuning loop for match scoring.
// For each file in bench/data: every firm is treated as VERIFIED, with completeness 80 and confirmed now;
// every demand gets a deadline 60 days ahead; firms are ranked by assessMatch among those isListedMatch
// accepts. Prints precision@1 (top firm graded 1 or 2), recall@5 (firms graded 1 or 2 in the top 5) and
// how many mustNotMatch firms reach a top 5.
//
// Run (Node 20 has no TypeScript loader and the workspace no tsx; rolldown comes with vitest):
//   cd libs/domain && npx tsc -p tsconfig.lib.json && cd ../../test \
//     && npx rolldown bench/matching-offline.ts -p node -o /tmp/matching-offline.mjs \
//     && node /tmp/matching-offline.mjs [--verbose] [data dir, default bench/data]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import {
  assessFirm,
  profileRelevance,
  relevancePlan,
  baseVocabulary,
  countFeatureFrequencies,
  demandKeyTerms,
  normaliseMatchText,
  type MatchContext,
  matchComponentValue,
  weakMatches,
  prepareDemand,
  profileFeatures,
  chinaDateOf,
  isListedMatch,
  isNearlyMatched,
  regionCodeFromName,
  sectorCodeFromChineseName,
  type DemandForMatching,
  type EnterpriseForMatching,
  type MatchAssessment,
  type QualificationStatus,
  type QualificationTypeCode,
  type SectorCode,
} from '@mcf/domain';

interface DataFirm {
  key: string;
  name: string;
  region: string;
  creditCode: string;
  sectors: string[];
  summary: string;
  products: string[];
  capabilities: string[];
  equipment: string[];
  qualifications: Array<{
    type: QualificationTypeCode;
    level: number | null;
    status: QualificationStatus;
    expiresAt: string;
  }>;
}

interface DataDemand {
  key: string;
  title: string;
  description: string;
  sectors: string[];
  requiredQualifications: Array<{ type: QualificationTypeCode; minLevel: number | null }>;
  relevant: Record<string, number>;
  mustNotMatch: string[];
}

interface DataSet {
  enterprises: DataFirm[];
  demands: DataDemand[];
}

interface Figures {
  demands: number;
  precisionAt1: number;
  strictPrecisionAt1: number;
  recallAt5: number;
  violations: number;
}

const TOP = 5;
const DEADLINE_DAYS = 60;

function sectorCodes(names: readonly string[], where: string): SectorCode[] {
  return names.map((name) => {
    const code = sectorCodeFromChineseName(name);
    if (code === undefined) throw new Error(`${where}: unknown sector ${name}`);
    return code;
  });
}

function toEnterprise(firm: DataFirm, now: Date): EnterpriseForMatching {
  return {
    name: firm.name,
    summary: firm.summary,
    products: firm.products,
    capabilities: firm.capabilities,
    equipment: firm.equipment,
    sectors: sectorCodes(firm.sectors, firm.key),
    // The data sets name regions; a firm outside the known ones falls back to its credit code's region.
    regionCode: regionCodeFromName(firm.region) ?? firm.creditCode.slice(2, 8),
    qualifications: firm.qualifications.map((q) => ({
      type: q.type,
      level: q.level,
      status: q.status,
      expiresOn: q.expiresAt,
    })),
    organizationStatus: 'VERIFIED',
    completeness: 80,
    lastConfirmedAt: now.toISOString(),
  };
}

function toDemand(demand: DataDemand, now: Date): DemandForMatching {
  return {
    title: demand.title,
    description: demand.description,
    sectors: sectorCodes(demand.sectors, demand.key),
    requiredQualifications: demand.requiredQualifications,
    regionCode: null,
    deadline: chinaDateOf(new Date(now.getTime() + DEADLINE_DAYS * 86_400_000)),
  };
}

function evaluate(name: string, data: DataSet, now: Date, verbose: boolean): Figures {
  const vocabulary = baseVocabulary();
  const firms = data.enterprises.map((firm) => {
    const enterprise = toEnterprise(firm, now);
    return { key: firm.key, enterprise, features: profileFeatures(enterprise, vocabulary) };
  });
  // Demand frequencies as the platform counts them when the demands are published one after another (as
  // bench:matching does): each demand sees itself and the demands before it.
  const demandTexts = data.demands.map((d) => normaliseMatchText(`${d.title} ${d.description}`));
  const demandFrequenciesAt = (index: number) => {
    const published = demandTexts.slice(0, index + 1);
    const demand = data.demands[index]!;
    const counts: Record<string, number> = {};
    for (const term of demandKeyTerms(demand.title, demand.description))
      counts[term] = published.filter((text) => text.includes(term)).length;
    return { documents: published.length, counts };
  };
  const context: MatchContext = {
    vocabulary,
    frequencies: countFeatureFrequencies(firms.map((f) => f.features)),
  };
  let hits = 0;
  let strictHits = 0;
  let recallSum = 0;
  let violations = 0;

  for (const demand of data.demands) {
    const input = toDemand(demand, now);
    const prepared = prepareDemand(input.title, input.description, {
      ...context,
      demandFrequencies: demandFrequenciesAt(data.demands.indexOf(demand)),
    });
    const plan = relevancePlan(prepared);
    const assessed = firms.map((firm) => ({
      key: firm.key,
      assessment: assessFirm(input, firm.enterprise, profileRelevance(plan, firm.features), now),
    }));
    const ranked = assessed
      .filter((firm) => isListedMatch(firm.assessment))
      .sort((a, b) => b.assessment.score - a.assessment.score || a.key.localeCompare(b.key));
    // As the API does: no listed firm, then the eligible firms that come closest, marked weak.
    const shownRanked =
      ranked.length > 0
        ? ranked
        : weakMatches(assessed.filter((firm) => matchComponentValue(firm.assessment, 'TEXT') > 0 || firm.assessment.components.some((c) => c.component === 'SECTOR' && c.value > 0)));
    const top = shownRanked.slice(0, TOP).map((firm) => firm.key);
    const relevant = Object.entries(demand.relevant).filter(([, grade]) => grade >= 1);
    const first = top[0];
    const firstGrade = first === undefined ? 0 : (demand.relevant[first] ?? 0);
    hits += firstGrade >= 1 ? 1 : 0;
    strictHits += firstGrade >= 2 ? 1 : 0;
    const found = relevant.filter(([key]) => top.includes(key)).length;
    recallSum += relevant.length === 0 ? 1 : found / relevant.length;
    const trapped = demand.mustNotMatch.filter((key) => top.includes(key));
    violations += trapped.length;

    if (verbose || firstGrade < 1 || found < relevant.length || trapped.length > 0) {
      const flag = firstGrade < 1 || found < relevant.length || trapped.length > 0 ? '✗' : ' ';
      console.log(`${flag} [${name}] ${demand.key}: ${demand.title}`);
      const describe = (key: string, assessment: MatchAssessment): string => {
        const text = assessment.components.find((part) => part.component === 'TEXT')?.value ?? 0;
        const mark = demand.mustNotMatch.includes(key)
          ? ' TRAP'
          : demand.relevant[key]
            ? ` g${demand.relevant[key]}`
            : '';
        const state = isListedMatch(assessment) ? 'listed' : isNearlyMatched(assessment) ? 'nearly' : 'no';
        return `${key}${mark} score=${assessment.score} text=${text} ${state} [${assessment.matchedTerms.join(',')}]`;
      };
      const shown = [...assessed]
        .sort((a, b) => b.assessment.score - a.assessment.score)
        .filter(
          (firm) =>
            top.includes(firm.key) ||
            demand.relevant[firm.key] !== undefined ||
            demand.mustNotMatch.includes(firm.key),
        );
      for (const firm of shown) {
        console.log(`    ${top.includes(firm.key) ? '*' : ' '} ${describe(firm.key, firm.assessment)}`);
      }
    }
  }

  const count = data.demands.length;
  return {
    demands: count,
    precisionAt1: hits / count,
    strictPrecisionAt1: strictHits / count,
    recallAt5: recallSum / count,
    violations,
  };
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const dataDir = resolve(args.find((arg) => !arg.startsWith('--')) ?? join(process.cwd(), 'bench', 'data'));
const now = new Date();

const files = readdirSync(dataDir)
  .filter((file) => /^matching-.*\.json$/u.test(file))
  .sort();
if (files.length === 0) throw new Error(`No matching-*.json in ${dataDir}`);

const results = files.map((file) => {
  const data = JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as DataSet;
  return { file, figures: evaluate(file.replace(/^matching-|\.json$/gu, ''), data, now, verbose) };
});

console.log(`\nmatching offline evaluation, ${chinaDateOf(now)} (China date)`);
for (const { file, figures } of results) {
  console.log(
    `${file.padEnd(24)} demands=${figures.demands}  P@1=${figures.precisionAt1.toFixed(3)}` +
      ` (grade 2: ${figures.strictPrecisionAt1.toFixed(3)})  R@5=${figures.recallAt5.toFixed(3)}` +
      `  mustNotMatch in top ${TOP}: ${figures.violations}`,
  );
}
