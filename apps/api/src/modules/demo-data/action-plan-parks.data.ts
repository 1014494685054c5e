import type { DemonstrationLevel, ParkKind, SectorCode } from '@mcf/domain';

/**
 * The bases, zones, points, parks and innovation platforms of Xianning's action plan
 * (shared/context/xianning-mcf-action-plan-2021-2025.txt): its layout “两基地、三区、多点” first, then the parks
 * and platforms it names. Described only from the document; loaded as demo data (is_demo).
 *
 * Reading conventions:
 * - Names are the document's own words. The three zones are named by the sector of “三区:重点打造新材料、
 *   智能装备、生物医药三个产业集聚区” and 产业集聚区.
 * - Regions: the districts the document names for the place; '421200' (the city) where it names none;
 *   '420000' (Hubei) for a Wuhan institute, the catalogue having no Wuhan code.
 * - The document gives no year of recognition and no 军民融合示范基地 level for any of them:
 *   `recognizedYear` and `mcfDemonstrationLevel` are null throughout, so no demo entry counts towards a target.
 * - `firms`: demo firms (ACTION_PLAN_FIRMS names) that the document places in the base by “依托…等企业”;
 *   such a firm names this base as its park.
 */
export interface ActionPlanPark {
  name: string;
  kind: ParkKind;
  regionCodes: string[];
  sectors: SectorCode[];
  description: string;
  designation: string | null;
  mcfDemonstrationLevel: DemonstrationLevel | null;
  recognizedYear: number | null;
  /** Verbatim passages of the document. */
  sources: string[];
  firms: string[];
}

export const THREE_ZONES = '三区:重点打造新材料、智能装备、生物医药三个产业集聚区';
const ALL_COUNTIES = ['421202', '421221', '421222', '421223', '421224', '421281'];

export const ACTION_PLAN_PARKS: readonly ActionPlanPark[] = [
  {
    name: '高新区军民融合产业示范基地',
    kind: 'BASE',
    regionCodes: ['421202'],
    sectors: ['NEW_MATERIALS', 'MARINE', 'AEROSPACE', 'INTELLIGENT_EQUIPMENT', 'BIOMEDICINE'],
    description:
      '“两基地”之一：做强做优军民融合产业示范基地。依托海威、波利玛等企业重点发展航空、海洋领域新材料产业；依托金力液压、同发机电、华锐机电等企业推进智能装备产业融合发展；依托厚福医疗、金士达医疗、爱科医疗等企业引领生命健康产业发展。',
    designation: '军民融合产业示范基地',
    mcfDemonstrationLevel: null,
    recognizedYear: null,
    sources: [
      '两基地:一是做强做优军民融合产业示范基地',
      '即依托海威和波利玛等企业,支持湖北省军民融合复合材料产业联盟发展,重点发展航空、海洋领域新材料产业',
      '依托金力液压、同发机电、华锐机电等企业,推进智能装备产业融合发展',
      '依托厚福医疗、金士达医疗、爱科医疗等企业,引领生命健康产业发展',
      '依托高新区军民融合产业示范基地,立足咸宁高新区现有产业基础和生态资源优势',
    ],
    firms: ['咸宁海威复合材料有限公司', '波利玛', '湖北金力液压件有限公司', '湖北同发机电有限公司', '咸宁市华锐机电有限公司', '厚福医疗', '金士达医疗', '爱科医疗'],
  },
  {
    name: '赤壁国家应急产业示范基地',
    kind: 'BASE',
    regionCodes: ['421281'],
    sectors: ['EMERGENCY'],
    description: '“两基地”之二：聚焦应急装备制造、应急服务、应急技术创新、应急文旅，重点打造“三园一城”，推动应急产业融合发展。',
    designation: '国家应急产业示范基地',
    mcfDemonstrationLevel: null,
    recognizedYear: null,
    sources: ['二是依托赤壁国家应急产业示范基地,聚焦应急装备制造、应急服务、应急技术创新、应急文旅,重点打造“三园一城”,推动应急产业融合发展'],
    firms: [],
  },
  {
    name: '新材料产业集聚区',
    kind: 'ZONE',
    regionCodes: ['421202', '421224', '421222'],
    sectors: ['NEW_MATERIALS'],
    description: '“三区”之一：依托海威、波利玛、平安电工等龙头企业，在高新区、通山县、通城县形成特色明显的区域性新材料产业集聚区。',
    designation: null,
    mcfDemonstrationLevel: null,
    recognizedYear: null,
    sources: [THREE_ZONES, '依托海威、波利玛、平安电工等龙头企业,在高新区、通山县、通城县形成特色明显的区域性新材料产业集聚区'],
    firms: [],
  },
  {
    name: '智能装备产业集聚区',
    kind: 'ZONE',
    regionCodes: ['421200'],
    sectors: ['INTELLIGENT_EQUIPMENT', 'MARINE', 'AEROSPACE', 'EMERGENCY'],
    description:
      '“三区”之一：依托海威、中船应急、同发机电、金力液压、铭程精密、欧朗机械等重点企业以及赤壁国家应急产业示范基地、香城智能机电产业技术研究院等重要平台，建设船海与航空装备、机电装备、应急交通装备等智能装备产业集聚区。',
    designation: null,
    mcfDemonstrationLevel: null,
    recognizedYear: null,
    sources: [THREE_ZONES, '着力建设船海与航空装备、机电装备、应急交通装备等智能装备产业集聚区'],
    firms: [],
  },
  {
    name: '生物医药产业集聚区',
    kind: 'ZONE',
    regionCodes: ['421202', '421222', '421223'],
    sectors: ['BIOMEDICINE'],
    description: '“三区”之一：依托高新区、咸安、通城、崇阳等生物产业基地，打造生物医药、中医药以及医疗卫材等产业融合发展集聚区。',
    designation: null,
    mcfDemonstrationLevel: null,
    recognizedYear: null,
    sources: [THREE_ZONES, '依托高新区、咸安、通城、崇阳等生物产业基地,打造生物医药、中医药以及医疗卫材等产业融合发展集聚区'],
    firms: [],
  },
  {
    name: '副食品集中筹措咸宁分中心',
    kind: 'POINT',
    regionCodes: ALL_COUNTIES,
    sectors: ['LOGISTICS'],
    description: '“多点”：面向咸宁“一区一市四县”全域，“多点发力”推进绿色蔬菜、粮油副食、冷链食品等生产、加工、储备、投送一体化发展，加快建设副食品集中筹措咸宁分中心。',
    designation: null,
    mcfDemonstrationLevel: null,
    recognizedYear: null,
    sources: ['多点:面向咸宁“一区一市四县”全域范围', '推进绿色蔬菜、粮油副食、冷链食品等生产、加工、储备、投送一体化发展,加快建设副食品集中筹措咸宁分中心'],
    firms: [],
  },
  {
    name: '咸宁粮油副食、冷链食品和应急物资战略储备基地',
    kind: 'POINT',
    regionCodes: ['421200'],
    sectors: ['LOGISTICS', 'EMERGENCY'],
    description: '依托七七五处、嘉鱼冷链物流、易立科技通山等重点单位，重点建设的粮油副食、冷链食品和应急物资战略储备基地。',
    designation: null,
    mcfDemonstrationLevel: null,
    recognizedYear: null,
    sources: ['依托七七五处、嘉鱼冷链物流、易立科技通山等重点单位', '重点建设咸宁粮油副食、冷链食品和应急物资战略储备基地'],
    firms: [],
  },
  {
    name: '咸宁高新军民融合产业示范园',
    kind: 'PARK',
    regionCodes: ['421202'],
    sectors: ['NEW_MATERIALS', 'INTELLIGENT_EQUIPMENT'],
    description: '行动方案提出依托该园打造一批军民科技协同创新平台，并建设人才公寓、博士（后）工作室、专家创新驿站。',
    designation: null,
    mcfDemonstrationLevel: null,
    recognizedYear: null,
    sources: ['依托咸宁高新军民融合产业示范园、赤壁经济开发区应急(安全)产业园,打造一批军民科技协同创新平台'],
    firms: [],
  },
  {
    name: '赤壁经济开发区应急(安全)产业园',
    kind: 'PARK',
    regionCodes: ['421281'],
    sectors: ['EMERGENCY'],
    description: '行动方案提出依托该园打造一批军民科技协同创新平台，并建设人才公寓、专家创新驿站等配套设施。',
    designation: null,
    mcfDemonstrationLevel: null,
    recognizedYear: null,
    sources: ['依托咸宁高新军民融合产业示范园、赤壁经济开发区应急(安全)产业园,打造一批军民科技协同创新平台'],
    firms: [],
  },
  {
    name: '中国光谷(咸宁)光电子信息产业园',
    kind: 'PARK',
    regionCodes: ['421200'],
    sectors: ['ELECTRONICS'],
    description: '电子信息产业载体之一，重点引进电子元器件、LED节能照明、大规模集成电路、新型电子材料、现代通信设备、仪器仪表、光电科技等项目。',
    designation: null,
    mcfDemonstrationLevel: null,
    recognizedYear: null,
    sources: ['以中国光谷(咸宁)光电子信息产业园、通城经济开发区和赤壁电子信息产业园为载体,明确园区产业发展重点'],
    firms: [],
  },
  {
    name: '赤壁电子信息产业园',
    kind: 'PARK',
    regionCodes: ['421281'],
    sectors: ['ELECTRONICS'],
    description: '电子信息产业载体之一，推动电子信息产业向园区集聚。',
    designation: null,
    mcfDemonstrationLevel: null,
    recognizedYear: null,
    sources: ['以中国光谷(咸宁)光电子信息产业园、通城经济开发区和赤壁电子信息产业园为载体,明确园区产业发展重点'],
    firms: [],
  },
  {
    name: '咸宁高新区智能制造产业园',
    kind: 'PARK',
    regionCodes: ['421202'],
    sectors: ['INTELLIGENT_EQUIPMENT', 'AI'],
    description: '围绕电子信息、新能源汽车、高端装备制造等人工智能应用场景，打造智能装备产业发展集聚区。',
    designation: null,
    mcfDemonstrationLevel: null,
    recognizedYear: null,
    sources: ['加快咸宁高新区智能制造产业园建设,围绕电子信息、新能源汽车、高端装备制造等人工智能应用场景'],
    firms: [],
  },
  {
    name: '中船应急装备工业园',
    kind: 'PARK',
    regionCodes: ['421200'],
    sectors: ['EMERGENCY'],
    description: '行动方案提出依托该园加强军民企业共同谋划、共同推进科技攻关、科技立项，搭建应急救援装备产业技术研发平台。',
    designation: null,
    mcfDemonstrationLevel: null,
    recognizedYear: null,
    sources: ['依托高新区军民融合产业示范区、中船应急装备工业园、赤壁应急救援装备生产功能区的建设'],
    firms: [],
  },
  {
    name: '海瑞复合材料产业园',
    kind: 'PARK',
    regionCodes: ['421200'],
    sectors: ['NEW_MATERIALS', 'MARINE'],
    description: '行动方案提出扶持该产业园规划建设。',
    designation: null,
    mcfDemonstrationLevel: null,
    recognizedYear: null,
    sources: ['扶持海瑞复合材料产业园规划建设'],
    firms: [],
  },
  {
    name: '香城智能机电产业技术研究院',
    kind: 'PLATFORM',
    regionCodes: ['421200'],
    sectors: ['INTELLIGENT_EQUIPMENT', 'AI'],
    description: '智能装备产业集聚区的重要平台；行动方案提出借鉴其经验，推动企业、军工、高校及科研院所的技术研发合作。',
    designation: null,
    mcfDemonstrationLevel: null,
    recognizedYear: null,
    sources: ['借鉴香城智能机电产业技术研究院的成功经验,推动企业、军工、高校及科研院所的技术研发合作'],
    firms: [],
  },
  {
    name: '武汉市海威船舶与海洋高新技术研究院',
    kind: 'PLATFORM',
    regionCodes: ['420000'],
    sectors: ['MARINE', 'NEW_MATERIALS'],
    description: '以高性能、轻质化为重点方向，推动船舶复合材料新技术的重大突破。',
    designation: null,
    mcfDemonstrationLevel: null,
    recognizedYear: null,
    sources: ['依托武汉市海威船舶与海洋高新技术研究院,以高性能、轻质化为重点方向,推动船舶复合材料新技术的重大突破'],
    firms: [],
  },
  {
    name: '湖北科技学院材料辐射改性技术国家地方联合工程实验室',
    kind: 'PLATFORM',
    regionCodes: ['421200'],
    sectors: ['NEW_MATERIALS'],
    description: '行动方案提出借助该平台强化多主体之间的科技交流机制，实现军民技术供需信息真实有效共享。',
    designation: null,
    mcfDemonstrationLevel: null,
    recognizedYear: null,
    sources: ['借助湖北科技学院材料辐射改性技术国家地方联合工程实验室'],
    firms: [],
  },
  {
    name: '华锐机电军工配套装备研发中心',
    kind: 'PLATFORM',
    regionCodes: ['421200'],
    sectors: ['INTELLIGENT_EQUIPMENT', 'ORDNANCE'],
    description: '行动方案以其为军民两用技术共享优势载体之一。',
    designation: null,
    mcfDemonstrationLevel: null,
    recognizedYear: null,
    sources: ['以华锐机电军工配套装备研发中心、智能机电产业技术研发平台等为军民两用技术共享优势载体'],
    firms: [],
  },
];

/** The park a demo firm names in its profile: the first entry listing it. */
export function demoParkOfFirm(firmName: string): ActionPlanPark | undefined {
  return ACTION_PLAN_PARKS.find((park) => park.firms.includes(firmName));
}
