// 一级 (1) is the highest secrecy qualification, 三级 (3) the lowest: a smaller number is stronger.
export const SECRECY_LEVELS = [1, 2, 3] as const;

export type SecrecyLevel = (typeof SECRECY_LEVELS)[number];
