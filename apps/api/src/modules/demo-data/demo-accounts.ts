import type { DemoAccount, OrganizationKind, ProfileContent } from '@mcf/contracts';
import { computeCreditCodeCheckCharacter } from '@mcf/domain';

export interface DemoAccountSeed extends DemoAccount {
  displayName: string;
  organization?: { kind: OrganizationKind; name: string; creditCode: string; regionCode: string };
  /** The demo firm's own capability profile, published at start so that links to it (中标公示) open a page. */
  profile?: ProfileContent;
}

/** Fictional demo organisations, marked as such, with codes that pass the GB 32100-2015 check. */
function demoCreditCode(first17: string): string {
  return `${first17}${computeCreditCodeCheckCharacter(first17)}`;
}

/** The accounts `npm start` prints; their passwords are public, so DEMO_DATA=off in production. */
export const DEMO_ACCOUNTS: DemoAccountSeed[] = [
  {
    kind: 'ADMIN',
    email: 'admin@demo.mcf.local',
    password: 'Demo-Admin-2026',
    displayName: '演示管理员（军民融合办）',
  },
  {
    kind: 'ENTERPRISE',
    email: 'enterprise@demo.mcf.local',
    password: 'Demo-Enterprise-2026',
    displayName: '演示企业用户',
    organizationName: '咸宁演示科技有限公司（演示）',
    organization: {
      kind: 'ENTERPRISE',
      name: '咸宁演示科技有限公司（演示）',
      creditCode: demoCreditCode('91421202MA4DEM001'),
      regionCode: '421202',
    },
    profile: {
      summary:
        '我们是咸宁高新区的一家应急保障服务企业（演示），提供应急机械化桥与舟桥装备的租赁、架设和汛期驻点技术保障，接令后48小时内到场。',
      sectors: ['EMERGENCY'],
      products: ['应急机械化桥', '舟桥装备'],
      capabilities: ['应急桥梁快速架设', '汛期驻点技术保障', '装备租赁'],
      equipment: [],
      regionCode: '421202',
    },
  },
  {
    kind: 'PROCURER',
    email: 'procurer@demo.mcf.local',
    password: 'Demo-Procurer-2026',
    displayName: '演示采购用户',
    organizationName: '演示总体单位（演示）',
    organization: {
      kind: 'PROCURER',
      name: '演示总体单位（演示）',
      creditCode: demoCreditCode('12420000MB1DEM002'),
      regionCode: '420000',
    },
  },
];
