// Alerts only (title similarity of dismissed items); matching weighs pairs by document frequency instead.
// Character pairs that nearly every firm or demand contains ("…系统", "…设备", "…科技有限公司"). Sharing
// one says little about whether a firm makes what is wanted, so textRelevance counts them at a fifth.
// prettier-ignore
export const UNINFORMATIVE_BIGRAMS: ReadonlySet<string> = new Set([
  '系统', '设备', '技术', '服务', '产品', '有限', '公司', '科技', '装备', '制造', '生产', '加工', '研制', '研发',
  '开发', '集成', '器材', '工程', '项目', '配套', '专用', '军用', '民用', '部队', '用品', '材料', '发展', '实业',
  '集团', '股份', '销售', '定制', '方案', '相关', '各类', '新型', '智能', '综合', '应用', '湖北', '咸宁',
]);

export const UNINFORMATIVE_BIGRAM_WEIGHT = 0.2;
