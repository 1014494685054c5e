import type { DemandContent, ResponseCreate } from '@mcf/contracts';

/**
 * Demands the demo procurer posts, in trades the action plan names (generator sets, hydraulic dampers,
 * emergency bridges), so that a fresh `npm start` shows matching at work. They are demo postings, not
 * real procurements, and require no certificates: the plan says of no firm that it holds one.
 */
export const DEMO_DEMANDS: readonly Omit<DemandContent, 'deadline'>[] = [
  {
    title: '野战低噪声移动电站采购（演示）',
    description: '采购野战用低噪声移动电站一批，要求车载机动、静音运行、适应高低温环境，含随车电源配套。',
    sectors: ['NEW_ENERGY', 'EMERGENCY'],
    requiredQualifications: [],
    quantity: '20 台',
    budgetMin: 2_000_000,
    budgetMax: 3_500_000,
    deliveryPlace: '湖北省咸宁市',
    regionCode: '421200',
    visibility: 'PUBLIC',
  },
  {
    title: '装甲车辆液压减振器配套（演示）',
    description: '为装甲车辆动力系统配套液压减振器，需提供样件试验报告，批量供货。',
    sectors: ['ORDNANCE', 'INTELLIGENT_EQUIPMENT'],
    requiredQualifications: [],
    quantity: '500 套',
    budgetMin: null,
    budgetMax: null,
    deliveryPlace: '湖北省',
    regionCode: '420000',
    visibility: 'VERIFIED_SUPPLIERS',
  },
  {
    title: '抗洪抢险应急桥梁保障（演示）',
    description: '汛期抢险需要应急机械化桥与舟桥装备的租赁与技术保障服务，快速架设。',
    sectors: ['EMERGENCY'],
    requiredQualifications: [],
    quantity: null,
    budgetMin: null,
    budgetMax: 1_000_000,
    deliveryPlace: '赤壁市',
    regionCode: '421281',
    visibility: 'PUBLIC',
  },
];

/** The demo firm's answer to the bridge demand, which the demo procurer shortlists and awards at start. */
export const DEMO_AWARD = {
  demandTitle: '抗洪抢险应急桥梁保障（演示）',
  response: {
    kind: 'INTEREST',
    proposal: '可提供应急机械化桥与舟桥装备租赁及架设技术保障，汛期驻点值守，接令后48小时内到场。（演示）',
    price: 860_000,
    deliveryDays: 7,
  },
} as const satisfies { demandTitle: string; response: ResponseCreate };
