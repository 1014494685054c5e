/**
 * The demands of the burst: each names one catalogue product in its title and description, in the
 * words of a procurement notice (采购/询价公告: quantity, delivery date and place, the certificates asked
 * for), and requires certificates of the types the synthetic firms hold.
 */
import { qualificationTypeByCode, type QualificationTypeCode, type SectorCode } from '@mcf/domain';
import type { DemandSpec } from '../../support/marketplace.js';
import type { CatalogueProduct } from './catalogue.js';
import type { Dice } from './synthetic-firms.js';

export interface BurstDemand {
  spec: DemandSpec & { quantity: string; deliveryPlace: string };
  product: CatalogueProduct;
  requiredQualifications: { type: QualificationTypeCode; minLevel: number | null }[];
}

const PROCURERS = ['某部装备采购站', '某研究所物资部', '某总体单位采购中心', '某军工集团物资公司', '某部后勤保障处'];
const PLACES = ['湖北省咸宁市咸安区', '湖北省武汉市', '四川省成都市', '陕西省西安市', '北京市海淀区', '辽宁省大连市', '江苏省南京市'];
const UNITS = ['台', '套', '件', '批', '个'];

function requirementsFor(dice: Dice, sector: SectorCode): { type: QualificationTypeCode; minLevel: number | null }[] {
  const pool: QualificationTypeCode[] = ['GJB9001C', 'ISO9001', 'SECRECY', 'EQUIPMENT_SUPPLIER', 'HIGH_TECH'];
  if (sector === 'ORDNANCE') pool.push('WEAPONS_PERMIT');
  if (sector === 'BIOMEDICINE') pool.push('MEDICAL_DEVICE', 'MEDICAL_DEVICE');
  if (sector === 'LOGISTICS') pool.push('FOOD_SAFETY', 'FOOD_SAFETY');
  const count = dice.weighted([
    { n: 0, weight: 25 },
    { n: 1, weight: 45 },
    { n: 2, weight: 25 },
    { n: 3, weight: 5 },
  ]).n;
  return [...new Set(dice.sample(pool, count))].map((type) => ({
    type,
    minLevel: type === 'SECRECY' ? dice.pick([2, 3, 3]) : null,
  }));
}

function certificateSentence(required: { type: QualificationTypeCode; minLevel: number | null }[]): string {
  if (required.length === 0) return '具有独立法人资格，具有履行合同所必需的设备和专业技术能力';
  const names = required.map((q) =>
    q.type === 'SECRECY' ? `${['', '一', '二', '三'][q.minLevel ?? 3]}级及以上${qualificationTypeByCode(q.type).nameZh}` : qualificationTypeByCode(q.type).nameZh,
  );
  return `具有独立法人资格，须具备${names.join('、')}，相关证书须在有效期内（至少覆盖本项目报价截止日）`;
}

/** `count` demands over distinct products, spread evenly over the sectors. */
export function burstDemands(dice: Dice, products: CatalogueProduct[], count: number, deadline: string): BurstDemand[] {
  const sectors = [...new Set(products.map((p) => p.sector))];
  const remaining = new Map(sectors.map((s) => [s, products.filter((p) => p.sector === s)]));
  const demands: BurstDemand[] = [];
  for (let i = 0; demands.length < count; i += 1) {
    const left = remaining.get(sectors[i % sectors.length]!)!;
    if (left.length === 0) continue;
    const product = left.splice(Math.floor(dice.next() * left.length), 1)[0]!;
    const required = requirementsFor(dice, product.sector);
    const quantity = `${dice.int(1, 200)}${dice.pick(UNITS)}`;
    const place = dice.pick(PLACES);
    const procurer = dice.pick(PROCURERS);
    const delivery = new Date(Date.parse(deadline) + dice.int(30, 120) * 86_400_000).toISOString().slice(0, 10);
    const kind = dice.pick(['采购公告', '询价公告', '采购需求公告', '竞争性谈判公告']);
    const title = `${procurer}${product.name}${kind}`;
    const description = [
      `${procurer}因科研生产任务需要，拟采购${product.name}${quantity}，现邀请符合条件的供应商参与${kind.replace('公告', '')}。`,
      `一、采购内容：${product.name}，数量${quantity}，技术指标须满足国家军用标准及技术协议要求，提供出厂检验报告和合格证明文件。`,
      `二、交货时间及地点：${delivery}前交付至${place}，供应商负责运输、安装调试和培训。`,
      `三、供应商资格要求：${certificateSentence(required)}；近三年内无重大违法记录。`,
      `四、报价截止时间：${deadline}。有意向的供应商请通过平台提交响应文件，并注明产品规格型号、报价和交货期。`,
      '五、本公告仅含非密信息，详细技术要求在确认意向后另行提供。',
    ].join('\n');
    demands.push({
      product,
      requiredQualifications: required,
      spec: {
        title,
        description,
        sectors: [product.sector],
        requiredQualifications: required,
        deadline,
        quantity,
        deliveryPlace: place,
      },
    });
  }
  return demands;
}
