import { type SynonymGroup } from './synonym-group.type.js';

// Each group comes from a real mismatch between how a demand is worded and how a supplier describes
// itself, taken from the action plan (xianning-mcf-action-plan-2021-2025.txt) or the dev data set
// (matching-dev.json). Only true equivalents belong here: a broader term (发电设备 for 发电机组) or a
// false friend (防爆机器人 is explosion-proof, not bomb disposal) would pull in wrong suppliers.
export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  // Plan: 金力液压 "液压减震器"; engineering drawings write 减振器. Same part.
  ['减震器', '减振器'],
  // Plan: 船舶上层建筑 "各类天线罩"; procurers of radar parts say 雷达罩.
  ['天线罩', '雷达罩'],
  // Plan: 同发机电 "军用发电机组"; the military's name for a field generator set is 移动电站.
  ['移动电站', '发电机组'],
  // Dev data: 无人机 firms; regulations and specifications write 无人飞行器 / 无人驾驶航空器.
  ['无人机', '无人飞行器', '无人驾驶航空器'],
  // Plan: 复合材料产业联盟; the trade's shorthand is 复材.
  ['复合材料', '复材'],
  // Plan: 嘉鱼冷链物流, 冷链食品; demands say 冷链 alone.
  ['冷链', '冷链物流'],
  // Plan: 应急桥梁配套, 应急机械化桥; short form 应急桥.
  ['应急桥', '应急桥梁'],
  // Plan: 应急舟桥; 浮桥 is the everyday word for a pontoon bridge.
  ['舟桥', '浮桥'],
  // Plan: 高强芳纶纤维; suppliers list 芳纶.
  ['芳纶', '芳纶纤维'],
  // Plan: 七七五处 and 嘉安15万吨冷库; warehouses also advertise 冷藏库.
  ['冷库', '冷藏库'],
  // Plan: 副食品集中筹措, 粮油副食.
  ['副食品', '副食'],
  // Plan: 保密资质认证; the certificate itself says 保密资格.
  ['保密资格', '保密资质'],
  // Dev data: demands say 国军标; certificates say GJB.
  ['国军标', 'GJB', '国家军用标准'],
  // Dev data: the ir_lens demand asks for 锗镜头, the supplier lists 锗透镜.
  ['锗透镜', '锗镜头'],
  // Dev data: 红外热像仪 demand; suppliers write 红外热成像仪 or 热像仪.
  ['红外热像仪', '红外热成像仪', '热像仪'],
  // Dev data: 排爆机器人; news and police procurement say 拆弹机器人.
  ['排爆机器人', '拆弹机器人'],
  // Dev data: 防刺穿作训鞋 / 防刺穿安全靴; the reverse word order is common too.
  ['防刺穿', '防穿刺'],
  // Dev data: 便携式储能电源; retail calls the same product 户外电源.
  ['便携式储能电源', '便携储能电源', '户外电源'],
  // Dev data: 车载净水装备 / 单兵净水器; plan: 车载水净化装备.
  ['净水装备', '净水设备', '水净化装备'],
  // Dev data: 救灾帐篷; plan: 抗洪抢险救灾. 赈灾 is the older word.
  ['救灾帐篷', '赈灾帐篷'],
  // Dev data: 等级保护测评; everyone says 等保测评.
  ['等级保护测评', '等保测评'],
  // Dev data: 菜籽油 supplier; demands write 菜油.
  ['菜籽油', '菜油'],
  // Plan: 医疗卫材 firms (稳健医疗, 金士达); catalogues write 医用卫生材料.
  ['医疗卫材', '医用卫生材料'],
  // Plan: 同发机电 "超静音型发电机组"; field power demands ask for 低噪声 (低噪音) 移动电站.
  ['低噪声', '低噪音', '静音'],
  // Plan: "远控炮等各种消防炮"; catalogues and demands say 遥控消防炮.
  ['遥控', '远控'],
];
