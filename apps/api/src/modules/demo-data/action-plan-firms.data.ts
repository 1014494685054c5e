import type { QualificationTypeCode, SectorCode } from '@mcf/domain';

/**
 * Real firms named in Xianning's military-civilian fusion action plan 2021-2025
 * (shared/context/xianning-mcf-action-plan-2021-2025.txt), described only by what that document says.
 *
 * Reading conventions, so that a reviewer can check each entry against the document:
 * - A firm that the document names in several forms (short name, full name, a variant spelling) is one
 *   entry, named by its fullest form; `sources` quotes each form.
 * - Region: a district code only where the firm's name carries the place, or where the document ties the
 *   firm to one district in the same passage (the high-tech zone demonstration base paragraph, a Chibi
 *   project the firm leads); otherwise '421200'.
 * - The document's boxed tables (zhuanlan 2, 5, 6, 7) list key units and key projects in the same order,
 *   and every pair that the text confirms elsewhere matches; where a firm's product is known only from that
 *   pairing, its summary says so.
 * - The document says of no firm that it holds a certificate, so `qualifications` is empty throughout.
 */
export interface ActionPlanFirm {
  /** The firm's name exactly as the document writes it. */
  name: string;
  /** GB/T 2260 code of the district/county the document places it in; '421200' when the document does not say which district. */
  regionCode: string;
  /** Sector codes (from domain.md) that follow from what the document says the firm makes or does. */
  sectors: SectorCode[];
  /** Products exactly as the document names them (short noun phrases, in Chinese). */
  products: string[];
  /** Capabilities / technologies / services the document attributes to the firm (short phrases), may be empty. */
  capabilities: string[];
  /** Qualification type codes the document explicitly says the firm holds; usually empty. Never guessed. */
  qualifications: QualificationTypeCode[];
  /** One or two sentences summarising what the document says of the firm, in Chinese, no facts beyond the document. */
  summary: string;
  /** Verbatim excerpts (exact substrings of the source document, each 8-120 characters). */
  sources: string[];
}

// Passages that name several firms at once; quoted by each of them.
const DEMO_BASE_NEW_MATERIALS =
  '即依托海威和波利玛等企业,支持湖北省军民融合复合材料产业联盟发展,重点发展航空、海洋领域新材料产业';
const DEMO_BASE_EQUIPMENT = '依托金力液压、同发机电、华锐机电等企业,推进智能装备产业融合发展';
const DEMO_BASE_HEALTH = '依托厚福医疗、金士达医疗、爱科医疗等企业,引领生命健康产业发展';
const CLUSTER_NEW_MATERIALS =
  '依托海威、波利玛、平安电工等龙头企业,在高新区、通山县、通城县形成特色明显的区域性新材料产业集聚区';
const CLUSTER_EQUIPMENT = '依托海威、中船应急、同发机电、金力液压、铭程精密、欧朗机械等重点企业';
const CLUSTER_BIO = '以厚福医疗、福人金身药业、金士达医疗、爱科医疗、稳健医疗、中健医疗、古苇清等企业为主导';
const HIGH_TECH_ZONE_UPGRADE = '重点支持金力液压、同发机电的技术升级与产能扩大';
const HIGH_TECH_ZONE_CULTIVATE =
  '重点培育海威、华锐、波利玛、华宁防腐等,大力推进湖北省军民融合复合材料产业联盟发展';
const HIGH_TECH_ZONE_BASE = '推进高新区示范基地国防科工军民融合发展配套工程建设';
const TABLE2_UNITS =
  '武汉蒲瑞科新材料有限公司、湖北同发机电有限公司、咸宁海威复合材料有限公司、咸宁市华锐机电有限公司';
const LEADING_FIRMS =
  '充分发挥咸宁海威、中船重工应急预警与救援装备、金力液压、同发机电等一批军民融合重点企业的带头引领作用';
const DIGITAL_WORKSHOPS =
  '依托海威、中船重工应急预警与救援装备、同发机电、金力液压、铭程精密、欧朗机械、三六重工、华博阳光、智创新等公司推进建设一批数字化车间、智能化工厂';
const ELECTRONICS_LEADERS =
  '发挥平安电工、瀛通电子、三赢兴电子等龙头企业,维达力电子、光宝科技等重点企业的带动作用';
const TABLE6_UNITS =
  '湖北瀛新精密电子有限公司、蓝炬兴业(赤壁)科技有限公司、通城县同力玻纤有限公司、湖北三赢兴电子科技有限公司';
const TABLE6_PROJECTS =
  '智能无线电声产品技改升级项目、特种计算机项目、5G/6G用电子级超薄/细无碱玻纤布/纱项目、光电摄像模组数字化智能生产建设项目';
const BIOPHARMA_LEADERS =
  '以厚福医药、福人金身药业、真奥金银花、健翔生物、科莱维、华仕欣防护用品等企业为主导';
const MILITARY_DRUGS = '满足军用药品需求与技术标准,争取列入军用药品保供企业名录';
const NEV_FIRMS =
  '依托合家新能源、喜马拉雅氢燃料电池等新能源汽车企业,加强新能源汽车电池、电机及电控系统等关键零部件研发';
const AUTO_PARTS_FIRMS =
  '围绕新能源汽车制件、配件方面,促进三环方向机、三胜机械、平安电工、北辰传动、敏实汽车零部件等企业的研发与技改投入';
const AI_DEMO_FIRMS = '以咸宁威海、南玻光电为示范企业,稳步推进人工智能技术的军民协同创新';
const EMERGENCY_SUPPLY_CHAIN =
  '以鄂南起重、九达、三和、卫汉、汉都精密、金牌电工、银轮、中科军融等企业为主,持续推动配套企业发展、不断补充强化应急救援装备产业链';
const MEDICAL_SUPPLIES =
  '依托厚福医疗、金士达医疗、爱科医疗、稳健医疗、中健医疗、恒大养生谷等医疗卫材重点企业,谋划建设应急医用物资生产基地';
const FOOD_SUPPLY_CHAIN =
  '健全完善富德蔬菜、嘉安控股等副食品供应链,助推副食品供应商进入驻鄂部队副食品筹措名录';
const STRATEGIC_RESERVE = '依托七七五处、嘉鱼冷链物流、易立科技通山等重点单位';
const RESERVE_BASES = '重点建设咸宁粮油副食、冷链食品和应急物资战略储备基地';

export const ACTION_PLAN_FIRMS: readonly ActionPlanFirm[] = [
  {
    name: '咸宁海威复合材料有限公司',
    regionCode: '421202',
    sectors: ['NEW_MATERIALS', 'MARINE', 'INTELLIGENT_EQUIPMENT'],
    products: [
      '船用超大型复合材料结构',
      '复合材料螺旋桨',
      '高强浮力材料',
      '船舶上层建筑',
      '天线罩',
      '天线桅杆',
      '舷墙',
      '围壳',
    ],
    capabilities: [
      '船海工程装备材料核心技术',
      '复合装甲研制',
      '进口高强芳纶纤维国产化替代',
      '大型复合材料螺旋桨结构设计与成型关键技术',
      '高强、透声、透波、吸声等军用复合材料技术研发及应用',
      '湖北省高性纤维增强复合材料企校联合创新中心',
      '省级复合材料螺旋桨技术研究与测试中心',
      '数字化车间、智能化工厂建设',
    ],
    qualifications: [],
    summary:
      '文件将其（又称“海威”“咸宁海威”“海威复合材料制品有限公司”）作为船海工程装备复合材料的主导企业，发展复合材料螺旋桨、高强浮力材料、船舶上层结构物等，推进船用超大型复合材料结构先进技术生产线项目和复合装甲研制；列为高新区军民融合产业示范基地重点培育、国防科技工业重点单位和军民融合重点企业。',
    sources: [
      TABLE2_UNITS,
      '以海威复合材料制品有限公司为主导企业,发展船海工程装备材料核心技术,增强关键材料保障能力',
      '加快复合装甲研制,突破进口高强芳纶纤维国产化替代,树立国内复合装甲研制与应用的领先地位',
      '大力发展高强、透声、透波、吸声等军用复合材料技术研发及应用',
      '以海威复合材料制品有限公司为依托,推动大型复合材料螺旋桨结构设计与成型关键技术的重大突破',
      '发展高强浮力材料、复合材料螺旋桨等异型结构制品的人工智能化生产工艺',
      '积极开展船舶上层建筑包括舷墙、舱室、各类天线罩、天线桅杆、可折(拆)板、围壳等船舶水面上层结构物的研制',
      '推进海威船用超大型复合材料结构先进技术生产线项目建设',
      '依托海威复合材料制品有限公司,积极促进湖北省高性纤维增强复合材料企校联合创新中心、省级复合材料螺旋桨技术研究与测试中心等平台建设',
      DEMO_BASE_NEW_MATERIALS,
      CLUSTER_EQUIPMENT,
      HIGH_TECH_ZONE_CULTIVATE,
      HIGH_TECH_ZONE_BASE,
      LEADING_FIRMS,
      DIGITAL_WORKSHOPS,
    ],
  },
  {
    name: '波利玛',
    regionCode: '421202',
    sectors: ['NEW_MATERIALS'],
    products: [],
    capabilities: ['航空、海洋领域新材料', '新型复合材料研发制造'],
    qualifications: [],
    summary:
      '文件将其与海威并列为军民融合产业示范基地依托的新材料企业和新材料产业集聚区龙头企业，并列入高新区示范基地重点培育、推进复合材料产业联盟发展的企业。',
    sources: [DEMO_BASE_NEW_MATERIALS, CLUSTER_NEW_MATERIALS, HIGH_TECH_ZONE_CULTIVATE, HIGH_TECH_ZONE_BASE],
  },
  {
    name: '湖北金力液压件有限公司',
    regionCode: '421202',
    sectors: ['INTELLIGENT_EQUIPMENT', 'ORDNANCE'],
    products: ['液压减震器', '装甲车动力系统配套产品'],
    capabilities: [
      '液压减震器生产线建设',
      '技术升级与产能扩大',
      '军民两用技术联合研发',
      '数字化车间、智能化工厂建设',
    ],
    qualifications: [],
    summary:
      '文件在兵器装备方面以金力液压液压减震器生产线建设项目为牵引，支持其装甲车动力系统配套产品及技术水平提升；列为高新区示范基地重点支持技术升级与产能扩大的智能装备企业和军民融合重点企业。',
    sources: [
      '湖北金力液压件有限公司',
      '以金力液压液压减震器生产线建设项目为牵引,支持装甲车动力系统配套产品及其技术水平稳步提升',
      DEMO_BASE_EQUIPMENT,
      CLUSTER_EQUIPMENT,
      HIGH_TECH_ZONE_UPGRADE,
      HIGH_TECH_ZONE_BASE,
      LEADING_FIRMS,
      DIGITAL_WORKSHOPS,
    ],
  },
  {
    name: '湖北同发机电有限公司',
    regionCode: '421202',
    sectors: ['NEW_ENERGY', 'ORDNANCE', 'INTELLIGENT_EQUIPMENT', 'EMERGENCY'],
    products: ['高性能超静音型发电机组', '军用发电机组', '军用车载电源', '移动电源'],
    capabilities: [
      '谐波励磁、相复励、电容励磁、电抗分流、稀土永磁等技术',
      '驻车和行车自发电系统技术',
      '行车发电技术与特种电源设备的融合',
      '发电设备应急保障动员中心',
      '同发二期建设项目',
      '技术升级与产能扩大',
      '数字化车间、智能化工厂建设',
    ],
    qualifications: [],
    summary:
      '文件称其（同发机电）军用发电机组技术国内领先，在军用车载电源、移动电源方面有技术优势，支持其高性能超静音型发电机组生产线项目和同发二期建设项目；并依托其发电设备应急保障动员中心，支持高新区打造公共应急储备集聚区和产能动员服务平台。',
    sources: [
      '湖北同发机电有限公司',
      '以同发机电高性能超静音型发电机组生产线项目为支撑,保持军用发电机组技术国内领先地位',
      '依托同发机电在军用车载电源、移动电源等方面的技术优势',
      '持续巩固谐波励磁、相复励、电容励磁、电抗分流、稀土永磁等技术优势',
      '加快驻车和行车自发电系统技术的突破及应用',
      '积极推进行车发电技术与特种电源设备的融合',
      '依托同发机电及其发电设备应急保障动员中心,重点支持高新区打造公共应急储备集聚区和产能动员服务平台的建设',
      '同发二期建设项目',
      DEMO_BASE_EQUIPMENT,
      CLUSTER_EQUIPMENT,
      HIGH_TECH_ZONE_UPGRADE,
      HIGH_TECH_ZONE_BASE,
      LEADING_FIRMS,
      DIGITAL_WORKSHOPS,
    ],
  },
  {
    name: '咸宁市华锐机电有限公司',
    regionCode: '421202',
    sectors: ['AEROSPACE', 'MARINE', 'INTELLIGENT_EQUIPMENT'],
    products: ['航空船舶用薄壁高强度铝合金精密构件', '舰船光电探测追踪系统高端零部件'],
    capabilities: [
      '薄壁高强度铝合金精密构件研制',
      '海舰红外炮塔、舰船光电探测追踪系统高端零部件的技术升级与工艺改进',
      '军工配套装备研发中心',
    ],
    qualifications: [],
    summary:
      '文件以华锐机电为主导发展船舶用薄壁高强度铝合金精密构件研制，推动航空船舶用薄壁高强度铝合金精密构件制造项目，以及海舰红外炮塔、舰船光电探测追踪系统高端零部件的技术升级；其军工配套装备研发中心被列为军民两用技术共享载体。',
    sources: [
      TABLE2_UNITS,
      '以华锐机电有限公司为主导,重点发展船舶用薄壁高强度铝合金精密构件研制',
      '大力推动海舰红外炮塔、舰船光电探测追踪系统高端零部件的技术升级与工艺改进',
      '以华锐机电有限公司为主,推动航空船舶用薄壁高强度铝合金精密构件制造项目建设',
      '以华锐机电军工配套装备研发中心、智能机电产业技术研发平台等为军民两用技术共享优势载体',
      DEMO_BASE_EQUIPMENT,
      HIGH_TECH_ZONE_CULTIVATE,
      HIGH_TECH_ZONE_BASE,
    ],
  },
  {
    name: '华宁防腐',
    regionCode: '421202',
    sectors: ['NEW_MATERIALS'],
    products: [],
    capabilities: [],
    qualifications: [],
    summary:
      '文件在高新区示范基地一段将其与海威、华锐、波利玛并列为重点培育的企业，以推进湖北省军民融合复合材料产业联盟发展；未说明其产品。',
    sources: [HIGH_TECH_ZONE_CULTIVATE, HIGH_TECH_ZONE_BASE],
  },
  {
    name: '武汉蒲瑞科新材料有限公司',
    regionCode: '421200',
    sectors: ['NEW_MATERIALS'],
    products: ['高性能环保复合材料产品'],
    capabilities: ['高性能环保复合材料产品产业化'],
    qualifications: [],
    summary:
      '专栏2将其列为国防科技工业领域重点单位之首；该栏重点项目按同一顺序首项为“高性能环保复合材料产品产业化项目”。文件别处未再提及。',
    sources: [TABLE2_UNITS, '高性能环保复合材料产品产业化项目、同发二期建设项目'],
  },
  {
    name: '北京欧朗机械有限公司咸安分公司',
    regionCode: '421202',
    sectors: ['INTELLIGENT_EQUIPMENT', 'ORDNANCE'],
    products: ['武器型号机械零部件'],
    capabilities: ['武器型号机械零部件生产加工', '数字化车间、智能化工厂建设'],
    qualifications: [],
    summary:
      '专栏2将其列为国防科技工业领域重点单位，该栏重点项目按同一顺序对应“武器型号机械零部件生产加工”；文件又以“欧朗机械”将其列为智能装备产业集聚区重点企业，推进数字化车间、智能化工厂建设。',
    sources: [
      '湖北金力液压件有限公司、北京欧朗机械有限公司咸安分公司',
      '液压减震器生产线建设项目、武器型号机械零部件生产加工',
      CLUSTER_EQUIPMENT,
      DIGITAL_WORKSHOPS,
    ],
  },
  {
    name: '中船集团应急预警与救援装备股份有限公司',
    regionCode: '421281',
    sectors: ['EMERGENCY', 'INTELLIGENT_EQUIPMENT'],
    products: ['应急舟桥', '应急机械化桥', '应急铁路站台', '应急码头', '应急钢制桁架桥', '铁路应急抢修钢梁'],
    capabilities: [
      '应急交通工程装备制造',
      '应急装备物资及服务',
      '赤壁市应急救援物资与装备储备库建设（主导企业）',
      '中船应急装备工业园',
      '数字化车间、智能化工厂建设',
    ],
    qualifications: [],
    summary:
      '文件称其（中船应急、中船重工应急预警与救援装备）有应急交通工程装备制造优势，着重发展应急舟桥、应急机械化桥、应急铁路站台等军事装备和应急码头、应急钢制桁架桥、铁路应急抢修钢梁等军民两用装备；以其为主导企业推动赤壁市应急救援物资与装备储备库建设。',
    sources: [
      '中船集团应急预警与救援装备股份有限公司',
      '依托中船应急交通工程装备制造优势,着重发展应急舟桥、应急机械化桥、应急铁路站台等军事装备',
      '应急码头、应急钢制桁架桥、铁路应急抢修钢梁等军民两用装备',
      '以中船应急为主导企业,由赤壁市应急管理局牵头,联合推动赤壁市应急救援物资与装备储备库的建设',
      '依托赤壁国家应急产业示范基地以及中船应急等专业化的应急装备物资及服务企业',
      '中船应急装备工业园',
      CLUSTER_EQUIPMENT,
      LEADING_FIRMS,
      DIGITAL_WORKSHOPS,
    ],
  },
  {
    name: '中科军融',
    regionCode: '421200',
    sectors: ['EMERGENCY'],
    products: [
      '高层消防供水设备',
      '履带式消防车辆',
      '消防炮',
      '泡沫炮',
      '干粉炮',
      '固定炮',
      '移动炮',
      '远控炮',
      '消火栓箱',
      '水陆两用灭火设备',
    ],
    capabilities: ['消防装备制造', '履带式消防车辆相关技术', '水面灭火技术和设备', '应急救援装备产业链配套'],
    qualifications: [],
    summary:
      '文件称其有消防装备制造优势，重点发展高层消防供水设备、履带式消防车辆相关技术和产品、各种消防炮、消火栓箱、水面灭火及水陆两用灭火设备；并列为补充强化应急救援装备产业链的配套企业。',
    sources: [
      '发挥中科军融消防装备制造优势,重点发展高层消防供水设备、履带式消防车辆相关技术和产品',
      '泡沫炮、干粉炮、固定炮、移动炮、远控炮等各种消防炮、各种消火栓箱、水面灭火技术和设备、水陆两用灭火设备等',
      EMERGENCY_SUPPLY_CHAIN,
    ],
  },
  ...(['鄂南起重', '九达', '三和', '卫汉', '汉都精密', '金牌电工', '银轮'] as const).map(
    (name): ActionPlanFirm => ({
      name,
      regionCode: '421200',
      sectors: ['EMERGENCY'],
      products: [],
      capabilities: ['应急救援装备产业链配套'],
      qualifications: [],
      summary:
        '文件将其列为持续推动配套企业发展、补充强化应急救援装备产业链的主要企业之一（该处配套方向包括起重机械、机械零部件、应急桥梁、涂装、精密机械制造、特种电缆、交通装备、消防装备等）；未单独说明其产品。',
      sources: [
        '瞄准起重机械配套、机械零部件配套、应急桥梁配套、涂装配套、精密机械制造配套、特种电缆配套、交通装备配套、消防装备配套等',
        EMERGENCY_SUPPLY_CHAIN,
      ],
    }),
  ),
  {
    name: '铭程精密',
    regionCode: '421200',
    sectors: ['INTELLIGENT_EQUIPMENT'],
    products: [],
    capabilities: ['数字化车间、智能化工厂建设'],
    qualifications: [],
    summary:
      '文件将其列为船海与航空装备、机电装备、应急交通装备等智能装备产业集聚区的重点企业，并依托其等公司推进数字化车间、智能化工厂建设；未说明其产品。',
    sources: [CLUSTER_EQUIPMENT, DIGITAL_WORKSHOPS],
  },
  ...(['三六重工', '华博阳光', '智创新'] as const).map((name): ActionPlanFirm => ({
    name,
    regionCode: '421200',
    sectors: ['INTELLIGENT_EQUIPMENT'],
    products: [],
    capabilities: ['数字化车间、智能化工厂建设'],
    qualifications: [],
    summary:
      '文件在人工智能技术应用于智能装备产业一段，将其列为推进建设数字化车间、智能化工厂的公司之一；未说明其产品。',
    sources: [DIGITAL_WORKSHOPS],
  })),
  {
    name: '厚福医疗',
    regionCode: '421200',
    sectors: ['BIOMEDICINE'],
    products: [],
    capabilities: ['生命健康产业', '生物医药', '医疗卫材'],
    qualifications: [],
    summary:
      '文件将其列为军民融合产业示范基地引领生命健康产业的企业、生物医药与医疗卫材产业集聚区主导企业和医疗卫材重点企业（生物医药一段写作“厚福医药”，此处按同一企业合并），依托其等企业谋划建设应急医用物资生产基地；未说明其产品。',
    sources: [DEMO_BASE_HEALTH, CLUSTER_BIO, BIOPHARMA_LEADERS, MILITARY_DRUGS, MEDICAL_SUPPLIES],
  },
  ...(['金士达医疗', '爱科医疗'] as const).map((name): ActionPlanFirm => ({
    name,
    regionCode: '421200',
    sectors: ['BIOMEDICINE'],
    products: [],
    capabilities: ['生命健康产业', '医疗卫材'],
    qualifications: [],
    summary:
      '文件将其列为军民融合产业示范基地引领生命健康产业的企业、生物医药与医疗卫材产业集聚区主导企业和医疗卫材重点企业，依托其等企业谋划建设应急医用物资生产基地；未说明其产品。',
    sources: [DEMO_BASE_HEALTH, CLUSTER_BIO, MEDICAL_SUPPLIES],
  })),
  ...(['稳健医疗', '中健医疗'] as const).map((name): ActionPlanFirm => ({
    name,
    regionCode: '421200',
    sectors: ['BIOMEDICINE'],
    products: [],
    capabilities: ['医疗卫材'],
    qualifications: [],
    summary:
      '文件将其列为生物医药、中医药及医疗卫材产业集聚区的主导企业和医疗卫材重点企业，依托其等企业谋划建设应急医用物资生产基地；未说明其产品。',
    sources: [CLUSTER_BIO, MEDICAL_SUPPLIES],
  })),
  {
    name: '恒大养生谷',
    regionCode: '421200',
    sectors: ['BIOMEDICINE'],
    products: [],
    capabilities: ['医疗卫材'],
    qualifications: [],
    summary: '文件将其列为医疗卫材重点企业之一，依托其等企业谋划建设应急医用物资生产基地；未说明其产品。',
    sources: [MEDICAL_SUPPLIES],
  },
  {
    name: '福人金身药业',
    regionCode: '421200',
    sectors: ['BIOMEDICINE'],
    products: [],
    capabilities: ['生物医药'],
    qualifications: [],
    summary:
      '文件将其列为生物医药产业集聚区主导企业，并在对接军用药品需求一段列为主导企业，争取列入军用药品保供企业名录；未说明其产品。',
    sources: [CLUSTER_BIO, BIOPHARMA_LEADERS, MILITARY_DRUGS],
  },
  ...(['真奥金银花', '健翔生物', '科莱维', '华仕欣防护用品'] as const).map((name): ActionPlanFirm => ({
    name,
    regionCode: '421200',
    sectors: ['BIOMEDICINE'],
    products: [],
    capabilities: ['生物医药'],
    qualifications: [],
    summary:
      '文件在积极对接军用药品需求、发展生物医药产业一段将其列为主导企业之一，争取列入军用药品保供企业名录；未说明其产品。',
    sources: [BIOPHARMA_LEADERS, MILITARY_DRUGS],
  })),
  {
    name: '湖北古苇清生物科技股份有限公司',
    regionCode: '421200',
    sectors: ['BIOMEDICINE'],
    products: ['古苇清(润茶)'],
    capabilities: ['中医药产业链', '军用饮品'],
    qualifications: [],
    summary:
      '文件以其“古苇清(润茶)”系列产品为切入点，围绕军用药品、药剂、饮品、保健品需求完善中医药产业链；专栏7将其列为生物领域重点单位（对应重点项目“中医药产业链”），也列为生物医药产业集聚区主导企业。',
    sources: [
      '以湖北古苇清生物科技股份有限公司“古苇清(润茶)”系列产品为切入点',
      '围绕军用药品、药剂、饮品、保健品等方面的需求,完善、优化中医药产业链',
      '突出军用饮品优势、大力发展中医药产业',
      '易立科技通山有限公司、湖北古苇清生物科技股份有限公司',
      CLUSTER_BIO,
    ],
  },
  {
    name: '易立科技通山有限公司',
    regionCode: '421224',
    sectors: ['BIOMEDICINE', 'EMERGENCY'],
    products: ['高透气度轻型医疗防护专用纸'],
    capabilities: ['年产40万吨高透气度轻型医疗防护专用纸项目', '粮油副食、冷链食品和应急物资战略储备'],
    qualifications: [],
    summary:
      '专栏7将其列为生物领域重点单位，重点项目为易立科技年产40万吨高透气度轻型医疗防护专用纸项目；文件又以“易立科技通山”将其列为建设粮油副食、冷链食品和应急物资战略储备基地的重点单位。',
    sources: [
      '易立科技通山有限公司、湖北古苇清生物科技股份有限公司',
      '易立科技年产40万吨高透气度轻型医疗防护专用纸项目',
      STRATEGIC_RESERVE,
      RESERVE_BASES,
      '以七七五处、嘉鱼冷链物流、易立科技通山等为重点单位',
    ],
  },
  {
    name: '湖北嘉安控股集团嘉鱼冷链物流有限公司',
    regionCode: '421221',
    sectors: ['LOGISTICS'],
    products: ['副食品'],
    capabilities: [
      '冷链物流',
      '副食品供应链',
      '嘉安15万吨冷库农产品集散中心项目',
      '粮油副食、冷链食品和应急物资战略储备',
    ],
    qualifications: [],
    summary:
      '专栏5将其列为军事后勤领域重点单位，重点项目为嘉安15万吨冷库农产品集散中心；文件又以“嘉安控股”“嘉鱼冷链物流”将其列为副食品供应链和战略储备基地建设的重点单位。',
    sources: [
      '湖北嘉安控股集团嘉鱼冷链物流有限公司',
      '嘉安15万吨冷库农产品集散中心项目',
      FOOD_SUPPLY_CHAIN,
      STRATEGIC_RESERVE,
      RESERVE_BASES,
      '以七七五处、嘉鱼冷链物流、易立科技通山等为重点单位',
    ],
  },
  {
    name: '富德蔬菜',
    regionCode: '421200',
    sectors: ['LOGISTICS'],
    products: ['副食品'],
    capabilities: ['副食品供应链'],
    qualifications: [],
    summary: '文件提出健全完善富德蔬菜等副食品供应链，助推副食品供应商进入驻鄂部队副食品筹措名录。',
    sources: [FOOD_SUPPLY_CHAIN],
  },
  {
    name: '通城县新三汇绿色农产品专业合作社',
    regionCode: '421222',
    sectors: ['LOGISTICS'],
    products: [],
    capabilities: ['农副产品冷链物流'],
    qualifications: [],
    summary: '专栏5将其列为军事后勤领域重点单位，相关重点项目为通城县新三汇农副产品冷链物流建设项目。',
    sources: ['通城县新三汇绿色农产品专业合作社', '通城县新三汇农副产品冷链物流建设项目'],
  },
  {
    name: '平安电工',
    regionCode: '421200',
    sectors: ['NEW_MATERIALS', 'ELECTRONICS', 'NEW_ENERGY'],
    products: [],
    capabilities: ['新材料', '光电子信息', '新能源汽车制件、配件研发与技改'],
    qualifications: [],
    summary:
      '文件将其列为新材料产业集聚区和光电子信息产业的龙头企业，并在新能源汽车制件、配件方面促进其研发与技改投入；未说明其产品。',
    sources: [CLUSTER_NEW_MATERIALS, ELECTRONICS_LEADERS, AUTO_PARTS_FIRMS],
  },
  {
    name: '瀛通电子',
    regionCode: '421200',
    sectors: ['ELECTRONICS'],
    products: [],
    capabilities: ['光电子信息'],
    qualifications: [],
    summary: '文件将其列为推动光电子信息产业集群发展的龙头企业之一；未说明其产品。',
    sources: [ELECTRONICS_LEADERS],
  },
  {
    name: '湖北三赢兴电子科技有限公司',
    regionCode: '421200',
    sectors: ['ELECTRONICS'],
    products: ['光电摄像模组'],
    capabilities: ['光电摄像模组数字化智能生产', '光电子信息'],
    qualifications: [],
    summary:
      '文件以“三赢兴电子”将其列为光电子信息产业龙头企业；专栏6将其列为信息技术产业重点单位，该栏重点项目按同一顺序对应“光电摄像模组数字化智能生产建设项目”。',
    sources: [ELECTRONICS_LEADERS, TABLE6_UNITS, TABLE6_PROJECTS],
  },
  ...(['维达力电子', '光宝科技'] as const).map((name): ActionPlanFirm => ({
    name,
    regionCode: '421200',
    sectors: ['ELECTRONICS'],
    products: [],
    capabilities: ['光电子信息'],
    qualifications: [],
    summary: '文件将其列为推动光电子信息产业集群发展的重点企业之一；未说明其产品。',
    sources: [ELECTRONICS_LEADERS],
  })),
  {
    name: '湖北瀛新精密电子有限公司',
    regionCode: '421200',
    sectors: ['ELECTRONICS'],
    products: ['智能无线电声产品'],
    capabilities: ['智能无线电声产品技改升级'],
    qualifications: [],
    summary:
      '专栏6将其列为信息技术产业重点单位之首；该栏重点项目按同一顺序首项为“智能无线电声产品技改升级项目”。',
    sources: [TABLE6_UNITS, TABLE6_PROJECTS],
  },
  {
    name: '蓝炬兴业(赤壁)科技有限公司',
    regionCode: '421281',
    sectors: ['ELECTRONICS'],
    products: ['特种计算机'],
    capabilities: [],
    qualifications: [],
    summary: '专栏6将其列为信息技术产业重点单位；该栏重点项目按同一顺序对应“特种计算机项目”。',
    sources: [TABLE6_UNITS, TABLE6_PROJECTS],
  },
  {
    name: '通城县同力玻纤有限公司',
    regionCode: '421222',
    sectors: ['NEW_MATERIALS', 'ELECTRONICS'],
    products: ['5G/6G用电子级超薄/细无碱玻纤布/纱'],
    capabilities: [],
    qualifications: [],
    summary:
      '专栏6将其列为信息技术产业重点单位；该栏重点项目按同一顺序对应“5G/6G用电子级超薄/细无碱玻纤布/纱项目”。',
    sources: [TABLE6_UNITS, TABLE6_PROJECTS],
  },
  ...(['合家新能源', '喜马拉雅氢燃料电池'] as const).map((name): ActionPlanFirm => ({
    name,
    regionCode: '421200',
    sectors: ['NEW_ENERGY'],
    products: [],
    capabilities: ['新能源汽车电池、电机及电控系统等关键零部件研发'],
    qualifications: [],
    summary:
      '文件称其为新能源汽车企业，依托其等企业加强新能源汽车电池、电机及电控系统等关键零部件研发；未说明其产品。',
    sources: [NEV_FIRMS],
  })),
  ...(['三环方向机', '三胜机械', '北辰传动', '敏实汽车零部件'] as const).map((name): ActionPlanFirm => ({
    name,
    regionCode: '421200',
    sectors: ['NEW_ENERGY', 'OTHER'],
    products: [],
    capabilities: ['新能源汽车制件、配件研发与技改'],
    qualifications: [],
    summary:
      '文件围绕新能源汽车制件、配件，提出促进其等企业的研发与技改投入，支持咸宁汽车配套产业进入新能源汽车领域；未说明其产品。',
    sources: [AUTO_PARTS_FIRMS, '支持咸宁汽车配套产业进入新能源汽车领域'],
  })),
  ...(['咸宁威海', '南玻光电'] as const).map((name): ActionPlanFirm => ({
    name,
    regionCode: '421200',
    sectors: ['AI'],
    products: [],
    capabilities: ['人工智能技术军民协同创新'],
    qualifications: [],
    summary:
      '文件以智能装备和智能机电为重点产业，将其列为稳步推进人工智能技术军民协同创新的示范企业之一；未说明其产品。',
    sources: ['以人工智能领域军事需求为导向,以智能装备和智能机电为重点产业', AI_DEMO_FIRMS],
  })),
  {
    name: '咸宁市城发集团',
    regionCode: '421200',
    sectors: ['OTHER'],
    products: [],
    capabilities: [],
    qualifications: [],
    summary: '专栏1将其与市发改委、市交通运输局并列为基础设施领域建设重点单位；未说明其业务。',
    sources: ['咸宁市发展和改革委员会、咸宁市交通运输局、咸宁市城发集团'],
  },
];
