/**
 * 人才共享数据库: a person without an organisation registers, publishes a talent profile only with explicit
 * consent (recorded: version, scopes, time), verified organisations alone find it (summaries, never an
 * address), contact the person through the platform and post talent needs that a queued job matches to
 * the person; the person withdraws, and the profile, its matches and conversations are deleted, the
 * deletion audited without the personal data, and the profile is gone from search and listings at once.
 */
import { Meilisearch } from 'meilisearch';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  ProblemDetailsSchema,
  TALENT_CONSENT_SCOPES,
  TALENT_CONSENT_VERSION,
  type MatchedNeedList,
  type NotificationPage,
  type NotificationPreferences,
  type TalentContactList,
  type TalentMatchList,
  type TalentMessageList,
  type TalentNeedView,
  type TalentProfileView,
  type TalentSearchResult,
} from '@mcf/contracts';
import { ApiClient, TEST_PASSWORD, uniqueEmail } from '../../support/api-client.js';
import { appEnvironment, runApiCli, type RunningApp, startApp } from '../../support/app-process.js';
import { waitUntil } from '../../support/marketplace.js';

const services = inject('services');
let app: RunningApp;
let env: Record<string, string>;
let api: ApiClient;
let admin: string;
let firm: Awaited<ReturnType<ApiClient['registerOrganization']>>;
let unverified: Awaited<ReturnType<ApiClient['registerOrganization']>>;
let person: { email: string; token: string; userId: string };
let bystander: { email: string; token: string };

const PROFILE = {
  name: '周建国',
  title: '高级工程师（退休）',
  specialties: ['预浸料铺层与热压罐固化', '碳纤维构件无损检测'],
  sectors: ['NEW_MATERIALS', 'AEROSPACE'],
  availability: ['ADVISORY', 'PART_TIME'],
  regionCode: '421202',
  summary: '原航空工业某厂复合材料车间技术主管，可返聘指导。',
};

async function registerPerson(label: string): Promise<{ email: string; token: string; userId: string }> {
  const email = uniqueEmail(label);
  const registered = await api.call<{ id: string; organization: unknown }>('POST', '/api/v1/auth/register/individual', {
    body: { email, password: TEST_PASSWORD, name: `${label} 测试` },
  });
  expect(registered.status, JSON.stringify(registered.body)).toBe(201);
  expect(registered.body.organization).toBeNull();
  const { token } = await api.login(email, TEST_PASSWORD);
  return { email, token, userId: registered.body.id };
}

function search(token: string | undefined, q = '热压罐') {
  return api.call<TalentSearchResult>('GET', `/api/v1/search/talents?q=${encodeURIComponent(q)}`, { token });
}

beforeAll(async () => {
  env = appEnvironment(services);
  app = await startApp(env);
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
  firm = await api.registerOrganization('ENTERPRISE', 'talent-firm');
  await api.setOrganizationStatus(admin, firm.organizationId, 'verify');
  unverified = await api.registerOrganization('ENTERPRISE', 'talent-unverified');
  person = await registerPerson('talent-person');
  bystander = await registerPerson('talent-bystander');
});

afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

describe('the talent pool', () => {
  it('refuses a profile without consent: true, naming consent', async () => {
    for (const consent of [undefined, false, 'yes']) {
      const response = await api.call('POST', '/api/v1/talents', {
        token: person.token,
        body: consent === undefined ? PROFILE : { ...PROFILE, consent },
      });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      const problem = ProblemDetailsSchema.parse(response.body);
      expect(problem.errors?.map((e) => e.field)).toContain('consent');
    }
    expect((await api.call('GET', '/api/v1/talents/me', { token: person.token })).status).toBe(404);
  });

  let talentId = '';
  it('publishes with consent and records what was agreed to, when, and which version', async () => {
    const before = Date.now();
    const created = await api.call<{ id: string }>('POST', '/api/v1/talents', {
      token: person.token,
      body: { ...PROFILE, consent: true, consentVersion: TALENT_CONSENT_VERSION },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    talentId = created.body.id;
    const mine = await api.call<TalentProfileView>('GET', '/api/v1/talents/me', { token: person.token });
    expect(mine.status).toBe(200);
    expect(mine.body.consent.version).toBe(TALENT_CONSENT_VERSION);
    expect(mine.body.consent.scopes).toEqual([...TALENT_CONSENT_SCOPES]);
    expect(Date.parse(mine.body.consent.consentedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(mine.body.specialties).toEqual(PROFILE.specialties);

    const again = await api.call<{ code: string }>('POST', '/api/v1/talents', { token: person.token, body: { ...PROFILE, consent: true } });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('TALENT_PROFILE_EXISTS');
    const outdated = await api.call<{ errors: { field: string }[] }>('PUT', '/api/v1/talents/me', {
      token: person.token,
      body: { ...PROFILE, consent: true, consentVersion: '2000-01-01' },
    });
    expect(outdated.status).toBe(400);
    expect(outdated.body.errors.map((e) => e.field)).toContain('consentVersion');
  });

  it('lets verified organisations only search the pool: anonymous 401, unverified, individuals and admins 403', async () => {
    expect((await search(undefined)).status).toBe(401);
    for (const token of [unverified.token, bystander.token, admin]) {
      const response = await search(token);
      expect(response.status).toBe(403);
      expect((response.body as unknown as { code: string }).code).toMatch(/VERIFIED_ORGANIZATIONS_ONLY|FORBIDDEN/);
    }
    expect((await api.call('GET', `/api/v1/talents/${talentId}`, { token: unverified.token })).status).toBe(403);
    expect((await api.call('GET', `/api/v1/talents/${talentId}`)).status).toBe(401);

    const found = await waitUntil('the profile indexed', () => search(firm.token), (r) => r.body.items?.some((t) => t.id === talentId));
    const hit = found.body.items.find((t) => t.id === talentId)!;
    expect(hit).toMatchObject({ name: PROFILE.name, title: PROFILE.title, regionCode: '421202' });
    // A summary only: no address, phone or account id of the person anywhere in the answer.
    expect(JSON.stringify(found.body)).not.toContain(person.email);
    expect(JSON.stringify(found.body)).not.toContain(person.userId);
    expect(Object.keys(hit).sort()).toEqual(['availability', 'id', 'name', 'regionCode', 'sectors', 'specialties', 'summary', 'title']);

    const filtered = await api.call<TalentSearchResult>('GET', '/api/v1/search/talents?q=&sectors=CYBERSECURITY', { token: firm.token });
    expect(filtered.status).toBe(200);
    expect(filtered.body.items.some((t) => t.id === talentId)).toBe(false);
  });

  let contactId = '';
  it('carries contact through the platform: the firm writes, the person reads and answers, no address is shown', async () => {
    expect((await api.call('POST', `/api/v1/talents/${talentId}/contacts`, { token: unverified.token, body: { body: '您好' } })).status).toBe(403);
    const sent = await api.call<{ contactId: string }>('POST', `/api/v1/talents/${talentId}/contacts`, {
      token: firm.token,
      body: { body: '周工您好，我司新建复材产线，想请您做工艺顾问，方便详谈吗？' },
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    contactId = sent.body.contactId;

    const inbox = await api.call<TalentContactList>('GET', '/api/v1/talent-contacts', { token: person.token });
    expect(inbox.body.items.map((c) => c.id)).toContain(contactId);
    const reply = await api.call('POST', `/api/v1/talent-contacts/${contactId}/messages`, {
      token: person.token,
      body: { body: '可以，每月可到厂三天。' },
    });
    expect(reply.status).toBe(201);

    const thread = await api.call<TalentMessageList>('GET', `/api/v1/talent-contacts/${contactId}/messages`, { token: firm.token });
    expect(thread.status).toBe(200);
    expect(thread.body.items.map((m) => [m.side, m.mine])).toEqual([
      ['ORGANIZATION', true],
      ['PERSON', false],
    ]);
    expect(JSON.stringify(thread.body)).not.toContain(person.email);
    // Nobody else reads it.
    expect((await api.call('GET', `/api/v1/talent-contacts/${contactId}/messages`, { token: unverified.token })).status).toBe(404);
    expect((await api.call('GET', `/api/v1/talent-contacts/${contactId}/messages`, { token: bystander.token })).status).toBe(404);
  });

  it('tells the person of each message from the organisation (not of their own), linking to the conversation; no one else', async () => {
    const told = async (token: string) =>
      (await api.call<NotificationPage>('GET', '/api/v1/notifications?pageSize=50', { token })).body.items.filter((n) => n.kind === 'TALENT_CONTACTED');
    const first = await told(person.token);
    expect(first).toHaveLength(1);
    expect(first[0]!.link).toBe(`/talent/contacts?contact=${contactId}`);
    expect(first[0]!.titleZh).toContain('通过人才库联系了您');
    // The message stays on the platform: the notice names the firm, not what it wrote.
    expect(JSON.stringify(first[0])).not.toContain('工艺顾问');
    expect(await told(bystander.token)).toEqual([]);
    expect(await told(firm.token)).toEqual([]);

    // The person's own reply tells no one of the pool; the firm's next message is told again, and the
    // person may turn the kind off for themself (a preference of their own, with no organisation).
    const prefs = await api.call<NotificationPreferences>('GET', '/api/v1/notifications/preferences', { token: person.token });
    expect(prefs.body.items.map((p) => p.kind)).toEqual(['TALENT_CONTACTED']);
    expect((await api.call('POST', `/api/v1/talent-contacts/${contactId}/messages`, { token: firm.token, body: { body: '好的，周三见。' } })).status).toBe(201);
    expect(await told(person.token)).toHaveLength(2);
    const off = await api.call<NotificationPreferences>('PUT', '/api/v1/notifications/preferences', {
      token: person.token,
      body: { items: [{ kind: 'TALENT_CONTACTED', inApp: false }] },
    });
    expect(off.status).toBe(200);
    expect(off.body.items).toEqual([{ kind: 'TALENT_CONTACTED', inApp: false, email: true }]);
    expect((await api.call('POST', `/api/v1/talent-contacts/${contactId}/messages`, { token: firm.token, body: { body: '地址稍后发您。' } })).status).toBe(201);
    expect(await told(person.token)).toHaveLength(2);
    await api.call('PUT', '/api/v1/notifications/preferences', { token: person.token, body: { items: [{ kind: 'TALENT_CONTACTED', inApp: true }] } });
    // Reading it is the person's own.
    expect((await api.call('POST', `/api/v1/notifications/${first[0]!.id}/read`, { token: bystander.token })).status).toBe(404);
    expect((await api.call('POST', `/api/v1/notifications/${first[0]!.id}/read`, { token: person.token })).status).toBe(204);
  });

  let needId = '';
  it('matches a talent need to the person by a queued job, and tells the person of it', async () => {
    const posted = await api.call<TalentNeedView>('POST', '/api/v1/talent-needs', {
      token: firm.token,
      body: {
        title: '复合材料热压罐成型工艺顾问',
        description: '新建碳纤维复合材料生产线，需要熟悉预浸料铺贴、热压罐固化曲线的专家指导工艺定型。',
        specialties: ['复合材料成型工艺', '热压罐'],
        sectors: ['NEW_MATERIALS'],
        availability: ['ADVISORY'],
        regionCode: '421202',
      },
    });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
    expect(posted.body.matchingStatus).toBe('PENDING');
    needId = posted.body.id;
    expect((await api.call('POST', '/api/v1/talent-needs', { token: unverified.token, body: { title: '测试人才需求', specialties: ['焊接'] } })).status).toBe(403);

    const matches = await waitUntil(
      'the need matched',
      () => api.call<TalentMatchList>('GET', `/api/v1/talent-needs/${needId}/matches`, { token: firm.token }),
      (r) => r.body.matchingStatus === 'READY',
    );
    const match = matches.body.items.find((m) => m.talent.id === talentId);
    expect(match, JSON.stringify(matches.body)).toBeDefined();
    expect(match!.matchedTerms).toContain('热压罐');
    expect((await api.call('GET', `/api/v1/talent-needs/${needId}/matches`, { token: unverified.token })).status).toBe(403);

    const notices = await api.call<MatchedNeedList>('GET', '/api/v1/talents/me/needs', { token: person.token });
    expect(notices.body.items.map((n) => n.needId)).toContain(needId);
    expect(notices.body.items.find((n) => n.needId === needId)?.seenAt).toBeNull();
    const seen = await api.call<MatchedNeedList>('GET', '/api/v1/talents/me/needs', { token: person.token });
    expect(seen.body.items.find((n) => n.needId === needId)?.seenAt).not.toBeNull();
  });

  it('rebuilds the talents index from the published profiles, and from nothing else', async () => {
    // It once filled the talents index with demands: the rebuild of firms and demands took every other index for demands.
    const run = await runApiCli('reindex', ['talents'], env);
    expect(run.status, run.stderr).toBe(0);
    const db = new pg.Client({ connectionString: services.databaseUrl });
    await db.connect();
    const published = (await db.query<{ id: string }>(`SELECT "id" FROM "talent_profiles"`).finally(() => db.end())).rows.map((r) => r.id);
    expect(published).toContain(talentId);
    expect(run.stderr).toContain(`talents: ${published.length} documents`);
    const engine = new Meilisearch({ host: services.meiliUrl, apiKey: services.meiliMasterKey });
    const indexed = await engine.index(`${services.indexPrefix}talents`).getDocuments({ fields: ['id'], limit: 10_000 });
    expect(indexed.results.map((d) => String(d.id)).sort()).toEqual([...published].sort());
    const found = await search(firm.token);
    expect(found.body.items.some((t) => t.id === talentId)).toBe(true);
  });

  it('withdraws: the data is deleted, the deletion audited without it, and the profile is gone from search and listings at once', async () => {
    expect((await api.call('DELETE', `/api/v1/talents/${talentId}`, { token: bystander.token })).status).toBe(404);
    expect((await api.call('DELETE', `/api/v1/talents/${talentId}`, { token: firm.token })).status).toBe(404);
    expect((await api.call('DELETE', `/api/v1/talents/${talentId}`, { token: person.token })).status).toBe(204);

    // At once: no waiting for a job.
    const after = await search(firm.token);
    expect(after.status).toBe(200);
    expect(after.body.items.some((t) => t.id === talentId)).toBe(false);
    const engine = new Meilisearch({ host: services.meiliUrl, apiKey: services.meiliMasterKey });
    await expect(engine.index(`${services.indexPrefix}talents`).getDocument(talentId)).rejects.toThrow();
    const matches = await api.call<TalentMatchList>('GET', `/api/v1/talent-needs/${needId}/matches`, { token: firm.token });
    expect(matches.body.items.some((m) => m.talent.id === talentId)).toBe(false);
    expect((await api.call('GET', `/api/v1/talents/${talentId}`, { token: firm.token })).status).toBe(404);
    expect((await api.call('GET', '/api/v1/talents/me', { token: person.token })).status).toBe(404);
    expect((await api.call('GET', `/api/v1/talent-contacts/${contactId}/messages`, { token: firm.token })).status).toBe(404);

    const db = new pg.Client({ connectionString: services.databaseUrl });
    await db.connect();
    try {
      const left = await db.query(
        `SELECT (SELECT count(*) FROM talent_profiles WHERE id = $1)::int AS profiles,
                (SELECT count(*) FROM talent_need_matches WHERE profile_id = $1)::int AS matches,
                (SELECT count(*) FROM talent_contacts WHERE profile_id = $1)::int AS contacts,
                (SELECT count(*) FROM talent_messages WHERE contact_id = $2)::int AS messages`,
        [talentId, contactId],
      );
      expect(left.rows[0]).toEqual({ profiles: 0, matches: 0, contacts: 0, messages: 0 });
      // The notices of the deleted messages go with them.
      const notices = await db.query(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'TALENT_CONTACTED'`, [person.userId]);
      expect(notices.rows[0]).toEqual({ n: 0 });
      const audit = await db.query(`SELECT action, before, after FROM audit_events WHERE target_id = $1 ORDER BY occurred_at`, [talentId]);
      expect(audit.rows.map((r) => r.action)).toContain('talent.withdrawn');
      const trail = JSON.stringify(audit.rows);
      for (const personal of [PROFILE.name, PROFILE.summary, ...PROFILE.specialties]) expect(trail).not.toContain(personal);
      // The outbox keeps ids only.
      const outbox = await db.query(`SELECT payload FROM outbox_events WHERE event_name = 'talent.profile-changed' AND payload->>'profileId' = $1`, [talentId]);
      expect(outbox.rows.length).toBeGreaterThan(0);
      expect(JSON.stringify(outbox.rows)).not.toContain(PROFILE.name);
    } finally {
      await db.end();
    }

    // The person may publish again later, asked for consent afresh.
    const again = await api.call('POST', '/api/v1/talents', { token: person.token, body: { ...PROFILE, consent: true } });
    expect(again.status).toBe(201);
  });

  it('keeps the existing registration of organisations working beside the individual one', async () => {
    const taken = await api.call<{ code: string }>('POST', '/api/v1/auth/register/individual', {
      body: { email: firm.email, password: TEST_PASSWORD, name: '重复' },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('EMAIL_TAKEN');
    const me = await api.call<{ organization: { id: string } | null }>('GET', '/api/v1/me', { token: firm.token });
    expect(me.body.organization?.id).toBe(firm.organizationId);
  });
});
