// The platform is Chinese-first; English exists for foreign partners and reviewers. Keeping the list
// closed lets every message table be checked for completeness by the compiler.
export const LOCALES = ['zh-CN', 'en'] as const;

export type Locale = (typeof LOCALES)[number];
