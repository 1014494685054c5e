import type { OrganizationAdminView, ProblemDetails, SessionResponse, UserView } from '@mcf/contracts';

/** Wire-shaped test data, typed by the contracts so a contract change breaks the specs that rely on it. */
export const enterpriseUser: UserView = {
  id: '7f1f3c56-4a57-4c4c-9a51-2f0c2b8f0a01',
  email: 'li.wei@example.cn',
  name: '李伟',
  platformRole: 'USER',
  viewerKind: 'ENTERPRISE',
  organization: {
    id: '0b6d6a3e-1e5a-4d8c-8f0e-6f2f0d7c9a11',
    kind: 'ENTERPRISE',
    name: '咸宁某某新材料有限公司',
    status: 'PENDING_VERIFICATION',
    membershipRole: 'OWNER',
  },
};

export const adminUser: UserView = {
  id: '3d0a8f7e-2b1c-4f5e-9a8b-7c6d5e4f3a21',
  email: 'admin@demo.mcf.local',
  name: '演示管理员',
  platformRole: 'ADMIN',
  viewerKind: 'ADMIN',
  organization: null,
};

export function sessionFor(user: UserView, accessToken = `token-${user.id}`): SessionResponse {
  return { accessToken, tokenType: 'Bearer', expiresIn: 900, user };
}

export function organizationView(patch: Partial<OrganizationAdminView> = {}): OrganizationAdminView {
  return {
    id: '0b6d6a3e-1e5a-4d8c-8f0e-6f2f0d7c9a11',
    kind: 'ENTERPRISE',
    name: '咸宁某某新材料有限公司',
    creditCode: '91421202MA4K0000X1',
    regionCode: '421202',
    status: 'PENDING_VERIFICATION',
    statusReason: null,
    statusChangedAt: null,
    createdAt: '2026-03-01T08:00:00.000Z',
    memberCount: 1,
    isDemo: false,
    ...patch,
  };
}

export function problem(status: number, code: string, patch: Partial<ProblemDetails> = {}): ProblemDetails {
  return { type: `https://mcf.example/problems/${code.toLowerCase()}`, title: code, status, code, ...patch };
}

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(status === 204 ? null : JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json',
      ...headers,
    },
  });
}
