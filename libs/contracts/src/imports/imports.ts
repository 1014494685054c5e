import { z } from 'zod';

export const ImportProblemSchema = z.object({
  line: z.number().int(),
  field: z.string(),
  code: z.string(),
  message: z.string(),
  messageZh: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

/** What a dry run (the default) answers: every bad row, and nothing written. */
export const ImportReportSchema = z.object({
  dryRun: z.boolean(),
  format: z.enum(['CSV', 'JSON']),
  total: z.number().int(),
  valid: z.number().int(),
  problems: z.array(ImportProblemSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const ImportStatusSchema = z.enum(['QUEUED', 'RUNNING', 'DONE', 'FAILED']);

/** A real run: imported row by row by a background job; poll it for progress. */
export const ImportRunSchema = z.object({
  id: z.uuid(),
  status: ImportStatusSchema,
  total: z.number().int(),
  processed: z.number().int(),
  created: z.number().int(),
  skipped: z.array(ImportProblemSchema),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportRun = z.infer<typeof ImportRunSchema>;

export const ImportQuerySchema = z.object({ dryRun: z.enum(['true', 'false']).default('true') });

/** The columns of the CSV template, Chinese header first; English headers are accepted too. */
export const ENTERPRISE_IMPORT_COLUMNS = [
  { key: 'name', zh: '机构名称', en: 'name' },
  { key: 'creditCode', zh: '统一社会信用代码', en: 'creditCode' },
  { key: 'region', zh: '所在地区', en: 'region' },
  { key: 'sectors', zh: '领域', en: 'sectors' },
  { key: 'summary', zh: '简介', en: 'summary' },
  { key: 'products', zh: '产品', en: 'products' },
  { key: 'capabilities', zh: '能力', en: 'capabilities' },
  { key: 'equipment', zh: '主要设备', en: 'equipment' },
  { key: 'employees', zh: '员工人数', en: 'employees' },
] as const;
