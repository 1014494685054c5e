/**
 * What a person agrees to when publishing a talent profile (个人信息保护法 art. 13–14: consent given
 * freely, informed and explicit). The version is stored with each profile together with the scopes and
 * the time, so that what was agreed to can always be told; a change of wording gets a new version and
 * asks again at the next save.
 */
export const TALENT_CONSENT_VERSION = '2026-12-06';

/** Each use of the profile the person agrees to, in the words of the consent text. */
export const TALENT_CONSENT_SCOPES = [
  /** The profile's summary (name, 职称, specialties, sectors, availability, region) is shown to verified organisations. */
  'SUMMARY_TO_VERIFIED_ORGANIZATIONS',
  /** The profile is matched against organisations' talent needs, and the person is told of matching needs. */
  'MATCHING_AND_NOTICES',
  /** Verified organisations may write to the person through the platform (never seeing phone or email). */
  'CONTACT_THROUGH_PLATFORM',
] as const;
export type TalentConsentScope = (typeof TALENT_CONSENT_SCOPES)[number];

export const TALENT_CONSENT_TEXT: Readonly<{ zh: readonly string[]; en: readonly string[] }> = {
  zh: [
    '我自愿将本人才档案发布到军民融合人才共享数据库，并同意：',
    '1. 本档案的摘要（姓名、职称、专业特长、所属领域、合作方式、所在地区）仅向通过平台认证的机构展示；',
    '2. 平台将本档案与机构发布的人才需求进行匹配，并在有匹配的需求时通知我；',
    '3. 认证机构只能通过平台站内消息与我联系，平台不会向任何机构提供我的手机号或邮箱。',
    '我可以随时撤回同意：撤回后本档案及相关联系记录将被删除，并从搜索和列表中立即消失。',
  ],
  en: [
    'I publish this talent profile in the shared talent pool of my own free will and agree that:',
    '1. its summary (name, title, specialties, sectors, availability, region) is shown to verified organisations only;',
    "2. the platform matches it against organisations' talent needs and tells me of matching needs;",
    '3. verified organisations can contact me only through the platform; my phone number and email are never shown.',
    'I can withdraw at any time: the profile and its conversations are then deleted and disappear from search and listings at once.',
  ],
};
