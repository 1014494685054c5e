// The words extractKeyTerms cuts a demand at. Chinese demands run without spaces ("采购侦察用长航时固定翼
// 无人机系统，需保密资格和国军标质量体系认证"), so procurement verbs, connectives and filler mark the boundaries
// between the phrases that name what is wanted. Single characters are risky (用 in 军用, 等 in 等级): every
// content word that contains one is listed in KEY_TERM_PROTECTED_WORDS, which wins over a shorter stop word.
// prettier-ignore
export const KEY_TERM_STOP_WORDS: readonly string[] = [
  // procurement verbs and nouns
  '采购', '购置', '购买', '招标', '招募', '遴选', '征集', '寻求', '寻找', '选择', '储备', '定制', '定制开发', '研制',
  '供应', '供货', '供应商', '供货商', '厂家', '厂商', '预算', '交付', '到货', '验收', '期限', '年底', '年内', '之前',
  '拟采购', '本项目', '本次采购', '采购项目', '型号', '某型号', '完整',
  // requirement wording
  '需要', '需求', '需', '要求', '必须', '须', '具备', '具有', '拥有', '持有', '取得', '通过', '满足', '符合', '达到',
  '提供', '用于', '适用于', '应用于', '用来', '用', '按', '按照', '依据', '根据', '开展', '进行', '实施', '完成',
  '承担', '负责', '能够', '可以', '作为', '因为',
  '不低于', '不少于', '不小于', '不超过', '不大于', '不高于', '以上', '以下', '以内', '左右', '优先', '合格',
  // connectives and filler
  '的', '和', '与', '及', '及其', '以及', '或', '或者', '并', '并且', '等', '等等', '对', '为', '某', '某部', '某型',
  '相关', '有关', '包括', '包含', '主要', '面向', '针对', '关于', '对于', '其中', '一批', '若干', '单位', '企业', '能力',
  '我部', '本次', '贵单位',
];

// Content words that contain a stop word. Matched longest-first at the same position as the stop words,
// a protected word of equal or greater length keeps its characters together.
// prettier-ignore
export const KEY_TERM_PROTECTED_WORDS: readonly string[] = [
  // 用
  '军用', '民用', '医用', '食用', '专用', '通用', '两用', '家用', '商用', '警用', '农用', '舰用', '船用', '车用', '机用',
  '用品', '用具', '用电', '用水', '用户', '应用', '作用', '使用', '实用', '备用', '可用', '信用', '日用', '万用',
  // 等 / 和 / 与 / 及 / 对 / 并 / 为 / 需 / 供应 / 储备
  '等级', '等保', '等离子', '等效', '等温', '同等', '中等', '高等', '和平', '饱和', '中和', '参与', '及时', '普及', '对讲',
  '对接', '对抗', '对空', '对海', '对地', '对比', '相对', '绝对', '并联', '并网', '并行', '合并', '行为', '军需',
  '按钮', '按键', '完整性', '型号规格', '高新技术企业',
  '供应链', '储备库', '储备粮', '一次性',
];

// A phrase that is nothing but one of these says nothing about the trade and is not a key term.
// prettier-ignore
export const KEY_TERM_GENERIC_WORDS: ReadonlySet<string> = new Set([
  '系统', '设备', '装备', '产品', '服务', '技术', '项目', '材料', '器材', '配件', '物资', '用品', '工具', '配套',
  '方案', '解决方案', '技术支持', '技术服务', '售后', '售后服务', '安装', '调试', '安装调试', '培训', '维保', '质保',
  '加工', '生产', '制造', '研发', '开发', '定制', '部队', '军队', '战备', '使用', '一套', '整套', '全套', '现场',
  '周期', '技术资料', '批量生产', '总成',
]);

// Phrases that describe a certificate. Qualifications are hard constraints checked against vetted
// certificates; as text they would reward a firm for writing "国军标" in its summary.
// prettier-ignore
export const KEY_TERM_QUALIFICATION_WORDING =
  /保密资[格质]|保密认证|国军标|国家军用标准|gjb\s*-?\s*9001|质量体系|管理体系|体系认证|资质|资格|许可证|生产许可|经营许可|科研生产许可|注册证|承制|iso\s*-?\s*\d{4,5}|高新技术企业|证书|^[一二三四1-4]级$/iu;

// "X用Y" is a Y for X (侦察用无人机, 作训服用面料); "用于X" names a use. The use tells a supplier's trade
// less than the thing does: a firm making 消防侦察机器人 shares 侦察 with a reconnaissance-drone demand.
export const KEY_TERM_PURPOSE_MARKERS: {
  readonly before: readonly string[];
  readonly after: readonly string[];
} = {
  before: ['用'],
  after: ['用于', '适用于', '应用于', '用来'],
};

// Who is buying, at the start of a phrase (部队食堂大米, 部队副食品), is not what is bought.
export const KEY_TERM_CONTEXT_PREFIXES: readonly string[] = ['部队', '军队', '战备', '我部'];
