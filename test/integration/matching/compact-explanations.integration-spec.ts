/**
 * The migration to compact match explanations (CompactMatchExplanations) on real PostgreSQL: rows stored whole
 * read back through explanationOf exactly as they were, and `down` restores them byte for byte. It runs on a
 * temporary table named "matches", which shadows the real one for this connection only.
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import {
  assessMatch,
  BASE_VOCABULARY_FILES,
  compileVocabulary,
  type DemandForMatching,
  type EnterpriseForMatching,
  explanationOf,
  storedExplanation,
} from '@mcf/domain';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../../support/app-process.js';

const services = inject('services');
const NOW = new Date('2026-11-28T02:00:00Z');
const context = { vocabulary: compileVocabulary(BASE_VOCABULARY_FILES, []), frequencies: null };

const demand: DemandForMatching = {
  title: '防爆电机采购',
  description: '采购防爆电机20台，须具备二级保密资格和国军标质量体系认证。',
  sectors: ['INTELLIGENT_EQUIPMENT'],
  requiredQualifications: [
    { type: 'GJB9001C', minLevel: null },
    { type: 'SECRECY', minLevel: 2 },
  ],
  regionCode: '421202',
  deadline: '2027-01-27',
};
const firm = (overrides: Partial<EnterpriseForMatching>): EnterpriseForMatching => ({
  name: '湖北防爆电气有限公司',
  summary: '专业生产防爆电机。',
  products: ['防爆电机'],
  capabilities: [],
  equipment: [],
  sectors: ['INTELLIGENT_EQUIPMENT'],
  regionCode: '421281',
  qualifications: [
    { type: 'GJB9001C', level: null, status: 'APPROVED', expiresOn: '2031-06-30' },
    { type: 'SECRECY', level: 2, status: 'APPROVED', expiresOn: '2028-01-10' },
  ],
  organizationStatus: 'VERIFIED',
  completeness: 77,
  lastConfirmedAt: '2026-10-03T00:00:00Z',
  ...overrides,
});
const assessments = [
  assessMatch(demand, firm({}), NOW, context),
  assessMatch(demand, firm({ qualifications: [{ type: 'SECRECY', level: 3, status: 'APPROVED', expiresOn: '2027-01-10' }] }), NOW, context),
  assessMatch(demand, firm({ organizationStatus: 'SUSPENDED', qualifications: [], regionCode: null, lastConfirmedAt: null }), NOW, context),
  assessMatch({ ...demand, requiredQualifications: [] }, firm({ products: ['积木'], summary: '', completeness: 33 }), NOW, context),
];
const whole = assessments.map(({ matchedTerms, constraints, components }) => ({ matchedTerms, constraints, components }));

let client: pg.Client;
let migration: { up(runner: unknown): Promise<void>; down(runner: unknown): Promise<void> };

beforeAll(async () => {
  client = new pg.Client({ connectionString: services.databaseUrl });
  await client.connect();
  const module = (await import(
    pathToFileURL(join(REPO_ROOT, 'apps/api/dist/core/database/migrations/1765840000000-CompactMatchExplanations.js')).href
  )) as { CompactMatchExplanations1765840000000: new () => typeof migration };
  migration = new module.CompactMatchExplanations1765840000000();
  await client.query(`CREATE TEMP TABLE "matches" ("n" integer PRIMARY KEY, "explanation" jsonb NOT NULL)`);
  for (const [n, explanation] of whole.entries())
    await client.query(`INSERT INTO "matches" VALUES ($1, $2)`, [n, JSON.stringify(explanation)]);
  // One row already compact (written by this release): left as it is.
  await client.query(`INSERT INTO "matches" VALUES (99, $1)`, [JSON.stringify(storedExplanation(assessments[0]!))]);
});

afterAll(async () => {
  await client?.end();
});

const stored = async () =>
  (await client.query<{ n: number; explanation: never }>(`SELECT "n", "explanation" FROM "matches" ORDER BY "n"`)).rows;

describe('compact match explanations (migration)', () => {
  it('converts explanations stored whole into the compact form, which reads back exactly', async () => {
    expect(assessments.map((a) => a.eligible)).toEqual([true, false, false, true]);
    await migration.up({ query: (sql: string) => client.query(sql) });
    const rows = await stored();
    for (const { n, explanation } of rows) {
      expect(explanation).toHaveProperty('values');
      expect(explanation).not.toHaveProperty('components');
      expect(explanationOf(explanation)).toEqual(whole[n === 99 ? 0 : n]);
    }
    expect(rows[0]!.explanation).toEqual(JSON.parse(JSON.stringify(storedExplanation(assessments[0]!))));
  });

  it('restores them whole on the way down', async () => {
    await migration.down({ query: (sql: string) => client.query(sql) });
    const rows = await stored();
    for (const { n, explanation } of rows) expect(explanation).toEqual(whole[n === 99 ? 0 : n]);
  });
});
