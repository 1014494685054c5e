import type { MultiSearchParams } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../core/auth/actor.js';
import type { SearchClient } from '../../core/search/search.client.js';
import { SavedSearchMatcher, type SavedSearchProbe } from './saved-search.matcher.js';

const ITEM = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
const FIRM = '22222222-2222-4222-8222-222222222222';
const actor = (overrides: Partial<Actor> = {}): Actor => ({
  userId: 'u',
  email: 'u@example.cn',
  platformRole: 'USER',
  organizationId: FIRM,
  organizationKind: 'ENTERPRISE',
  organizationStatus: 'VERIFIED',
  membershipRole: 'OWNER',
  ip: null,
  ...overrides,
});
const query = (overrides: Partial<SavedSearchProbe['query']> = {}) => ({
  q: '',
  sectors: [],
  regions: [],
  qualifications: [],
  ...overrides,
});

/** A search client that records the multi-search requests and answers with the hits given per query. */
function fakeSearch(hitsFor: (index: number) => string[] = () => [ITEM]) {
  const requests: MultiSearchParams[] = [];
  const client = {
    uidOf: (index: string) => `t_${index}`,
    raw: {
      multiSearch: (request: MultiSearchParams) => {
        requests.push(request);
        return Promise.resolve({
          results: request.queries.map((_, i) => ({ hits: hitsFor(requests.length * 1000 + i).map((id) => ({ id })) })),
        });
      },
    },
  } as unknown as SearchClient;
  return { client, requests };
}

describe('SavedSearchMatcher', () => {
  it('asks about the one item with the owner’s visibility, as the demand search filters', async () => {
    const { client, requests } = fakeSearch();
    const found = await new SavedSearchMatcher(client).matches('DEMANDS', ITEM, [
      { owner: actor(), query: query({ q: '线缆', sectors: ['ELECTRONICS'], regions: ['421200'], qualifications: ['GJB9001C'] }) },
    ]);
    expect(found).toEqual([true]);
    expect(requests[0]!.queries[0]).toEqual({
      indexUid: 't_demands',
      q: '线缆',
      limit: 1,
      attributesToRetrieve: ['id'],
      locales: ['cmn'],
      filter: `(status IN ["PUBLISHED"] AND (organizationId = "${FIRM}" OR (status IN ["PUBLISHED", "CLOSED", "AWARDED"] AND (visibility IN ["PUBLIC", "VERIFIED_SUPPLIERS"] OR (visibility IN ["INVITED"] AND invitedEnterpriseIds = "${FIRM}"))))) AND sectors IN ["ELECTRONICS"] AND cityCode IN ["421200"] AND requiredQualificationTypes = "GJB9001C" AND id = "${ITEM}"`,
    });
  });

  it('searches titles only for owners who may not read every demand’s details', async () => {
    const { client, requests } = fakeSearch();
    await new SavedSearchMatcher(client).matches('DEMANDS', ITEM, [
      { owner: actor({ organizationKind: 'PROCURER' }), query: query() },
      { owner: actor({ organizationStatus: 'PENDING_VERIFICATION' }), query: query() },
      { owner: actor({ platformRole: 'ADMIN', organizationId: null, organizationKind: null }), query: query() },
    ]);
    const [procurer, unverified, admin] = requests[0]!.queries;
    expect(procurer!.attributesToSearchOn).toEqual(['title', 'requiredQualificationNames']);
    expect(unverified!.attributesToSearchOn).toEqual(['title', 'requiredQualificationNames']);
    expect(admin!.attributesToSearchOn).toBeUndefined();
    // Administrators see every demand; no visibility part.
    expect(admin!.filter).toBe(`status IN ["PUBLISHED"] AND id = "${ITEM}"`);
    expect(procurer!.locales).toBeUndefined();
  });

  it('filters firms as the supplier search does', async () => {
    const { client, requests } = fakeSearch();
    await new SavedSearchMatcher(client).matches('ENTERPRISES', ITEM, [
      { owner: actor(), query: query({ q: '复合材料', sectors: ['NEW_MATERIALS'], qualifications: ['SECRECY', 'GJB9001C'] }) },
    ]);
    expect(requests[0]!.queries[0]).toMatchObject({
      indexUid: 't_enterprises',
      q: '复合材料',
      filter: `sectors IN ["NEW_MATERIALS"] AND validQualificationTypes = "SECRECY" AND validQualificationTypes = "GJB9001C" AND id = "${ITEM}"`,
    });
  });

  it('quotes the item id, so it cannot change the expression', async () => {
    const { client, requests } = fakeSearch(() => []);
    const found = await new SavedSearchMatcher(client).matches('ENTERPRISES', 'x" OR id != "y', [
      { owner: actor(), query: query() },
    ]);
    expect(found).toEqual([false]);
    // One quoted value (allOf brackets any part that reads " OR ", harmlessly).
    expect(requests[0]!.queries[0]!.filter).toBe('(id = "x\\" OR id != \\"y")');
  });

  it('asks in batches and answers in the order of the probes', async () => {
    const { client, requests } = fakeSearch((n) => (n % 2 === 0 ? [ITEM] : []));
    const probes = Array.from({ length: 120 }, () => ({ owner: actor(), query: query() }));
    const found = await new SavedSearchMatcher(client).matches('DEMANDS', ITEM, probes);
    expect(requests.map((r) => r.queries.length)).toEqual([50, 50, 20]);
    expect(found).toHaveLength(120);
    expect(found.slice(0, 4)).toEqual([true, false, true, false]);
  });

  it('asks nothing for no probes', async () => {
    const { client, requests } = fakeSearch();
    expect(await new SavedSearchMatcher(client).matches('DEMANDS', ITEM, [])).toEqual([]);
    expect(requests).toEqual([]);
  });
});
