/**
 * The boxed tables (专栏) of Xianning's military–civilian fusion action plan (2021–2025), which a key
 * project refers to. Titles exactly as the document writes them.
 */
export const ACTION_PLAN_PROGRAMMES = [
  { code: 'ZL1', number: 1, titleZh: '基础设施领域建设重点及布局', titleEn: 'Infrastructure: priorities and layout' },
  { code: 'ZL2', number: 2, titleZh: '国防科技工业领域建设重点及布局', titleEn: 'Defence science, technology and industry' },
  { code: 'ZL3', number: 3, titleZh: '军民科技协同创新生态计划', titleEn: 'Military–civilian innovation ecosystem plan' },
  { code: 'ZL4', number: 4, titleZh: '推进军地人才双向培养计划', titleEn: 'Two-way military–civilian talent plan' },
  { code: 'ZL5', number: 5, titleZh: '军事后勤领域建设重点及布局', titleEn: 'Military logistics' },
  { code: 'ZL6', number: 6, titleZh: '信息技术产业重点及布局', titleEn: 'Information technology industry' },
  { code: 'ZL7', number: 7, titleZh: '生物领域建设重点及布局', titleEn: 'Biotechnology and medicine' },
  { code: 'ZL8', number: 8, titleZh: '应急领域建设重点及布局', titleEn: 'Emergency industry' },
] as const;

export type ActionPlanProgrammeCode = (typeof ACTION_PLAN_PROGRAMMES)[number]['code'];
export const ACTION_PLAN_PROGRAMME_CODES = ACTION_PLAN_PROGRAMMES.map((p) => p.code) as unknown as readonly [
  ActionPlanProgrammeCode,
  ...ActionPlanProgrammeCode[],
];

export function programmeByCode(code: string): (typeof ACTION_PLAN_PROGRAMMES)[number] | undefined {
  return ACTION_PLAN_PROGRAMMES.find((p) => p.code === code);
}
