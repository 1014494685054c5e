// `npm run bench:talent-matching`: measures talent matching (libs/domain, the scoring the talent-need job
// runs) on the public development set bench/data/talent-matching-dev.json, the way demand matching is
// measured: for each need, the people assessTalent lists, best first. Prints precision@1 (top person graded
// 1 or 2), recall@5 (people graded 1 or 2 in the top 5), how many mustNotMatch people reach a top 5, and
// the CPU time of scoring. Figures are printed; the run fails only on a malformed data set.
//   node dist/talent-matching.mjs [--verbose] [data file]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  baseVocabulary,
  isSectorCode,
  rankTalents,
  talentFeatures,
  TALENT_AVAILABILITIES,
  type SectorCode,
  type TalentAvailability,
  type TalentForMatching,
  type TalentNeedForMatching,
} from '@mcf/domain';

interface DataPerson extends TalentForMatching {
  key: string;
  name: string;
}
interface DataNeed extends TalentNeedForMatching {
  key: string;
  relevant: Record<string, number>;
  mustNotMatch: string[];
}
interface DataSet {
  people: DataPerson[];
  needs: DataNeed[];
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const file = resolve(args.find((a) => !a.startsWith('--')) ?? 'bench/data/talent-matching-dev.json');
const data = JSON.parse(readFileSync(file, 'utf8')) as DataSet;

const keys = new Set(data.people.map((p) => p.key));
for (const person of data.people) {
  for (const sector of person.sectors) if (!isSectorCode(sector)) throw new Error(`${person.key}: unknown sector ${sector}`);
  for (const a of person.availability)
    if (!TALENT_AVAILABILITIES.includes(a as TalentAvailability)) throw new Error(`${person.key}: unknown availability ${a}`);
}
for (const need of data.needs)
  for (const key of [...Object.keys(need.relevant), ...need.mustNotMatch])
    if (!keys.has(key)) throw new Error(`${need.key}: unknown person ${key}`);

const vocabulary = baseVocabulary();
const cpuStart = process.cpuUsage();
const candidates = data.people.map((person) => ({
  key: person.key,
  talent: { ...person, sectors: person.sectors as SectorCode[] },
  features: talentFeatures(person, vocabulary),
}));
const cpuFeatures = process.cpuUsage(cpuStart);

let hitsAt1 = 0;
let relevantTotal = 0;
let relevantInTop5 = 0;
let forbiddenInTop5 = 0;
const scoringStart = process.cpuUsage();
for (const need of data.needs) {
  const ranked = rankTalents(need, candidates, vocabulary);
  const top5 = ranked.slice(0, 5).map((r) => r.candidate.key);
  const relevant = Object.entries(need.relevant).filter(([, grade]) => grade >= 1).map(([key]) => key);
  if (top5[0] !== undefined && (need.relevant[top5[0]] ?? 0) >= 1) hitsAt1 += 1;
  relevantTotal += relevant.length;
  relevantInTop5 += relevant.filter((key) => top5.includes(key)).length;
  const forbidden = need.mustNotMatch.filter((key) => top5.includes(key));
  forbiddenInTop5 += forbidden.length;
  if (verbose) {
    console.log(`${need.key} ${need.title}`);
    for (const r of ranked.slice(0, 5))
      console.log(
        `  ${r.candidate.key} ${r.assessment.score.toFixed(3)} grade=${need.relevant[r.candidate.key] ?? 0}` +
          ` text=${r.assessment.components.text} terms=${r.assessment.matchedTerms.join('、')}`,
      );
    const missed = relevant.filter((key) => !top5.includes(key));
    if (missed.length > 0) console.log(`  missed: ${missed.join(', ')}`);
    if (forbidden.length > 0) console.log(`  must not match, yet listed: ${forbidden.join(', ')}`);
  }
}
const cpuScoring = process.cpuUsage(scoringStart);
const ms = (usage: NodeJS.CpuUsage) => ((usage.user + usage.system) / 1000).toFixed(1);

console.log(`talent matching · ${file.split('/').pop()} · ${data.needs.length} needs, ${data.people.length} people`);
console.log(`precision@1   ${(hitsAt1 / data.needs.length).toFixed(3)} (${hitsAt1}/${data.needs.length})`);
console.log(`recall@5      ${(relevantInTop5 / relevantTotal).toFixed(3)} (${relevantInTop5}/${relevantTotal})`);
console.log(`mustNotMatch in a top 5: ${forbiddenInTop5}`);
console.log(`CPU: features ${ms(cpuFeatures)} ms, scoring ${ms(cpuScoring)} ms`);
