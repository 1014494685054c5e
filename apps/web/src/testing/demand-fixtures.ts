import type { DemandMatches, DemandView, EnterpriseMatches, UserView } from '@mcf/contracts';

/** Wire-shaped demands and matches for the demand, match and search specs. */
export const PROCURER_ORG_ID = '6c1a4d3b-2f5e-4a7b-9c8d-1e2f3a4b5c6d';
export const procurerUser: UserView = {
  id: '2a3b4c5d-6e7f-4a8b-9c0d-1e2f3a4b5c6d',
  email: 'zhang.min@example.cn',
  name: '张敏',
  platformRole: 'USER',
  viewerKind: 'PROCURER',
  organization: {
    id: PROCURER_ORG_ID,
    kind: 'PROCURER',
    name: '某部队后勤保障单位',
    status: 'VERIFIED',
    membershipRole: 'OWNER',
  },
};

export const DEMAND_ID = '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';

export function demandView(patch: Partial<DemandView> = {}): DemandView {
  return {
    id: DEMAND_ID,
    organizationId: PROCURER_ORG_ID,
    organizationName: '某部队后勤保障单位',
    status: 'DRAFT',
    version: 1,
    title: '应急舟桥器材采购',
    description: '采购轻型应急舟桥器材一批，用于抗洪抢险训练与保障。',
    sectors: ['EMERGENCY'],
    requiredQualifications: [{ type: 'SECRECY', minLevel: 2 }],
    quantity: '20 套',
    budgetMin: 500_000,
    budgetMax: 1_200_000,
    deliveryPlace: '湖北省咸宁市咸安区',
    regionCode: '421202',
    deadline: '2099-12-31',
    visibility: 'PUBLIC',
    detailsHidden: false,
    attachments: [],
    matching: null,
    publishedAt: null,
    closedAt: null,
    statusReason: null,
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
    ...patch,
  };
}

export const ENTERPRISE_ID = '1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b';

export function demandMatches(patch: Partial<DemandMatches> = {}): DemandMatches {
  return {
    status: 'READY',
    demandVersion: 1,
    items: [
      {
        enterprise: {
          id: ENTERPRISE_ID,
          name: '咸宁某某应急装备有限公司',
          regionCode: '421202',
          sectors: ['EMERGENCY'],
          products: ['应急舟桥', '冲锋舟'],
          verified: true,
        },
        score: 0.82,
        weak: false,
        explanation: {
          matchedTerms: ['舟桥'],
          constraints: [
            {
              kind: 'ORGANIZATION',
              qualificationType: null,
              requiredLevel: null,
              heldLevel: null,
              expiresOn: null,
              outcome: 'MET',
              met: true,
              messageZh: '已通过平台认证',
              message: 'verified by the platform',
            },
            {
              kind: 'QUALIFICATION',
              qualificationType: 'SECRECY',
              requiredLevel: 2,
              heldLevel: 1,
              expiresOn: '2028-01-01',
              outcome: 'MET',
              met: true,
              messageZh: '需二级保密资格，贵单位为一级',
              message: 'needs secrecy level 2; holds level 1',
            },
          ],
          components: [
            { component: 'TEXT', value: 0.9, weight: 0.5, contribution: 0.45 },
            { component: 'SECTOR', value: 1, weight: 0.2, contribution: 0.2 },
            { component: 'QUALIFICATION', value: 1, weight: 0.1, contribution: 0.1 },
            { component: 'LOCALITY', value: 0.5, weight: 0.1, contribution: 0.05 },
            { component: 'COMPLETENESS', value: 0.2, weight: 0.05, contribution: 0.01 },
            { component: 'FRESHNESS', value: 0.2, weight: 0.05, contribution: 0.01 },
          ],
        },
      },
    ],
    diagnostics: null,
    ...patch,
  };
}

export function enterpriseMatches(patch: Partial<EnterpriseMatches> = {}): EnterpriseMatches {
  const matched = demandMatches().items[0]!;
  const demand = {
    id: DEMAND_ID,
    title: '应急舟桥器材采购',
    organizationName: '某部队后勤保障单位',
    sectors: ['EMERGENCY' as const],
    deadline: '2099-12-31',
    visibility: 'PUBLIC' as const,
    publishedAt: '2026-03-02T08:00:00.000Z',
  };
  return {
    items: [{ demand, score: 0.82, explanation: matched.explanation }],
    nearlyMatched: [
      {
        demand: { ...demand, id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', title: '野战发电机组' },
        score: 0.64,
        unmet: [
          {
            kind: 'QUALIFICATION',
            qualificationType: 'SECRECY',
            requiredLevel: 2,
            heldLevel: 3,
            expiresOn: null,
            outcome: 'LEVEL_TOO_LOW',
            met: false,
            messageZh: '需二级保密资格，贵单位为三级',
            message: 'needs secrecy level 2; holds level 3',
          },
        ],
        matchedTerms: ['发电机组'],
      },
    ],
    ...patch,
  };
}
