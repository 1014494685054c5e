// How a person is open to work with an organisation (the plan's 兼职, 顾问, 全职, 项目合作). Stored and sent
// over the wire, so a code is never renamed.
export const TALENT_AVAILABILITIES = ['PART_TIME', 'ADVISORY', 'FULL_TIME', 'PROJECT'] as const;
export type TalentAvailability = (typeof TALENT_AVAILABILITIES)[number];

export const TALENT_AVAILABILITY_NAMES: Readonly<Record<TalentAvailability, { zh: string; en: string }>> = {
  PART_TIME: { zh: '兼职', en: 'Part-time' },
  ADVISORY: { zh: '顾问', en: 'Advisory' },
  FULL_TIME: { zh: '全职', en: 'Full-time' },
  PROJECT: { zh: '项目合作', en: 'Project collaboration' },
};
