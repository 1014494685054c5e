import { z } from 'zod';

const NamedCode = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });

export const SectorListSchema = z.object({ items: z.array(NamedCode) });
export type SectorList = z.infer<typeof SectorListSchema>;

export const QualificationTypeListSchema = z.object({
  items: z.array(NamedCode.extend({ hasLevel: z.boolean() })),
});
export type QualificationTypeList = z.infer<typeof QualificationTypeListSchema>;

export const RegionListSchema = z.object({
  xianning: z.array(NamedCode),
  provinces: z.array(NamedCode),
});
export type RegionList = z.infer<typeof RegionListSchema>;

/** `GET /api/v1/reference/credit-codes/{code}`: a valid code, decoded (an invalid one answers 422). */
export const CreditCodeCheckSchema = z.object({
  valid: z.literal(true),
  code: z.string().length(18),
  regionCode: z.string().length(6),
  regionName: z.string().optional(),
});
export type CreditCodeCheck = z.infer<typeof CreditCodeCheckSchema>;
