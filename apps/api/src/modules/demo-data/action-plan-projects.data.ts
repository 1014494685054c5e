import type { ActionPlanProgrammeCode, SectorCode } from '@mcf/domain';

/**
 * The key projects (重点项目) that the boxed tables 专栏1–8 of Xianning's military–civilian fusion action
 * plan 2021–2025 (shared/context/xianning-mcf-action-plan-2021-2025.txt) list, described only by what the
 * document says of them. A spec parses each table's 重点项目 list out of the document and checks it against
 * these entries, name by name.
 *
 * Reading conventions, so that a reviewer can check each entry against the document:
 * - `name` is the project as the table writes it, without the leading verb (推进) and with the table's
 *   doubled 项目项目 written once; `listedAs` keeps the table's exact wording, per table.
 * - 专栏3 (军民科技协同创新生态计划) and 专栏4 (推进军地人才双向培养计划) list programmes of work (孵化计划,
 *   育才计划 …), not projects: they have no 重点项目 list, so no entry refers to them.
 * - A project listed in two tables is one entry (赤壁市应急救援物资与装备储备库: 专栏5 and 专栏8), filed under
 *   the first table, with both wordings in `listedAs`.
 * - Owner (`ownerName`): only where the document ties a unit to the project — the unit's name in the
 *   project's name, a sentence naming both, or the table's own order where units and projects are listed
 *   in the same order and count (专栏2, 6, 7; the convention of the demo firms' data, whose every pair the
 *   text confirms elsewhere matches). Otherwise null: the table's key units are in `description`.
 * - Region: a district code where the project's or owner's name carries the place, where its table's key
 *   region is one district (专栏8: 赤壁市), or the owner firm's district in the demo firms' data; otherwise
 *   '421200' (咸宁市, the document does not say which district, or the project spans several).
 * - Sectors: from the table's field (基础设施 and 军事后勤: LOGISTICS, "投送"; 信息技术: ELECTRONICS; 生物:
 *   BIOMEDICINE; 应急: EMERGENCY) and, for 专栏2, from what the document says the project makes.
 * - Investment and stage: the document gives no investment figure for any project and no project's state
 *   of progress, so `investmentTotal` is null and every project starts at 前期论证 (PLANNING). The spec checks
 *   that the tables carry no amount (万元 / 亿元).
 */
export interface ActionPlanProject {
  /** Stable key (idempotent loading). */
  key: string;
  programme: ActionPlanProgrammeCode;
  name: string;
  /** The exact wording in each table that lists the project. */
  listedAs: { programme: ActionPlanProgrammeCode; text: string }[];
  ownerName: string | null;
  regionCode: string;
  sectors: SectorCode[];
  /** Verbatim excerpts of the document (8–160 characters each) the entry rests on, beyond its table listing. */
  sources: string[];
  /** What a visitor reads: Chinese, from the document only. */
  description: string;
}

const T1_UNITS = '咸宁市发展和改革委员会、咸宁市交通运输局、咸宁市城发集团';
const T1_REGIONS = '通山县、崇阳县、咸安区、赤壁市、嘉鱼县、通城县';
const T1_GOAL = '以贯彻国防需求、实现高效多式联运、保障快速运输投送为目标';
const T5_UNITS_NOTE = '湖北嘉安控股集团嘉鱼冷链物流有限公司、国家粮食和物资储备局湖北局七七五处、中船集团应急预警与救援装备股份有限公司、湖北科技学院、通城县新三汇绿色农产品专业合作社';
const T8_UNITS = '赤壁市政府、赤壁市应急管理局';
const T2_PAIRING = '专栏2所列重点单位与重点项目次序对应';
const T6_UNITS = '湖北瀛新精密电子有限公司、蓝炬兴业(赤壁)科技有限公司、通城县同力玻纤有限公司、湖北三赢兴电子科技有限公司';
const T6_PROJECTS = '智能无线电声产品技改升级项目、特种计算机项目、5G/6G用电子级超薄/细无碱玻纤布/纱项目、光电摄像模组数字化智能生产建设项目';
const T7_UNITS = '易立科技通山有限公司、湖北古苇清生物科技股份有限公司';
const T7_PROJECTS = '易立科技年产40万吨高透气度轻型医疗防护专用纸项目、中医药产业链';

const infrastructure = (key: string, name: string, text: string, regionCode: string, sources: string[] = []): ActionPlanProject => ({
  key,
  programme: 'ZL1',
  name,
  listedAs: [{ programme: 'ZL1', text }],
  ownerName: null,
  regionCode,
  sectors: ['LOGISTICS'],
  sources: [T1_GOAL, ...sources],
  description: `《行动方案》专栏1“基础设施领域建设重点及布局”所列重点项目。专栏重点单位：${T1_UNITS}；重点区域：${T1_REGIONS}。`,
});

export const ACTION_PLAN_PROJECTS: readonly ActionPlanProject[] = [
  // 专栏1 基础设施领域建设重点及布局
  infrastructure('zl1-wuhan-xianning-nanchang-hsr', '武汉—咸宁—南昌高铁项目', '武汉—咸宁—南昌高铁项目', '421200', [
    '重点推进武汉—咸宁—南昌高铁、铁路货场及通港铁路工程',
  ]),
  infrastructure('zl1-freight-yard-relocation', '咸宁货场搬迁及新建铁路物流园区项目', '咸宁货场搬迁及新建铁路物流园区项目项目', '421200', [
    '依托咸宁站货场搬迁项目,推动新建铁路物流园区、通港铁路、与港口连接工程等项目建设',
  ]),
  infrastructure('zl1-wuhan-xianning-yueyang', '武汉—咸宁—岳阳', '武汉—咸宁—岳阳', '421200'),
  infrastructure('zl1-wuhan-xianning-jiujiang', '武汉—咸宁—九江项目', '武汉—咸宁—九江项目', '421200'),
  infrastructure('zl1-huangshi-xianning-honghu', '黄石—咸宁—洪湖', '黄石—咸宁—洪湖', '421200'),
  infrastructure('zl1-yangxin-xianning-yueyang', '阳新—咸宁—岳阳', '阳新—咸宁—岳阳', '421200'),
  infrastructure('zl1-yangtze-golden-waterway', '长江黄金航道综合运输带项目', '长江黄金航道综合运输带项目', '421200', [
    '依托长江黄金航道综合运输带的运输功能',
  ]),
  infrastructure('zl1-tianzishan-bridge', '武咸天子山大桥项目', '武咸天子山大桥项目', '421200', ['积极推进武咸天子山大桥']),
  infrastructure('zl1-chibi-yangtze-bridge', '赤壁长江公路大桥项目', '赤壁长江公路大桥项目', '421281', [
    '加快推进赤壁长江大桥、簰洲湾长江大桥及其连接线工程建设',
  ]),
  infrastructure('zl1-paizhouwan-yangtze-bridge', '簰洲湾长江公路大桥项目', '簰洲湾长江公路大桥项目', '421200', [
    '启动通城至修水高速公路、簰洲湾长江公路大桥项目前期研究',
  ]),
  infrastructure('zl1-south-ring-expressway', '咸宁城区南外环高速公路', '咸宁城区南外环高速公路', '421200', ['咸宁市南外环高速']),
  infrastructure('zl1-tongshan-jiujiang-expressway', '咸宁(通山)至九江(武宁)高速公路项目', '咸宁(通山)至九江(武宁)高速公路项目', '421224'),
  infrastructure('zl1-tongcheng-xiushui-expressway', '通城至修水高速公路项目', '通城至修水高速公路项目', '421222', [
    '启动通城至修水高速公路、簰洲湾长江公路大桥项目前期研究',
  ]),

  // 专栏2 国防科技工业领域建设重点及布局 (units and projects in the same order and count)
  {
    key: 'zl2-composites-industrialisation',
    programme: 'ZL2',
    name: '高性能环保复合材料产品产业化项目',
    listedAs: [{ programme: 'ZL2', text: '高性能环保复合材料产品产业化项目' }],
    ownerName: '武汉蒲瑞科新材料有限公司',
    regionCode: '421200',
    sectors: ['NEW_MATERIALS'],
    sources: ['武汉蒲瑞科新材料有限公司、湖北同发机电有限公司'],
    description: `《行动方案》专栏2“国防科技工业领域建设重点及布局”所列重点项目（${T2_PAIRING}，建设单位据此为武汉蒲瑞科新材料有限公司）。`,
  },
  {
    key: 'zl2-tongfa-phase-2',
    programme: 'ZL2',
    name: '同发二期建设项目',
    listedAs: [{ programme: 'ZL2', text: '同发二期建设项目' }],
    ownerName: '湖北同发机电有限公司',
    regionCode: '421202',
    sectors: ['ORDNANCE', 'NEW_ENERGY'],
    sources: [
      '以同发机电高性能超静音型发电机组生产线项目为支撑,保持军用发电机组技术国内领先地位',
      '重点支持金力液压、同发机电的技术升级与产能扩大',
    ],
    description: '《行动方案》专栏2所列重点项目。方案提出重点支持同发机电的技术升级与产能扩大，以同发机电高性能超静音型发电机组生产线项目为支撑，保持军用发电机组技术国内领先地位。',
  },
  {
    key: 'zl2-haiwei-marine-composites-line',
    programme: 'ZL2',
    name: '船用超大型复合材料结构先进技术生产线项目',
    listedAs: [{ programme: 'ZL2', text: '船用超大型复合材料结构先进技术生产线项目' }],
    ownerName: '咸宁海威复合材料有限公司',
    regionCode: '421202',
    sectors: ['NEW_MATERIALS', 'MARINE'],
    sources: ['推进海威船用超大型复合材料结构先进技术生产线项目建设', '持续提升船用高性能、超大型复合材料研发与制造能力'],
    description: '《行动方案》专栏2所列重点项目：推进海威船用超大型复合材料结构先进技术生产线项目建设，持续提升船用高性能、超大型复合材料研发与制造能力。',
  },
  {
    key: 'zl2-huarui-aluminium-components',
    programme: 'ZL2',
    name: '航空船舶用薄壁高强度铝合金精密构件制造项目',
    listedAs: [{ programme: 'ZL2', text: '航空船舶用薄壁高强度铝合金精密构件制造项目' }],
    ownerName: '咸宁市华锐机电有限公司',
    regionCode: '421202',
    sectors: ['AEROSPACE', 'MARINE'],
    sources: ['以华锐机电有限公司为主,推动航空船舶用薄壁高强度铝合金精密构件制造项目建设'],
    description: '《行动方案》专栏2所列重点项目：以华锐机电有限公司为主，推动航空船舶用薄壁高强度铝合金精密构件制造项目建设。',
  },
  {
    key: 'zl2-jinli-damper-line',
    programme: 'ZL2',
    name: '液压减震器生产线建设项目',
    listedAs: [{ programme: 'ZL2', text: '液压减震器生产线建设项目' }],
    ownerName: '湖北金力液压件有限公司',
    regionCode: '421202',
    sectors: ['ORDNANCE', 'INTELLIGENT_EQUIPMENT'],
    sources: ['以金力液压液压减震器生产线建设项目为牵引,支持装甲车动力系统配套产品及其技术水平稳步提升'],
    description: '《行动方案》专栏2所列重点项目：以金力液压液压减震器生产线建设项目为牵引，支持装甲车动力系统配套产品及其技术水平稳步提升。',
  },
  {
    key: 'zl2-oulang-weapon-parts',
    programme: 'ZL2',
    name: '武器型号机械零部件生产加工',
    listedAs: [{ programme: 'ZL2', text: '武器型号机械零部件生产加工' }],
    ownerName: '北京欧朗机械有限公司咸安分公司',
    regionCode: '421202',
    sectors: ['ORDNANCE'],
    sources: ['湖北金力液压件有限公司、北京欧朗机械有限公司咸安分公司'],
    description: `《行动方案》专栏2所列重点项目（${T2_PAIRING}，建设单位据此为北京欧朗机械有限公司咸安分公司）。`,
  },

  // 专栏5 军事后勤领域建设重点及布局
  {
    key: 'zl5-jiaan-cold-storage',
    programme: 'ZL5',
    name: '嘉安15万吨冷库农产品集散中心项目',
    listedAs: [{ programme: 'ZL5', text: '嘉安15万吨冷库农产品集散中心项目' }],
    ownerName: '湖北嘉安控股集团嘉鱼冷链物流有限公司',
    regionCode: '421221',
    sectors: ['LOGISTICS'],
    sources: ['积极推进七七五处国防军工产业物流基地、嘉安15万吨冷库农产品集散中心'],
    description: '《行动方案》专栏5“军事后勤领域建设重点及布局”所列重点项目，方案将其列为强化战略储备功能的重点项目之一。',
  },
  {
    key: 'zl5-775-logistics-base',
    programme: 'ZL5',
    name: '七七五处国防军工产业物流基地',
    listedAs: [{ programme: 'ZL5', text: '七七五处国防军工产业物流基地' }],
    ownerName: '国家粮食和物资储备局湖北局七七五处',
    regionCode: '421200',
    sectors: ['LOGISTICS'],
    sources: ['积极推进七七五处国防军工产业物流基地、嘉安15万吨冷库农产品集散中心'],
    description: '《行动方案》专栏5所列重点项目，方案将其列为强化战略储备功能的重点项目之一。',
  },
  {
    key: 'zl5-chibi-emergency-reserve',
    programme: 'ZL5',
    name: '赤壁市应急救援物资与装备储备库项目',
    listedAs: [
      { programme: 'ZL5', text: '赤壁市应急救援物资与装备储备库' },
      { programme: 'ZL8', text: '赤壁市应急救援物资与装备储备库项目' },
    ],
    ownerName: '赤壁市应急管理局',
    regionCode: '421281',
    sectors: ['EMERGENCY', 'LOGISTICS'],
    sources: ['以中船应急为主导企业,由赤壁市应急管理局牵头,联合推动赤壁市应急救援物资与装备储备库的建设'],
    description: '《行动方案》专栏5与专栏8均列此项目：以中船应急为主导企业，由赤壁市应急管理局牵头，联合推动赤壁市应急救援物资与装备储备库的建设。',
  },
  {
    key: 'zl5-hbust-talent-cooperation',
    programme: 'ZL5',
    name: '湖北科技学院人才联合培养战略合作项目',
    listedAs: [{ programme: 'ZL5', text: '湖北科技学院人才联合培养战略合作项目' }],
    ownerName: '湖北科技学院',
    regionCode: '421200',
    sectors: ['LOGISTICS'],
    sources: ['重点培养卫生勤务、仓储投送、应急物流等军事后勤相关领域人才'],
    description: '《行动方案》专栏5所列重点项目。方案提出依托湖北科技学院等高校军事后勤优势专业，重点培养卫生勤务、仓储投送、应急物流等军事后勤相关领域人才。',
  },
  {
    key: 'zl5-non-staple-food-sub-centre',
    programme: 'ZL5',
    name: '副食品集中筹措咸宁分中心',
    listedAs: [{ programme: 'ZL5', text: '副食品集中筹措咸宁分中心' }],
    ownerName: null,
    regionCode: '421200',
    sectors: ['LOGISTICS'],
    sources: ['积极谋划湖北省副食品集中筹措咸宁分中心建设'],
    description: `《行动方案》专栏5所列重点项目，方案提出高标准、高起点，积极谋划湖北省副食品集中筹措咸宁分中心建设。专栏重点单位：${T5_UNITS_NOTE}。`,
  },
  {
    key: 'zl5-xinsanhui-cold-chain',
    programme: 'ZL5',
    name: '通城县新三汇农副产品冷链物流建设项目',
    listedAs: [{ programme: 'ZL5', text: '通城县新三汇农副产品冷链物流建设项目' }],
    ownerName: '通城县新三汇绿色农产品专业合作社',
    regionCode: '421222',
    sectors: ['LOGISTICS'],
    sources: ['通城县新三汇农副产品冷链物流建设项目'],
    description: '《行动方案》专栏5所列重点项目。',
  },

  // 专栏6 信息技术产业重点及布局 (units and projects in the same order and count)
  {
    key: 'zl6-wireless-acoustics-upgrade',
    programme: 'ZL6',
    name: '智能无线电声产品技改升级项目',
    listedAs: [{ programme: 'ZL6', text: '智能无线电声产品技改升级项目' }],
    ownerName: '湖北瀛新精密电子有限公司',
    regionCode: '421200',
    sectors: ['ELECTRONICS'],
    sources: [T6_UNITS, T6_PROJECTS],
    description: '《行动方案》专栏6“信息技术产业重点及布局”所列重点项目（专栏所列重点单位与重点项目次序对应，建设单位据此为湖北瀛新精密电子有限公司）。',
  },
  {
    key: 'zl6-special-computers',
    programme: 'ZL6',
    name: '特种计算机项目',
    listedAs: [{ programme: 'ZL6', text: '特种计算机项目' }],
    ownerName: '蓝炬兴业(赤壁)科技有限公司',
    regionCode: '421281',
    sectors: ['ELECTRONICS'],
    sources: [T6_UNITS, T6_PROJECTS],
    description: '《行动方案》专栏6所列重点项目（专栏所列重点单位与重点项目次序对应，建设单位据此为蓝炬兴业(赤壁)科技有限公司）。',
  },
  {
    key: 'zl6-glass-fibre-cloth',
    programme: 'ZL6',
    name: '5G/6G用电子级超薄/细无碱玻纤布/纱项目',
    listedAs: [{ programme: 'ZL6', text: '5G/6G用电子级超薄/细无碱玻纤布/纱项目' }],
    ownerName: '通城县同力玻纤有限公司',
    regionCode: '421222',
    sectors: ['ELECTRONICS', 'NEW_MATERIALS'],
    sources: [T6_UNITS, T6_PROJECTS],
    description: '《行动方案》专栏6所列重点项目（专栏所列重点单位与重点项目次序对应，建设单位据此为通城县同力玻纤有限公司）。',
  },
  {
    key: 'zl6-camera-modules',
    programme: 'ZL6',
    name: '光电摄像模组数字化智能生产建设项目',
    listedAs: [{ programme: 'ZL6', text: '光电摄像模组数字化智能生产建设项目' }],
    ownerName: '湖北三赢兴电子科技有限公司',
    regionCode: '421200',
    sectors: ['ELECTRONICS'],
    sources: [T6_UNITS, T6_PROJECTS],
    description: '《行动方案》专栏6所列重点项目（专栏所列重点单位与重点项目次序对应，建设单位据此为湖北三赢兴电子科技有限公司）。',
  },

  // 专栏7 生物领域建设重点及布局 (units and projects in the same order and count)
  {
    key: 'zl7-yili-medical-paper',
    programme: 'ZL7',
    name: '易立科技年产40万吨高透气度轻型医疗防护专用纸项目',
    listedAs: [{ programme: 'ZL7', text: '易立科技年产40万吨高透气度轻型医疗防护专用纸项目' }],
    ownerName: '易立科技通山有限公司',
    regionCode: '421224',
    sectors: ['BIOMEDICINE'],
    sources: [T7_UNITS, T7_PROJECTS],
    description: '《行动方案》专栏7“生物领域建设重点及布局”所列重点项目：年产40万吨高透气度轻型医疗防护专用纸。',
  },
  {
    key: 'zl7-tcm-industry-chain',
    programme: 'ZL7',
    name: '中医药产业链',
    listedAs: [{ programme: 'ZL7', text: '中医药产业链' }],
    ownerName: '湖北古苇清生物科技股份有限公司',
    regionCode: '421200',
    sectors: ['BIOMEDICINE'],
    sources: [T7_UNITS, T7_PROJECTS, '围绕军用药品、药剂、饮品、保健品等方面的需求,完善、优化中医药产业链'],
    description: '《行动方案》专栏7所列重点项目（专栏所列重点单位与重点项目次序对应，建设单位据此为湖北古苇清生物科技股份有限公司）。方案提出围绕军用药品、药剂、饮品、保健品等方面的需求，完善、优化中医药产业链。',
  },

  // 专栏8 应急领域建设重点及布局 (key region: 赤壁市 only; 赤壁市应急救援物资与装备储备库项目 is filed under 专栏5)
  {
    key: 'zl8-chibi-emergency-equipment-zone',
    programme: 'ZL8',
    name: '赤壁市应急救援装备生产功能区项目',
    listedAs: [{ programme: 'ZL8', text: '赤壁市应急救援装备生产功能区项目' }],
    ownerName: null,
    regionCode: '421281',
    sectors: ['EMERGENCY'],
    sources: ['以水域救援装备板块、应急交通工程装备板块、消防装备板块三大板块为重点,着力打造应急救援装备生产功能区'],
    description: `《行动方案》专栏8“应急领域建设重点及布局”所列重点项目：以水域救援装备板块、应急交通工程装备板块、消防装备板块三大板块为重点，着力打造应急救援装备生产功能区。专栏重点单位：${T8_UNITS}。`,
  },
  {
    key: 'zl8-disaster-experience-city',
    programme: 'ZL8',
    name: '赤壁市体验形式安全教育和应急演演练基地(灾害体验城)项目',
    listedAs: [{ programme: 'ZL8', text: '赤壁市体验形式安全教育和应急演演练基地(灾害体验城)项目' }],
    ownerName: null,
    regionCode: '421281',
    sectors: ['EMERGENCY'],
    sources: ['依托国际灾害体验城项目建设,将特色应急产业与旅游业融合发展'],
    description: `《行动方案》专栏8所列重点项目：依托国际灾害体验城项目建设，将特色应急产业与旅游业融合发展，形成集应急演练和灾害逃生体验于一体的综合基地。专栏重点单位：${T8_UNITS}。`,
  },
  {
    key: 'zl8-three-parks-one-city',
    programme: 'ZL8',
    name: '“三园一城”应急产业示范区项目',
    listedAs: [{ programme: 'ZL8', text: '“三园一城”应急产业示范区项目' }],
    ownerName: null,
    regionCode: '421281',
    sectors: ['EMERGENCY'],
    sources: ['“三园一城”应急产业示范区项目'],
    description: `《行动方案》专栏8所列重点项目。专栏重点单位：${T8_UNITS}；重点区域：赤壁市。`,
  },
];
