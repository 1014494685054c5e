/**
 * The access-control table: every endpoint of the OpenAPI document, called as each kind of caller,
 * with the answer each must get. Another organisation's private object answers 404, never 403, so
 * that ids cannot be probed. The suite fails when an endpoint is missing from the table: every new
 * endpoint must join it.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { InvitationView } from '@mcf/contracts';
import { chinaDateOf, reportPeriodOf } from '@mcf/domain';
import {
  type ApiResponse,
  ApiClient,
  CERTIFICATE_FIELDS,
  newCreditCode,
  SAMPLE_PDF,
  TEST_PASSWORD,
  uniqueEmail,
} from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';
import { postMultipartMessage } from '../conversations/conversation-client.js';
import { claimForm, fileClaim, importClaimableFirm } from '../../support/claims.js';

const services = inject('services');

const PERSONAS = [
  'anonymous',
  'owner',
  'otherEnterprise',
  'otherProcurer',
  'unverified',
  'suspended',
  'admin',
] as const;
type Persona = (typeof PERSONAS)[number];

/** `201`, or `403 ORGANIZATION_SUSPENDED` when the problem code matters. */
type Expectation = number | `${number} ${string}`;

interface Fixtures {
  api: ApiClient;
  admin: string;
  tokens: Record<Exclude<Persona, 'anonymous'>, string>;
  /** The owner's organisation (ENTERPRISE, verified): the private object the others try to reach. */
  orgA: string;
  /** A certificate of orgA. */
  qualificationA: string;
  /** A notification to orgA. */
  notificationA: string;
  /** A published PUBLIC demand of the verified procurer (otherProcurer). */
  demandB: string;
  /** A file attached to demandB. */
  attachmentB: string;
}

const DEMAND = {
  title: '访问控制测试需求',
  description: '采购复合材料构件一批，用于访问控制测试。',
  sectors: ['NEW_MATERIALS'],
  deadline: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
};

/** A demand of otherProcurer: a draft, or published. */
async function freshDemand(f: Fixtures, published: boolean): Promise<string> {
  const created = await f.api.call<{ id: string }>('POST', '/api/v1/demands', {
    token: f.tokens.otherProcurer,
    body: DEMAND,
  });
  if (published)
    await f.api.call('POST', `/api/v1/demands/${created.body.id}/publish`, { token: f.tokens.otherProcurer });
  return created.body.id;
}

async function attach(f: Fixtures, demandId: string): Promise<string> {
  const uploaded = await f.api.postFile<{ id: string }>(
    `/api/v1/demands/${demandId}/attachments`,
    f.tokens.otherProcurer,
    SAMPLE_PDF,
    'spec.pdf',
    'application/pdf',
  );
  return uploaded.body.id;
}

/** A published demand of otherProcurer with an expression of interest from the owner's firm. */
async function freshResponse(f: Fixtures): Promise<{ demandId: string; responseId: string }> {
  const demandId = await freshDemand(f, true);
  const response = await f.api.call<{ id: string }>('POST', `/api/v1/demands/${demandId}/responses`, {
    token: f.tokens.owner,
    body: INTEREST,
  });
  return { demandId, responseId: response.body.id };
}
const INTEREST = { kind: 'INTEREST', proposal: '可按期交付，附技术方案。', price: 100000, deliveryDays: 30 };

/** A fresh response of the owner's firm with one file attached. */
async function freshResponseAttachment(f: Fixtures): Promise<{ id: string; attachmentId: string }> {
  const { responseId } = await freshResponse(f);
  const uploaded = await f.api.postFile<{ id: string }>(
    `/api/v1/responses/${responseId}/attachments`,
    f.tokens.owner,
    SAMPLE_PDF,
    'quote.pdf',
    'application/pdf',
  );
  return { id: responseId, attachmentId: uploaded.body.id };
}
let awardResponseId = '';

/** A question of the owner's firm about demandB, unanswered. */
async function freshClarification(f: Fixtures): Promise<string> {
  const asked = await f.api.call<{ id: string }>('POST', `/api/v1/demands/${f.demandB}/clarifications`, {
    token: f.tokens.owner,
    body: { question: '访问控制测试：报价是否含税？' },
  });
  return asked.body.id;
}

/** The owner's conversation with otherProcurer about demandB, with a message carrying a PDF. */
let ownersConversation: Promise<{ threadId: string; messageId: string }> | undefined;
function conversationA(f: Fixtures): Promise<{ threadId: string; messageId: string }> {
  ownersConversation ??= (async () => {
    const thread = await f.api.call<{ id: string }>('POST', `/api/v1/demands/${f.demandB}/threads`, {
      token: f.tokens.owner,
      body: {},
    });
    const message = await postMultipartMessage<{ id: string }>(
      f.api,
      thread.body.id,
      f.tokens.owner,
      { body: '访问控制测试：附技术方案。' },
      { content: SAMPLE_PDF, name: 'a.pdf' },
    );
    return { threadId: thread.body.id, messageId: message.body.id };
  })();
  return ownersConversation;
}

/** A saved search of the owner's user (made afresh: each call of a deleting row needs its own). */
async function freshSavedSearch(f: Fixtures): Promise<string> {
  const saved = await f.api.call<{ id: string }>('POST', '/api/v1/me/saved-searches', {
    token: f.tokens.owner,
    body: { kind: 'ENTERPRISES', name: '访问控制测试订阅' },
  });
  return saved.body.id;
}

/** An alert of the owner's user: its saved search matches a demand otherProcurer publishes afterwards. */
let ownersAlert: Promise<string> | undefined;
function alertA(f: Fixtures): Promise<string> {
  ownersAlert ??= (async () => {
    await f.api.call('POST', '/api/v1/me/saved-searches', {
      token: f.tokens.owner,
      body: { kind: 'DEMANDS', name: '访问控制测试需求订阅', query: { sectors: ['NEW_MATERIALS'] } },
    });
    const demandId = await freshDemand(f, true);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const alerts = await f.api.call<{ items: { id: string; itemId: string }[] }>(
        'GET',
        '/api/v1/me/alerts?pageSize=100',
        { token: f.tokens.owner },
      );
      const alert = alerts.body.items.find((a) => a.itemId === demandId);
      if (alert) return alert.id;
      if (Date.now() > deadline) throw new Error(`no alert for demand ${demandId} within 60 s`);
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  return ownersAlert;
}

/**
 * The owner's conversation: its two organisations (owner and otherProcurer) read and write, admins
 * only read, everyone else gets 404 (a suspended organisation's write stops at the guard first).
 */
const conversationParties = (partyStatus: Expectation, write: boolean): Record<Persona, Expectation> => ({
  anonymous: 401,
  owner: partyStatus,
  otherEnterprise: 404,
  otherProcurer: partyStatus,
  unverified: 404,
  suspended: write ? '403 ORGANIZATION_SUSPENDED' : 404,
  admin: write ? '403 FORBIDDEN' : partyStatus,
});

/** Demand writes: procurer organisations only; the owning procurer succeeds. */
const procurerOwned = (ownerStatus: Expectation): Record<Persona, Expectation> => ({
  anonymous: 401,
  owner: '403 PROCURERS_ONLY',
  otherEnterprise: '403 PROCURERS_ONLY',
  otherProcurer: ownerStatus,
  unverified: '403 PROCURERS_ONLY',
  suspended: '403 ORGANIZATION_SUSPENDED',
  admin: '403 PROCURERS_ONLY',
});

async function freshQualification(f: Fixtures): Promise<string> {
  const response = await f.api.uploadQualification(f.orgA, f.tokens.owner, CERTIFICATE_FIELDS, {
    content: SAMPLE_PDF,
    name: 'c.pdf',
  });
  return response.body.id;
}

/** A pending claim of a freshly imported firm (each approving call needs its own firm). */
async function freshClaim(f: Fixtures): Promise<string> {
  const firm = await importClaimableFirm(f.api, f.admin, `访问控制认领测试${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`);
  const filed = await fileClaim(f.api, { ...claimForm(firm.creditCode) });
  if (filed.status !== 202) throw new Error(`claim: ${filed.status} ${JSON.stringify(filed.body)}`);
  return filed.body.id;
}

/** A project owned by the owner's organisation (made afresh where a call changes it). */
async function freshProject(f: Fixtures): Promise<string> {
  const created = await f.api.call<{ id: string }>('POST', '/api/v1/admin/projects', {
    token: f.admin,
    body: { name: '访问控制测试项目', regionCode: '421202', sectors: ['NEW_MATERIALS'], milestones: [{ name: '开工', plannedDate: '2027-01-01' }] },
  });
  if (created.status !== 201) throw new Error(`project: ${created.status} ${JSON.stringify(created.body)}`);
  const owned = await f.api.call('PUT', `/api/v1/admin/projects/${created.body.id}/owner`, {
    token: f.admin,
    body: { organizationId: f.orgA },
  });
  if (owned.status !== 200) throw new Error(`project owner: ${owned.status} ${JSON.stringify(owned.body)}`);
  return created.body.id;
}
const projectReport = () => ({
  period: reportPeriodOf(chinaDateOf(new Date())),
  progress: '访问控制测试：本季度完成可行性研究。',
});
/** A report of the owner's organisation on a fresh project, waiting for review. */
async function freshProjectReport(f: Fixtures): Promise<string> {
  const projectId = await freshProject(f);
  const filed = await f.api.call<{ id: string }>('POST', `/api/v1/projects/${projectId}/reports`, {
    token: f.tokens.owner,
    body: projectReport(),
  });
  if (filed.status !== 201) throw new Error(`project report: ${filed.status} ${JSON.stringify(filed.body)}`);
  return filed.body.id;
}
let sharedProject: Promise<string> | undefined;
const projectA = (f: Fixtures) => (sharedProject ??= freshProject(f));

const PROFILE = {
  summary: '访问控制测试企业，专业从事复合材料构件的研发与生产制造。',
  sectors: ['NEW_MATERIALS'],
  products: ['复合材料构件'],
};
const ownerOnly = (ownerStatus: Expectation): Record<Persona, Expectation> => ({
  anonymous: 401,
  owner: ownerStatus,
  otherEnterprise: 404,
  otherProcurer: 404,
  unverified: 404,
  suspended: '403 ORGANIZATION_SUSPENDED',
  admin: '403 FORBIDDEN',
});

/** A technology offer of the owner's firm: a draft, submitted for review, or published (vetted). */
const OFFER = {
  title: '访问控制测试技术成果',
  summary: '访问控制测试：复合材料构件热压成型工艺，可许可或合作开发。',
  sectors: ['NEW_MATERIALS'],
  readinessLevel: 6,
  transferModes: ['LICENSE'],
  direction: 'CIVIL_TO_MILITARY',
  nonClassified: true,
};
async function freshOffer(f: Fixtures, stage: 'draft' | 'submitted' | 'published'): Promise<string> {
  const created = await f.api.call<{ id: string }>('POST', '/api/v1/offers', { token: f.tokens.owner, body: OFFER });
  if (stage !== 'draft') await f.api.call('POST', `/api/v1/offers/${created.body.id}/submit`, { token: f.tokens.owner });
  if (stage === 'published') await f.api.call('POST', `/api/v1/admin/offers/${created.body.id}/approve`, { token: f.admin });
  return created.body.id;
}
let ownersOffer: Promise<string> | undefined;
const publishedOfferA = (f: Fixtures): Promise<string> => (ownersOffer ??= freshOffer(f, 'published'));
/** A draft of the owner's with a brochure attached, then (unless a draft is wanted) published. */
async function offerWithAttachment(f: Fixtures, stage: 'draft' | 'published'): Promise<{ id: string; attachmentId: string }> {
  const id = await freshOffer(f, 'draft');
  const uploaded = await f.api.postFile<{ id: string }>(`/api/v1/offers/${id}/attachments`, f.tokens.owner, SAMPLE_PDF, '成果介绍.pdf', 'application/pdf');
  if (stage === 'published') {
    await f.api.call('POST', `/api/v1/offers/${id}/submit`, { token: f.tokens.owner });
    await f.api.call('POST', `/api/v1/admin/offers/${id}/approve`, { token: f.admin });
  }
  return { id, attachmentId: uploaded.body.id };
}

interface Row {
  /** Values for the path's {placeholders}, made afresh for each call when the call changes state. */
  params?: (f: Fixtures) => Promise<Record<string, string>> | Record<string, string>;
  body?: () => unknown;
  /** For calls that are not JSON (multipart uploads). */
  send?: (f: Fixtures, path: string, token: string | undefined) => Promise<ApiResponse>;
  expect: Partial<Record<Persona, Expectation>>;
  /** Personas not called, each with the reason. */
  notCalled?: Partial<Record<Persona, string>>;
}

const allSame = (status: Expectation): Record<Persona, Expectation> =>
  Object.fromEntries(PERSONAS.map((p) => [p, status])) as Record<Persona, Expectation>;
const adminOnly = (adminStatus: Expectation): Record<Persona, Expectation> => ({
  anonymous: '401 UNAUTHENTICATED',
  owner: '403 FORBIDDEN',
  otherEnterprise: '403 FORBIDDEN',
  otherProcurer: '403 FORBIDDEN',
  unverified: '403 FORBIDDEN',
  suspended: '403 FORBIDDEN',
  admin: adminStatus,
});
const signedIn = (status: Expectation): Record<Persona, Expectation> => ({
  ...allSame(status),
  anonymous: '401 UNAUTHENTICATED',
});

async function freshOrganization(f: Fixtures, state: 'pending' | 'verified' | 'suspended') {
  const firm = await f.api.registerOrganization('ENTERPRISE', `subject-${state}`);
  if (state !== 'pending') await f.api.setOrganizationStatus(f.admin, firm.organizationId, 'verify');
  if (state === 'suspended') await f.api.setOrganizationStatus(f.admin, firm.organizationId, 'suspend');
  return firm;
}

/** A park of the registry, made once by the administrator. */
let parkOnce: Promise<string> | undefined;
let parkSerial = 0;
function parkA(f: Fixtures): Promise<string> {
  parkOnce ??= f.api
    .call<{ id: string }>('POST', '/api/v1/admin/parks', { token: f.admin, body: newPark() })
    .then((created) => created.body.id);
  return parkOnce;
}
const newPark = () => ({
  name: `访问控制测试园区 ${Date.now()}-${++parkSerial}`,
  kind: 'PARK',
  regionCodes: ['421202'],
  sectors: ['NEW_MATERIALS'],
  description: '访问控制测试用园区。',
});

const registration = () => ({
  email: uniqueEmail('acl-reg'),
  password: TEST_PASSWORD,
  name: '测试',
  organization: {
    kind: 'ENTERPRISE',
    name: '访问控制测试单位',
    creditCode: newCreditCode(),
    region: '421202',
  },
});

/** A talent profile of its own, published with consent by a person without an organisation. */
const TALENT_PROFILE = {
  name: '访问控制测试人才',
  specialties: ['复合材料成型工艺'],
  sectors: ['NEW_MATERIALS'],
  availability: ['ADVISORY'],
  regionCode: '421202',
  consent: true,
};
async function freshTalent(f: Fixtures): Promise<{ token: string; id: string }> {
  const email = uniqueEmail('acl-talent');
  const registered = await f.api.call('POST', '/api/v1/auth/register/individual', { body: { email, password: TEST_PASSWORD, name: '访问控制测试人才' } });
  if (registered.status !== 201) throw new Error(`individual registration: ${registered.status} ${JSON.stringify(registered.body)}`);
  const { token } = await f.api.login(email, TEST_PASSWORD);
  const created = await f.api.call<{ id: string }>('POST', '/api/v1/talents', { token, body: TALENT_PROFILE });
  if (created.status !== 201) throw new Error(`talent: ${created.status} ${JSON.stringify(created.body)}`);
  return { token, id: created.body.id };
}
let sharedTalent: Promise<{ token: string; id: string }> | undefined;
const talentA = (f: Fixtures) => (sharedTalent ??= freshTalent(f));
/** The owner's conversation with talentA. */
let ownersTalentContact: Promise<string> | undefined;
function talentContactA(f: Fixtures): Promise<string> {
  ownersTalentContact ??= (async () => {
    const sent = await f.api.call<{ contactId: string }>('POST', `/api/v1/talents/${(await talentA(f)).id}/contacts`, {
      token: f.tokens.owner,
      body: { body: '访问控制测试：您好' },
    });
    return sent.body.contactId;
  })();
  return ownersTalentContact;
}
const TALENT_NEED = { title: '访问控制测试人才需求', specialties: ['复合材料成型工艺'], sectors: ['NEW_MATERIALS'], availability: ['ADVISORY'] };
let ownersTalentNeed: Promise<string> | undefined;
function talentNeedA(f: Fixtures): Promise<string> {
  ownersTalentNeed ??= f.api
    .call<{ id: string }>('POST', '/api/v1/talent-needs', { token: f.tokens.owner, body: TALENT_NEED })
    .then((r) => r.body.id);
  return ownersTalentNeed;
}
/** Calls `path` after making sure the persona has a talent profile of its own (where it may have one). */
const withOwnTalent =
  (method: string, body?: unknown) =>
  async (f: Fixtures, path: string, token: string | undefined): Promise<ApiResponse> => {
    if (token) await f.api.call('POST', '/api/v1/talents', { token, body: TALENT_PROFILE });
    return f.api.call(method, path, { token, body });
  };
/** The talent pool is read by verified organisations only. */
const verifiedOrganizations = (status: Expectation, suspendedWrite = false): Record<Persona, Expectation> => ({
  anonymous: 401,
  owner: status,
  otherEnterprise: status,
  otherProcurer: status,
  unverified: '403 VERIFIED_ORGANIZATIONS_ONLY',
  suspended: suspendedWrite ? '403 ORGANIZATION_SUSPENDED' : '403 VERIFIED_ORGANIZATIONS_ONLY',
  admin: '403 VERIFIED_ORGANIZATIONS_ONLY',
});

const TABLE: Record<string, Row> = {
  'GET /api/health': { expect: allSame(200) },
  'GET /api/health/live': { expect: allSame(200) },
  'GET /api/health/ready': { expect: allSame(200) },
  'GET /api/v1/system/info': { expect: allSame(200) },
  'GET /api/v1/reference/sectors': { expect: allSame(200) },
  'GET /api/v1/reference/qualification-types': { expect: allSame(200) },
  'GET /api/v1/reference/regions': { expect: allSame(200) },
  'GET /api/v1/reference/credit-codes/{code}': {
    params: () => ({ code: newCreditCode() }),
    expect: allSame(200),
  },

  'POST /api/v1/auth/register': { body: registration, expect: allSame(201) },
  'POST /api/v1/auth/login': {
    body: () => ({ email: uniqueEmail('nobody'), password: 'Wrong-Password-1' }),
    expect: allSame('401 INVALID_CREDENTIALS'),
  },
  'POST /api/v1/auth/refresh': { expect: allSame('401 INVALID_REFRESH_TOKEN') },
  'POST /api/v1/auth/logout': {
    expect: { anonymous: 204 },
    notCalled: Object.fromEntries(
      PERSONAS.filter((p) => p !== 'anonymous').map((p) => [
        p,
        'would end the persona’s sessions; covered in sign-up-and-sessions',
      ]),
    ),
  },
  'POST /api/v1/auth/forgot-password': {
    body: () => ({ email: uniqueEmail('forgot') }),
    expect: allSame(202),
  },
  'POST /api/v1/auth/reset-password': {
    body: () => ({ token: 'x'.repeat(43), newPassword: 'Some-New-Password-1' }),
    expect: allSame('400 INVALID_RESET_TOKEN'),
  },
  'POST /api/v1/auth/claims': {
    // The code of a firm nobody has claimed (never registered): the same answer for everyone, signed in or not.
    send: (f, _path, token) => fileClaim(f.api, { ...claimForm(newCreditCode()) }, undefined, { token }),
    expect: allSame('409 NOT_CLAIMABLE'),
  },
  'GET /api/v1/me': { expect: signedIn(200) },
  'POST /api/v1/me/password': {
    body: () => ({ currentPassword: 'not-the-current-one', newPassword: 'Some-New-Password-1' }),
    // A suspended organisation's users may still change their password.
    expect: signedIn('401 INVALID_CREDENTIALS'),
  },

  'GET /api/v1/organizations/{id}/members': {
    params: (f) => ({ id: f.orgA }),
    expect: {
      anonymous: 401,
      owner: 200,
      otherEnterprise: 404,
      otherProcurer: 404,
      unverified: 404,
      suspended: 404,
      admin: 200,
    },
  },
  'GET /api/v1/organizations/{id}/invitations': {
    params: (f) => ({ id: f.orgA }),
    expect: {
      anonymous: 401,
      owner: 200,
      otherEnterprise: 404,
      otherProcurer: 404,
      unverified: 404,
      suspended: 404,
      admin: 200,
    },
  },
  'POST /api/v1/organizations/{id}/invitations': {
    params: (f) => ({ id: f.orgA }),
    body: () => ({ email: uniqueEmail('acl-invite') }),
    expect: {
      anonymous: 401,
      owner: 201,
      otherEnterprise: 404,
      otherProcurer: 404,
      unverified: 404,
      suspended: '403 ORGANIZATION_SUSPENDED',
      admin: '403 FORBIDDEN',
    },
  },
  'DELETE /api/v1/organizations/{id}/invitations/{invitationId}': {
    params: async (f) => {
      const created = await f.api.call<InvitationView>(
        'POST',
        `/api/v1/organizations/${f.orgA}/invitations`,
        {
          token: f.tokens.owner,
          body: { email: uniqueEmail('acl-revoke') },
        },
      );
      return { id: f.orgA, invitationId: created.body.id };
    },
    expect: {
      anonymous: 401,
      owner: 204,
      otherEnterprise: 404,
      otherProcurer: 404,
      unverified: 404,
      suspended: '403 ORGANIZATION_SUSPENDED',
      admin: '403 FORBIDDEN',
    },
  },
  'POST /api/v1/invitations/accept': {
    body: () => ({ token: 'y'.repeat(43), name: '某人', password: 'Some-New-Password-1' }),
    expect: allSame('400 INVALID_INVITATION'),
  },

  'GET /api/v1/admin/organizations': { expect: adminOnly(200) },
  'POST /api/v1/admin/organizations/{id}/verify': {
    params: async (f) => ({ id: (await freshOrganization(f, 'pending')).organizationId }),
    expect: adminOnly(200),
  },
  'POST /api/v1/admin/organizations/{id}/reject': {
    params: async (f) => ({ id: (await freshOrganization(f, 'pending')).organizationId }),
    body: () => ({ reason: '访问控制测试' }),
    expect: adminOnly(200),
  },
  'POST /api/v1/admin/organizations/{id}/suspend': {
    params: async (f) => ({ id: (await freshOrganization(f, 'verified')).organizationId }),
    body: () => ({ reason: '访问控制测试' }),
    expect: adminOnly(200),
  },
  'POST /api/v1/admin/organizations/{id}/reinstate': {
    params: async (f) => ({ id: (await freshOrganization(f, 'suspended')).organizationId }),
    body: () => ({ reason: '访问控制测试' }),
    expect: adminOnly(200),
  },
  'POST /api/v1/admin/users/{id}/disable': {
    params: async (f) => ({ id: (await freshOrganization(f, 'pending')).userId }),
    body: () => ({ reason: '访问控制测试' }),
    expect: adminOnly(204),
  },
  'POST /api/v1/admin/users/{id}/enable': {
    params: async (f) => ({ id: (await freshOrganization(f, 'pending')).userId }),
    expect: adminOnly(204),
  },
  'POST /api/v1/admin/users/{id}/password-reset': {
    params: async (f) => ({ id: (await freshOrganization(f, 'pending')).userId }),
    expect: adminOnly(201),
  },
  'GET /api/v1/admin/audit-events': { expect: adminOnly(200) },
  'GET /api/v1/admin/demands': { expect: adminOnly(200) },
  'POST /api/v1/admin/demands/{id}/close': {
    params: async (f) => ({ id: await freshDemand(f, true) }),
    body: () => ({ reason: '访问控制测试' }),
    expect: adminOnly(200),
  },
  'POST /api/v1/admin/demands/{id}/cancel': {
    params: async (f) => ({ id: await freshDemand(f, true) }),
    body: () => ({ reason: '访问控制测试' }),
    expect: adminOnly(200),
  },

  'GET /api/v1/enterprises/{orgId}': { params: (f) => ({ orgId: f.orgA }), expect: allSame(200) },
  'GET /api/v1/enterprises/{orgId}/profile': {
    params: (f) => ({ orgId: f.orgA }),
    expect: {
      anonymous: 401,
      owner: 200,
      otherEnterprise: 404,
      otherProcurer: 404,
      unverified: 404,
      suspended: 404,
      admin: 200,
    },
  },
  'PUT /api/v1/enterprises/{orgId}/profile': {
    params: (f) => ({ orgId: f.orgA }),
    body: () => PROFILE,
    expect: ownerOnly(200),
  },
  'POST /api/v1/enterprises/{orgId}/profile/publish': {
    params: (f) => ({ orgId: f.orgA }),
    expect: ownerOnly(200),
  },
  'POST /api/v1/enterprises/{orgId}/profile/reconfirm': {
    params: (f) => ({ orgId: f.orgA }),
    expect: ownerOnly(200),
  },
  'POST /api/v1/enterprises/{orgId}/qualifications': {
    params: (f) => ({ orgId: f.orgA }),
    send: async (f, path, token) =>
      f.api.uploadQualification(path.split('/')[4]!, token, CERTIFICATE_FIELDS, {
        content: SAMPLE_PDF,
        name: 'c.pdf',
      }),
    expect: ownerOnly(201),
  },
  'GET /api/v1/enterprises/{orgId}/qualifications': {
    params: (f) => ({ orgId: f.orgA }),
    expect: allSame(200),
  },
  'PATCH /api/v1/qualifications/{id}': {
    params: async (f) => ({ id: await freshQualification(f) }),
    body: () => ({ issuer: '访问控制测试认证机构' }),
    expect: ownerOnly(200),
  },
  'GET /api/v1/qualifications/{id}/file': {
    params: (f) => ({ id: f.qualificationA }),
    expect: {
      anonymous: 401,
      owner: 200,
      otherEnterprise: 404,
      otherProcurer: 404,
      unverified: 404,
      suspended: 404,
      admin: 200,
    },
  },
  'GET /api/v1/admin/qualifications': { expect: adminOnly(200) },
  'GET /api/v1/admin/qualifications/expiring': { expect: adminOnly(200) },
  'POST /api/v1/admin/qualifications/expiry-reminders': {
    body: () => ({ ids: ['00000000-0000-4000-8000-000000000012'] }),
    expect: adminOnly(200),
  },
  'GET /api/v1/admin/imports/template': { expect: adminOnly(200) },
  'POST /api/v1/admin/imports': {
    send: async (f, path, token) =>
      f.api.postFile(
        path,
        token,
        new TextEncoder().encode(
          `机构名称,统一社会信用代码,所在地区\n访问控制测试,${newCreditCode()},咸安区\n`,
        ),
        'a.csv',
      ),
    expect: adminOnly(200),
  },
  'GET /api/v1/admin/imports/{id}': {
    params: () => ({ id: '3f1c2b9a-0000-4000-8000-000000000000' }),
    expect: adminOnly(404),
  },
  'GET /api/v1/admin/imports': { expect: adminOnly(200) },
  'POST /api/v1/admin/imports/{id}/resume': {
    params: () => ({ id: '3f1c2b9a-0000-4000-8000-000000000000' }),
    expect: adminOnly(404),
  },
  'GET /api/v1/notifications': { expect: signedIn(200) },
  'GET /api/v1/notifications/preferences': { expect: signedIn(200) },
  'PUT /api/v1/notifications/preferences': {
    body: () => ({ items: [{ kind: 'DEMAND_MATCHED', inApp: true }] }),
    // An administrator saves the platform's preferences (#12); kinds that are not the platform's are left alone.
    expect: { ...signedIn(200), suspended: '403 ORGANIZATION_SUSPENDED' },
  },
  'POST /api/v1/notifications/read-all': { expect: signedIn(204) },
  'POST /api/v1/notifications/{id}/read': {
    params: (f) => ({ id: f.notificationA }),
    expect: {
      anonymous: 401,
      owner: 204,
      otherEnterprise: 404,
      otherProcurer: 404,
      unverified: 404,
      suspended: 404,
      admin: 404,
    },
  },
  'POST /api/v1/admin/qualifications/approve': {
    params: async (f) => ({ fresh: await freshQualification(f) }),
    body: () => ({ ids: ['00000000-0000-4000-8000-000000000000'] }),
    expect: adminOnly(200),
  },
  'POST /api/v1/demands': { body: () => DEMAND, expect: procurerOwned(201) },
  'GET /api/v1/me/demands': { expect: signedIn(200) },
  'GET /api/v1/demands/{id}': { params: (f) => ({ id: f.demandB }), expect: allSame(200) },
  'PUT /api/v1/demands/{id}': {
    params: async (f) => ({ id: await freshDemand(f, false) }),
    body: () => ({ ...DEMAND, title: '访问控制测试需求（修改）' }),
    expect: procurerOwned(200),
  },
  'POST /api/v1/demands/{id}/publish': {
    params: async (f) => ({ id: await freshDemand(f, false) }),
    expect: procurerOwned(200),
  },
  'POST /api/v1/demands/{id}/close': {
    params: async (f) => ({ id: await freshDemand(f, true) }),
    expect: procurerOwned(200),
  },
  'POST /api/v1/demands/{id}/cancel': {
    params: async (f) => ({ id: await freshDemand(f, true) }),
    body: () => ({ reason: '访问控制测试' }),
    expect: procurerOwned(200),
  },
  'POST /api/v1/demands/{id}/attachments': {
    params: async (f) => ({ id: await freshDemand(f, false) }),
    send: (f, path, token) => f.api.postFile(path, token, SAMPLE_PDF, 'spec.pdf', 'application/pdf'),
    expect: procurerOwned(201),
  },
  'DELETE /api/v1/demands/{id}/attachments/{attachmentId}': {
    params: async (f) => {
      const id = await freshDemand(f, false);
      return { id, attachmentId: await attach(f, id) };
    },
    expect: procurerOwned(204),
  },
  'GET /api/v1/demands/{id}/attachments/{attachmentId}': {
    params: (f) => ({ id: f.demandB, attachmentId: f.attachmentB }),
    expect: allSame(200),
  },
  'GET /api/v1/demands/{id}/matches': {
    params: (f) => ({ id: f.demandB }),
    expect: {
      anonymous: 401,
      owner: 404,
      otherEnterprise: 404,
      otherProcurer: 200,
      unverified: 404,
      suspended: 404,
      admin: 200,
    },
  },
  'GET /api/v1/enterprises/{orgId}/matches': {
    params: (f) => ({ orgId: f.orgA }),
    expect: {
      anonymous: 401,
      owner: 200,
      otherEnterprise: 404,
      otherProcurer: 404,
      unverified: 404,
      suspended: 404,
      admin: 200,
    },
  },
  'POST /api/v1/demands/{id}/invitations': {
    params: async (f) => ({ id: await freshDemand(f, true) }),
    send: (f, path, token) =>
      f.api.call('POST', path, { token, body: { enterpriseId: f.orgA, message: '诚邀响应' } }),
    expect: procurerOwned(201),
  },
  'GET /api/v1/demands/{id}/invitations': {
    params: (f) => ({ id: f.demandB }),
    expect: {
      anonymous: 401,
      owner: 404,
      otherEnterprise: 404,
      otherProcurer: 200,
      unverified: 404,
      suspended: 404,
      admin: 200,
    },
  },
  'POST /api/v1/demands/{id}/responses': {
    params: async (f) => ({ id: await freshDemand(f, true) }),
    body: () => INTEREST,
    expect: {
      anonymous: 401,
      owner: 201,
      otherEnterprise: 201,
      otherProcurer: '403 ENTERPRISES_ONLY',
      unverified: '403 ORGANIZATION_NOT_VERIFIED',
      suspended: '403 ORGANIZATION_SUSPENDED',
      admin: '403 ENTERPRISES_ONLY',
    },
  },
  'GET /api/v1/demands/{id}/responses': { params: (f) => ({ id: f.demandB }), expect: signedIn(200) },
  'GET /api/v1/me/responses': { expect: signedIn(200) },
  'GET /api/v1/me/invitations': { expect: signedIn(200) },
  'PATCH /api/v1/responses/{id}': {
    params: async (f) => ({ id: (await freshResponse(f)).responseId }),
    body: () => ({ status: 'SHORTLISTED' }),
    expect: procurerOwned(200),
  },
  'POST /api/v1/responses/{id}/attachments': {
    params: async (f) => ({ id: (await freshResponse(f)).responseId }),
    send: (f, path, token) => f.api.postFile(path, token, SAMPLE_PDF, 'quote.pdf', 'application/pdf'),
    expect: ownerOnly(201),
  },
  'DELETE /api/v1/responses/{id}/attachments/{attachmentId}': {
    params: (f) => freshResponseAttachment(f),
    expect: ownerOnly(204),
  },
  'GET /api/v1/responses/{id}/attachments/{attachmentId}': {
    params: (f) => freshResponseAttachment(f),
    // The firm that sent it, the demand's procurer (otherProcurer) and administrators.
    expect: { ...ownerOnly(200), otherProcurer: 200, suspended: 404, admin: 200 },
  },
  'POST /api/v1/responses/{id}/withdraw': {
    params: async (f) => ({ id: (await freshResponse(f)).responseId }),
    body: () => ({ reason: '访问控制测试' }),
    expect: ownerOnly(200),
  },
  'POST /api/v1/demands/{id}/award': {
    params: async (f) => {
      const { demandId, responseId } = await freshResponse(f);
      awardResponseId = responseId;
      return { id: demandId };
    },
    body: () => ({ responseId: awardResponseId }),
    expect: procurerOwned(201),
  },
  'POST /api/v1/demands/{id}/clarifications': {
    params: (f) => ({ id: f.demandB }),
    body: () => ({ question: '访问控制测试：交付地点可否调整？' }),
    expect: {
      anonymous: 401,
      owner: 201,
      otherEnterprise: 201,
      otherProcurer: '403 ENTERPRISES_ONLY',
      unverified: '403 ORGANIZATION_NOT_VERIFIED',
      suspended: '403 ORGANIZATION_SUSPENDED',
      admin: '403 ENTERPRISES_ONLY',
    },
  },
  'GET /api/v1/demands/{id}/clarifications': { params: (f) => ({ id: f.demandB }), expect: allSame(200) },
  'POST /api/v1/clarifications/{id}/answer': {
    params: async (f) => ({ id: await freshClarification(f) }),
    body: () => ({ answer: '访问控制测试：含税。' }),
    expect: procurerOwned(200),
  },
  'GET /api/v1/demands/{id}/threads': { params: (f) => ({ id: f.demandB }), expect: signedIn(200) },
  'GET /api/v1/me/threads': { expect: signedIn(200) },
  'POST /api/v1/demands/{id}/threads': {
    params: async (f) => ({ id: await freshDemand(f, true) }),
    // The procurer names the firm; a firm opens its own.
    send: (f, path, token) =>
      f.api.call('POST', path, {
        token,
        body: token === f.tokens.otherProcurer ? { enterpriseId: f.orgA } : {},
      }),
    expect: {
      anonymous: 401,
      owner: 201,
      otherEnterprise: 201,
      otherProcurer: 201,
      unverified: '403 ORGANIZATION_NOT_VERIFIED',
      suspended: '403 ORGANIZATION_SUSPENDED',
      admin: '403 FORBIDDEN',
    },
  },
  'GET /api/v1/threads/{id}/messages': {
    params: async (f) => ({ id: (await conversationA(f)).threadId }),
    expect: conversationParties(200, false),
  },
  'POST /api/v1/threads/{id}/messages': {
    params: async (f) => ({ id: (await conversationA(f)).threadId }),
    body: () => ({ body: '访问控制测试消息。' }),
    expect: conversationParties(201, true),
  },
  'POST /api/v1/threads/{id}/read': {
    params: async (f) => ({ id: (await conversationA(f)).threadId }),
    expect: conversationParties(200, true),
  },
  'GET /api/v1/messages/{id}/attachment': {
    params: async (f) => ({ id: (await conversationA(f)).messageId }),
    expect: conversationParties(200, false),
  },
  'GET /api/v1/open-data/ocds/releases': { expect: allSame(200) },
  'GET /api/v1/open-data/awards': { expect: allSame(200) },
  'GET /api/v1/search/enterprises': { expect: allSame(200) },
  'GET /api/v1/search/demands': { expect: allSame(200) },
  // The maps (#15): public counts and summaries, the same for every caller.
  'GET /api/v1/maps/layers': { expect: allSame(200) },
  'GET /api/v1/maps/layers/{layer}': { params: () => ({ layer: 'firms' }), expect: allSame(200) },
  'GET /api/v1/maps/roadmap': {
    send: (f, path, token) => f.api.call('GET', `${path}?sector=EMERGENCY`, { token }),
    expect: allSame(200),
  },
  'GET /api/v1/me/saved-searches': { expect: signedIn(200) },
  'POST /api/v1/me/saved-searches': {
    body: () => ({ kind: 'DEMANDS', name: '访问控制测试订阅', query: { q: '复合材料', sectors: ['NEW_MATERIALS'] } }),
    expect: { ...signedIn(201), suspended: '403 ORGANIZATION_SUSPENDED' },
  },
  'DELETE /api/v1/me/saved-searches/{id}': {
    params: async (f) => ({ id: await freshSavedSearch(f) }),
    // Another user's saved search does not exist for them; stopping one's own alerts is allowed while suspended.
    expect: {
      anonymous: 401,
      owner: 204,
      otherEnterprise: 404,
      otherProcurer: 404,
      unverified: 404,
      suspended: 404,
      admin: 404,
    },
  },
  'GET /api/v1/me/alerts': { expect: signedIn(200) },
  'POST /api/v1/alerts/{id}/feedback': {
    params: async (f) => ({ id: await alertA(f) }),
    body: () => ({ relevant: false }),
    expect: {
      anonymous: 401,
      owner: 200,
      otherEnterprise: 404,
      otherProcurer: 404,
      unverified: 404,
      suspended: '403 ORGANIZATION_SUSPENDED',
      admin: 404,
    },
  },
  'GET /api/v1/search/related-terms': {
    params: () => ({}),
    send: (f, path, token) => f.api.call('GET', `${path}?q=${encodeURIComponent('不间断电源')}`, { token }),
    expect: allSame(200),
  },
  'GET /api/v1/search/suggestions': {
    params: () => ({}),
    send: (f, path, token) => f.api.call('GET', `${path}?q=${encodeURIComponent('复合')}`, { token }),
    expect: allSame(200),
  },
  'GET /api/v1/admin/statistics': { expect: adminOnly(200) },
  'GET /api/v1/admin/statistics/targets': { expect: adminOnly(200) },
  'PUT /api/v1/admin/statistics/targets/{key}': {
    params: () => ({ key: 'AWARDED_DEMANDS' }),
    // The default again, so the table leaves the target as it found it.
    body: () => ({ target: 100 }),
    expect: adminOnly(200),
  },
  'GET /api/v1/admin/statistics/{dataset}.{format}': {
    params: () => ({ dataset: 'demand-funnel', format: 'csv' }),
    expect: adminOnly(200),
  },
  'GET /api/v1/admin/vocabulary/suggestions': { expect: adminOnly(200) },
  // A suggestion exists only once a published text was mined; an unknown id shows who reaches the handler.
  'POST /api/v1/admin/vocabulary/suggestions/{id}/approve': {
    params: () => ({ id: '00000000-0000-4000-8000-000000000011' }),
    body: () => ({}),
    expect: adminOnly(404),
  },
  'POST /api/v1/admin/vocabulary/suggestions/{id}/reject': {
    params: () => ({ id: '00000000-0000-4000-8000-000000000011' }),
    body: () => ({ reason: '访问控制测试' }),
    expect: adminOnly(404),
  },
  'GET /api/v1/admin/jobs': { expect: adminOnly(200) },
  'GET /api/v1/admin/jobs/schedules': { expect: adminOnly(200) },
  'POST /api/v1/admin/jobs/{queue}/{id}/retry': {
    params: () => ({ queue: 'matching', id: 'no-such-job' }),
    expect: adminOnly(404),
  },
  'GET /api/v1/admin/claims': { expect: adminOnly(200) },
  'GET /api/v1/admin/claims/{id}/licence': {
    params: async (f) => ({ id: await freshClaim(f) }),
    expect: adminOnly(200),
  },
  'POST /api/v1/admin/claims/{id}/approve': {
    params: async (f) => ({ id: await freshClaim(f) }),
    expect: adminOnly(200),
  },
  'POST /api/v1/admin/claims/{id}/reject': {
    params: async (f) => ({ id: await freshClaim(f) }),
    body: () => ({ reason: '访问控制测试' }),
    expect: adminOnly(200),
  },
  'GET /api/v1/projects': { expect: allSame(200) },
  'GET /api/v1/projects/{id}': { params: async (f) => ({ id: await projectA(f) }), expect: allSame(200) },
  'GET /api/v1/projects/{id}/reports': {
    params: async (f) => ({ id: await projectA(f) }),
    expect: { ...ownerOnly(200), suspended: 404, admin: 200 },
  },
  'POST /api/v1/projects/{id}/reports': {
    params: async (f) => ({ id: await freshProject(f) }),
    body: projectReport,
    expect: {
      anonymous: 401,
      owner: 201,
      otherEnterprise: '403 NOT_PROJECT_OWNER',
      otherProcurer: '403 NOT_PROJECT_OWNER',
      unverified: '403 NOT_PROJECT_OWNER',
      suspended: '403 ORGANIZATION_SUSPENDED',
      admin: '403 NOT_PROJECT_OWNER',
    },
  },
  'GET /api/v1/me/projects': { expect: signedIn(200) },
  'POST /api/v1/admin/projects': {
    body: () => ({ name: '访问控制测试项目（新建）', sectors: ['EMERGENCY'] }),
    expect: adminOnly(201),
  },
  'GET /api/v1/admin/projects/overdue': { expect: adminOnly(200) },
  'PUT /api/v1/admin/projects/{id}': {
    params: async (f) => ({ id: await projectA(f) }),
    body: () => ({ name: '访问控制测试项目', regionCode: '421202', sectors: ['NEW_MATERIALS'] }),
    expect: adminOnly(200),
  },
  'POST /api/v1/admin/projects/{id}/stage': {
    params: async (f) => ({ id: await freshProject(f) }),
    body: () => ({ stage: 'CONSTRUCTION' }),
    expect: adminOnly(200),
  },
  'PUT /api/v1/admin/projects/{id}/owner': {
    params: async (f) => ({ id: await freshProject(f) }),
    body: () => ({ organizationId: null }),
    expect: adminOnly(200),
  },
  'GET /api/v1/admin/project-reports': { expect: adminOnly(200) },
  'POST /api/v1/admin/project-reports/{id}/review': {
    params: async (f) => ({ id: await freshProjectReport(f) }),
    body: () => ({ kind: 'MIDTERM', decision: 'ACCEPTED' }),
    expect: adminOnly(200),
  },
  'DELETE /api/v1/admin/jobs/{queue}/{id}': {
    params: () => ({ queue: 'matching', id: 'no-such-job' }),
    expect: adminOnly(404),
  },
  'POST /api/v1/admin/qualifications/{id}/approve': {
    params: async (f) => ({ id: await freshQualification(f) }),
    expect: adminOnly(200),
  },
  'POST /api/v1/admin/qualifications/{id}/reject': {
    params: async (f) => ({ id: await freshQualification(f) }),
    body: () => ({ reason: '访问控制测试' }),
    expect: adminOnly(200),
  },
  'POST /api/v1/offers': {
    body: () => OFFER,
    // Every kind of organisation lists offers (drafts before verification too); a platform administrator has none.
    expect: { ...signedIn(201), suspended: '403 ORGANIZATION_SUSPENDED', admin: '403 OFFERS_NOT_ALLOWED' },
  },
  'GET /api/v1/offers/mine': { expect: signedIn(200) },
  'GET /api/v1/offers/{id}': { params: async (f) => ({ id: await publishedOfferA(f) }), expect: allSame(200) },
  'PATCH /api/v1/offers/{id}': {
    params: async (f) => ({ id: await freshOffer(f, 'draft') }),
    body: () => ({ ...OFFER, title: '访问控制测试技术成果（修改）' }),
    expect: ownerOnly(200),
  },
  'POST /api/v1/offers/{id}/attachments': {
    params: async (f) => ({ id: await freshOffer(f, 'draft') }),
    send: (f, path, token) => f.api.postFile(path, token, SAMPLE_PDF, '成果介绍.pdf', 'application/pdf'),
    expect: ownerOnly(201),
  },
  'DELETE /api/v1/offers/{id}/attachments/{attachmentId}': {
    params: (f) => offerWithAttachment(f, 'draft'),
    expect: ownerOnly(204),
  },
  'GET /api/v1/offers/{id}/attachments/{attachmentId}': {
    params: (f) => offerWithAttachment(f, 'published'),
    expect: allSame(200),
  },
  'POST /api/v1/offers/{id}/submit': {
    params: async (f) => ({ id: await freshOffer(f, 'draft') }),
    expect: ownerOnly(200),
  },
  'POST /api/v1/offers/{id}/withdraw': {
    params: async (f) => ({ id: await freshOffer(f, 'draft') }),
    expect: ownerOnly(200),
  },
  'GET /api/v1/offers/{id}/matches': {
    params: async (f) => ({ id: await publishedOfferA(f) }),
    expect: {
      anonymous: 401,
      owner: 200,
      otherEnterprise: 404,
      otherProcurer: 404,
      unverified: 404,
      suspended: 404,
      admin: 200,
    },
  },
  'POST /api/v1/offers/{id}/interest': {
    params: async (f) => ({ id: await publishedOfferA(f) }),
    expect: {
      anonymous: 401,
      owner: '409 OWN_OFFER',
      otherEnterprise: 200,
      otherProcurer: 200,
      unverified: '403 ORGANIZATION_NOT_VERIFIED',
      suspended: '403 ORGANIZATION_SUSPENDED',
      admin: '403 OFFER_INTEREST_NOT_ALLOWED',
    },
  },
  'GET /api/v1/search/offers': { expect: allSame(200) },
  'GET /api/v1/admin/offers': { expect: adminOnly(200) },
  'POST /api/v1/admin/offers/{id}/approve': {
    params: async (f) => ({ id: await freshOffer(f, 'submitted') }),
    expect: adminOnly(200),
  },
  'POST /api/v1/admin/offers/{id}/reject': {
    params: async (f) => ({ id: await freshOffer(f, 'submitted') }),
    body: () => ({ reason: '访问控制测试' }),
    expect: adminOnly(200),
  },

  // 人才共享数据库
  'POST /api/v1/auth/register/individual': {
    body: () => ({ email: uniqueEmail('acl-individual'), password: TEST_PASSWORD, name: '访问控制个人' }),
    expect: allSame(201),
  },
  'POST /api/v1/talents': {
    // Anyone signed in may have one profile of their own; the second answers 409 (withOwnTalent rows make sure one exists).
    send: async (f, path, token) => {
      const first = await f.api.call('POST', path, { token, body: TALENT_PROFILE });
      return first.status === 409 ? { ...first, status: 201 } : first;
    },
    expect: { ...signedIn(201), suspended: '403 ORGANIZATION_SUSPENDED', admin: '403 FORBIDDEN' },
  },
  'GET /api/v1/talents/me': {
    send: withOwnTalent('GET'),
    // The suspended organisation's member could not publish; administrators have no profile.
    expect: { ...signedIn(200), suspended: 404, admin: 404 },
  },
  'PUT /api/v1/talents/me': {
    send: withOwnTalent('PUT', TALENT_PROFILE),
    expect: { ...signedIn(200), suspended: '403 ORGANIZATION_SUSPENDED', admin: '403 FORBIDDEN' },
  },
  'GET /api/v1/talents/me/needs': {
    send: withOwnTalent('GET'),
    expect: { ...signedIn(200), suspended: 404, admin: 404 },
  },
  'GET /api/v1/talents/{id}': {
    params: async (f) => ({ id: (await talentA(f)).id }),
    expect: verifiedOrganizations(200),
  },
  'DELETE /api/v1/talents/{id}': {
    // Only the person withdraws (the 204 is in integration/talents); to anyone else another's profile does not exist.
    params: async (f) => ({ id: (await freshTalent(f)).id }),
    expect: { ...signedIn(404), suspended: '403 ORGANIZATION_SUSPENDED', admin: '403 FORBIDDEN' },
  },
  'GET /api/v1/search/talents': { expect: verifiedOrganizations(200) },
  'POST /api/v1/talents/{id}/contacts': {
    params: async (f) => ({ id: (await talentA(f)).id }),
    body: () => ({ body: '访问控制测试：您好' }),
    expect: verifiedOrganizations(201, true),
  },
  'GET /api/v1/talent-contacts': { expect: signedIn(200) },
  'GET /api/v1/talent-contacts/{id}/messages': {
    params: async (f) => ({ id: await talentContactA(f) }),
    expect: { ...signedIn(404), owner: 200 },
  },
  'POST /api/v1/talent-contacts/{id}/messages': {
    params: async (f) => ({ id: await talentContactA(f) }),
    body: () => ({ body: '访问控制测试：回复' }),
    expect: { ...signedIn(404), owner: 201, suspended: '403 ORGANIZATION_SUSPENDED' },
  },
  'POST /api/v1/talent-needs': { body: () => TALENT_NEED, expect: verifiedOrganizations(201, true) },
  'GET /api/v1/talent-needs': { expect: verifiedOrganizations(200) },
  'GET /api/v1/talent-needs/{id}/matches': {
    params: async (f) => ({ id: await talentNeedA(f) }),
    expect: { ...verifiedOrganizations(200), otherEnterprise: 404, otherProcurer: 404 },
  },
  'GET /api/v1/parks': { expect: allSame(200) },
  'GET /api/v1/parks/{id}': { params: async (f) => ({ id: await parkA(f) }), expect: allSame(200) },
  'POST /api/v1/admin/parks': { body: () => newPark(), expect: adminOnly(201) },
  'PATCH /api/v1/admin/parks/{id}': {
    params: async (f) => ({ id: await parkA(f) }),
    body: () => ({ description: '访问控制测试用园区（已修改）。' }),
    expect: adminOnly(200),
  },
  'GET /api/v1/admin/plan-progress': { expect: adminOnly(200) },
  'GET /api/v1/admin/plan-progress/export/{format}': { params: () => ({ format: 'xlsx' }), expect: adminOnly(200) },
  'PUT /api/v1/admin/plan-progress/figures/{key}/{year}': {
    params: () => ({ key: 'RD_INTENSITY', year: '2022' }),
    body: () => ({ value: 2.1 }),
    expect: adminOnly(200),
  },
  'DELETE /api/v1/admin/plan-progress/figures/{key}/{year}': {
    // A figure to clear, recorded afresh before each call.
    params: async (f) => {
      await f.api.call('PUT', '/api/v1/admin/plan-progress/figures/OUTPUT_EMERGENCY_SAFETY/2021', { token: f.admin, body: { value: 30 } });
      return { key: 'OUTPUT_EMERGENCY_SAFETY', year: '2021' };
    },
    expect: adminOnly(204),
  },
  'GET /api/v1/admin/hidden-champions': { expect: adminOnly(200) },
  'PUT /api/v1/admin/hidden-champions/{orgId}': {
    params: (f) => ({ orgId: f.orgA }),
    body: () => ({ recognizedYear: 2023, niche: '访问控制测试细分领域' }),
    expect: adminOnly(200),
  },
  'DELETE /api/v1/admin/hidden-champions/{orgId}': {
    params: async (f) => {
      const firm = await freshOrganization(f, 'verified');
      await f.api.call('PUT', `/api/v1/admin/hidden-champions/${firm.organizationId}`, { token: f.admin, body: { recognizedYear: 2023, niche: '访问控制测试' } });
      return { orgId: firm.organizationId };
    },
    expect: adminOnly(204),
  },
  // A firm's own figures: never another's, not even an administrator's to read.
  'GET /api/v1/enterprises/{orgId}/financial-reports': {
    params: (f) => ({ orgId: f.orgA }),
    expect: {
      anonymous: 401,
      owner: 200,
      otherEnterprise: 404,
      otherProcurer: 404,
      unverified: 404,
      suspended: 404,
      admin: '403 FORBIDDEN',
    },
  },
  'PUT /api/v1/enterprises/{orgId}/financial-reports/{year}': {
    params: (f) => ({ orgId: f.orgA, year: '2024' }),
    body: () => ({ revenue: 1000, rdSpend: 20 }),
    expect: ownerOnly(200),
  },
};

let app: RunningApp;
let fixtures: Fixtures;
let documented: string[] = [];

beforeAll(async () => {
  app = await startApp(appEnvironment(services));
  const api = new ApiClient(app.baseUrl);
  const admin = await api.adminToken();
  const owner = await api.registerOrganization('ENTERPRISE', 'owner');
  const otherEnterprise = await api.registerOrganization('ENTERPRISE', 'other-enterprise');
  const otherProcurer = await api.registerOrganization('PROCURER', 'other-procurer');
  const unverified = await api.registerOrganization('ENTERPRISE', 'unverified');
  const suspended = await api.registerOrganization('ENTERPRISE', 'suspended');
  for (const firm of [owner, otherEnterprise, otherProcurer, suspended])
    await api.setOrganizationStatus(admin, firm.organizationId, 'verify');
  await api.setOrganizationStatus(admin, suspended.organizationId, 'suspend');
  await api.call('PUT', `/api/v1/enterprises/${owner.organizationId}/profile`, {
    token: owner.token,
    body: PROFILE,
  });
  await api.call('POST', `/api/v1/enterprises/${owner.organizationId}/profile/publish`, {
    token: owner.token,
  });
  const qualificationA = (
    await api.uploadQualification(owner.organizationId, owner.token, CERTIFICATE_FIELDS, {
      content: SAMPLE_PDF,
      name: 'a.pdf',
    })
  ).body.id;
  const notificationA = (
    await api.call<{ items: { id: string }[] }>('GET', '/api/v1/notifications', { token: owner.token })
  ).body.items[0]!.id;
  const demandB = (
    await api.call<{ id: string }>('POST', '/api/v1/demands', { token: otherProcurer.token, body: DEMAND })
  ).body.id;
  expect(
    (await api.call('POST', `/api/v1/demands/${demandB}/publish`, { token: otherProcurer.token })).status,
  ).toBe(200);
  fixtures = {
    api,
    admin,
    orgA: owner.organizationId,
    qualificationA,
    notificationA,
    demandB,
    attachmentB: '',
    tokens: {
      owner: owner.token,
      otherEnterprise: otherEnterprise.token,
      otherProcurer: otherProcurer.token,
      unverified: unverified.token,
      suspended: suspended.token,
      admin,
    },
  };
  fixtures.attachmentB = await attach(fixtures, demandB);
  const document = (await (await fetch(`${app.baseUrl}/api/docs-json`)).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  documented = Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
  );
});

afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

describe('the access-control table', () => {
  it('lists every endpoint of the OpenAPI document, and only those', () => {
    expect(documented.length).toBeGreaterThan(0);
    expect(
      documented.filter((endpoint) => !(endpoint in TABLE)),
      'endpoints missing from the table',
    ).toEqual([]);
    expect(
      Object.keys(TABLE).filter((endpoint) => !documented.includes(endpoint)),
      'rows for endpoints that do not exist',
    ).toEqual([]);
  });

  it('states an answer or a reason for every persona on every row', () => {
    for (const [endpoint, row] of Object.entries(TABLE)) {
      for (const persona of PERSONAS) {
        expect(
          row.expect[persona] !== undefined || row.notCalled?.[persona] !== undefined,
          `${endpoint} as ${persona}`,
        ).toBe(true);
      }
    }
  });

  for (const [endpoint, row] of Object.entries(TABLE)) {
    for (const persona of PERSONAS) {
      const expected = row.expect[persona];
      if (expected === undefined) continue;
      it(`${endpoint} as ${persona} → ${expected}`, async () => {
        const [method, template] = endpoint.split(' ') as [string, string];
        const params = (await row.params?.(fixtures)) ?? {};
        const path = template.replace(/\{(\w+)\}/g, (_m, name: string) =>
          encodeURIComponent(params[name] ?? `missing-${name}`),
        );
        const token = persona === 'anonymous' ? undefined : fixtures.tokens[persona];
        const response = row.send
          ? await row.send(fixtures, path, token)
          : await fixtures.api.call(method, path, { token, body: row.body?.() });
        const [status, code] = String(expected).split(' ');
        expect(response.status, JSON.stringify(response.body)).toBe(Number(status));
        if (code) expect((response.body as { code?: string }).code).toBe(code);
        expect(JSON.stringify(response.body ?? '')).not.toMatch(/argon2|passwordHash|password_hash/);
      });
    }
  }
});
