/**
 * One visibility rule for demands (#11): the domain's demandAccess, the Meilisearch filter derived from
 * it and the SQL predicate derived from it select exactly the same demands, for every kind of viewer
 * and every status × visibility × owner × invitation, against a real Meilisearch and PostgreSQL (the
 * API's own schema). And a full reindex keeps the invited firms of INVITED demands.
 */
import { randomUUID } from 'node:crypto';
import type { DemandSearchResult, DemandView } from '@mcf/contracts';
import {
  DEMAND_STATUSES,
  DEMAND_VISIBILITIES,
  demandAccess,
  demandAccessAtLeast,
  type DemandAccessFacts,
  demandAccessCondition,
  type DemandCondition,
  demandConditionFilter,
  demandConditionSql,
  demandsListedCondition,
  type DemandViewer,
  positionalSqlParameters,
} from '@mcf/domain';
import { Meilisearch } from 'meilisearch';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, newCreditCode } from '../../support/api-client.js';
import { appEnvironment, runApiCli, type RunningApp, startApp } from '../../support/app-process.js';
import {
  createFirm,
  type CreatedFirm,
  daysFromNow,
  publishDemand,
  registerNamed,
  WITHOUT_DEMO_DATA,
  waitUntil,
} from '../../support/marketplace.js';

const services = inject('services');

let app: RunningApp;
let env: Record<string, string>;
let api: ApiClient;

beforeAll(async () => {
  env = appEnvironment(services, { ...WITHOUT_DEMO_DATA });
  app = await startApp(env);
  api = new ApiClient(app.baseUrl);
});

afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

describe('the visibility rule, its engine filter and its SQL agree', () => {
  const P1 = randomUUID();
  const P2 = randomUUID();
  const F1 = randomUUID();
  const F2 = randomUUID();
  const VIEWERS: Record<string, DemandViewer> = {
    anonymous: { kind: 'ANONYMOUS' },
    admin: { kind: 'ADMIN' },
    'procurer P1': { kind: 'PROCURER', organizationId: P1 },
    'verified firm F1': { kind: 'ENTERPRISE', organizationId: F1, verified: true },
    'unverified firm F2': { kind: 'ENTERPRISE', organizationId: F2, verified: false },
  };
  const DEMANDS: (DemandAccessFacts & { id: string })[] = DEMAND_STATUSES.flatMap((status) =>
    DEMAND_VISIBILITIES.flatMap((visibility) =>
      // A firm owning a demand is not a case the app makes, but the rule answers it all the same.
      [P1, P2, F1, F2].flatMap((organizationId) =>
        [[], [F1], [F2], [F1, F2], [P1, P2]].map((invitedOrganizationIds) => ({
          id: randomUUID(),
          status,
          visibility,
          organizationId,
          invitedOrganizationIds,
        })),
      ),
    ),
  );
  /** Each viewer's conditions: at least SUMMARY, DETAILS, OWNER, and listed (search, matches). */
  const cases = Object.entries(VIEWERS).flatMap(([name, viewer]) => [
    ...(['SUMMARY', 'DETAILS', 'OWNER'] as const).map((level) => ({
      label: `${name} reads at least ${level}`,
      condition: demandAccessCondition(viewer, level),
      expected: DEMANDS.filter((d) => demandAccessAtLeast(demandAccess(viewer, d), level)).map((d) => d.id),
    })),
    {
      label: `${name} is listed`,
      condition: demandsListedCondition(viewer),
      expected: DEMANDS.filter((d) => d.status === 'PUBLISHED' && demandAccess(viewer, d) !== 'NONE').map((d) => d.id),
    },
  ]);

  it('covers every combination, and every case but the anonymous owner selects some demands', () => {
    expect(DEMANDS).toHaveLength(DEMAND_STATUSES.length * DEMAND_VISIBILITIES.length * 4 * 5);
    expect(cases).toHaveLength(Object.keys(VIEWERS).length * 4);
    for (const c of cases.filter((c) => c.label !== 'anonymous reads at least OWNER'))
      expect(c.expected.length, c.label).toBeGreaterThan(0);
  });

  it('in Meilisearch: the derived filter finds exactly the demands the rule opens', async () => {
    const client = new Meilisearch({ host: services.meiliUrl, apiKey: services.meiliMasterKey });
    const uid = `${services.indexPrefix}visibility_rule`;
    await client.createIndex(uid, { primaryKey: 'id' }).waitTask();
    try {
      const index = client.index(uid);
      // The attributes the API's demands index filters on (apps/api core/search/search-indexes.ts).
      const settings = await index
        .updateSettings({ filterableAttributes: ['status', 'visibility', 'organizationId', 'invitedEnterpriseIds', 'id'] })
        .waitTask({ timeout: 60_000 });
      expect(settings.status).toBe('succeeded');
      const added = await index
        .addDocuments(
          DEMANDS.map((d) => ({
            id: d.id,
            title: '需求',
            status: d.status,
            visibility: d.visibility,
            organizationId: d.organizationId,
            invitedEnterpriseIds: d.invitedOrganizationIds,
          })),
        )
        .waitTask({ timeout: 60_000 });
      expect(added.status).toBe('succeeded');
      for (const c of cases) {
        const filter = demandConditionFilter(c.condition);
        const found = await index.search('', { filter: filter ?? undefined, limit: 1000, attributesToRetrieve: ['id'] });
        expect(found.hits.map((h) => h.id as string).sort(), `${c.label}: ${filter}`).toEqual([...c.expected].sort());
      }
    } finally {
      await client.deleteIndex(uid).waitTask();
    }
  });

  it('in PostgreSQL (the API schema): the derived predicate selects exactly the demands the rule opens', async () => {
    const client = new pg.Client({ connectionString: services.databaseUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      // Organisations and users are beside the point here: foreign keys are not checked in this
      // transaction, which is rolled back.
      await client.query(`SET LOCAL session_replication_role = replica`);
      for (const d of DEMANDS) {
        await client.query(
          `INSERT INTO "demands" ("id", "organization_id", "created_by", "title", "status", "visibility") VALUES ($1, $2, $3, '需求', $4, $5)`,
          [d.id, d.organizationId, randomUUID(), d.status, d.visibility],
        );
        for (const invited of d.invitedOrganizationIds)
          await client.query(
            `INSERT INTO "demand_invitations" ("demand_id", "organization_id", "invited_by") VALUES ($1, $2, $3)`,
            [d.id, invited, randomUUID()],
          );
      }
      const ids = DEMANDS.map((d) => d.id);
      const select = async (condition: DemandCondition) => {
        const bound = positionalSqlParameters(2);
        const predicate = demandConditionSql(condition, 'd', bound.placeholder);
        const { rows } = await client.query<{ id: string }>(
          `SELECT d."id" FROM "demands" d WHERE d."id" = ANY($1::uuid[]) AND ${predicate}`,
          [ids, ...bound.values],
        );
        return { ids: rows.map((r) => r.id).sort(), predicate };
      };
      for (const c of cases) {
        const { ids: selected, predicate } = await select(c.condition);
        expect(selected, `${c.label}: ${predicate}`).toEqual([...c.expected].sort());
      }
    } finally {
      await client.query('ROLLBACK').catch(() => undefined);
      await client.end();
    }
  });
});

describe('a full reindex', () => {
  let procurer: { organizationId: string; token: string };
  const firms: Record<string, CreatedFirm> = {};

  beforeAll(async () => {
    const admin = await api.adminToken();
    procurer = await registerNamed(api, 'PROCURER', '某部队器材采购站', newCreditCode(), '421200');
    await api.setOrganizationStatus(admin, procurer.organizationId, 'verify');
    const firm = (name: string) =>
      createFirm(api, admin, {
        name,
        creditCode: newCreditCode(),
        regionCode: '421202',
        summary: '特种线缆研制生产。',
        sectors: ['ELECTRONICS'],
        products: ['特种线缆'],
        capabilities: [],
        qualifications: [{ type: 'GJB9001C', level: null, status: 'APPROVED', expiresAt: daysFromNow(900) }],
      });
    firms.invited = await firm('咸宁受邀线缆有限公司');
    firms.other = await firm('咸宁未受邀线缆有限公司');
  });

  it('keeps an INVITED demand findable by its invited firm, and by no other firm', async () => {
    const word = `邀请词${Date.now().toString(36)}`;
    const { demand } = await publishDemand(api, procurer.token, {
      title: `舰载特种线缆邀请采购 ${word}`,
      description: `仅邀请企业可见：${word}。`,
      sectors: ['ELECTRONICS'],
      requiredQualifications: [],
      visibility: 'INVITED',
    });
    const invitation = await api.call('POST', `/api/v1/demands/${demand.id}/invitations`, {
      token: procurer.token,
      body: { enterpriseId: firms.invited!.organizationId },
    });
    expect(invitation.status).toBe(201);
    const search = async (token: string | undefined) =>
      (
        await api.call<DemandSearchResult>('GET', `/api/v1/search/demands?q=${encodeURIComponent(word)}`, {
          token,
        })
      ).body;
    await waitUntil('found by the invited firm', () => search(firms.invited!.token), (r) =>
      r.items.some((i) => i.id === demand.id),
    );

    const reindex = await runApiCli('reindex', ['all'], env);
    expect(reindex.status, reindex.stderr).toBe(0);
    expect(reindex.stderr).toMatch(/demands: \d+ documents, swapped in/);

    // Straight after the swap, with no change to the demand since.
    const invited = await search(firms.invited!.token);
    expect(invited.items.map((i) => i.id)).toContain(demand.id);
    expect(invited.items.find((i) => i.id === demand.id)?.description).toContain(word);
    expect((await search(firms.other!.token)).items.map((i) => i.id)).not.toContain(demand.id);
    expect((await search(undefined)).total).toBe(0);
    // The owner still finds its own demand, and the API check agrees with the search.
    expect((await search(procurer.token)).items.map((i) => i.id)).toContain(demand.id);
    expect((await api.call<DemandView>('GET', `/api/v1/demands/${demand.id}`, { token: firms.invited!.token })).status).toBe(
      200,
    );
    expect((await api.call('GET', `/api/v1/demands/${demand.id}`, { token: firms.other!.token })).status).toBe(404);
  });
});
