import { z } from 'zod';

/** One offending field of a rejected request, named by its JSON path (e.g. `organization.creditCode`). */
export const ProblemFieldSchema = z.object({
  field: z.string(),
  code: z.string(),
  message: z.string(),
  messageZh: z.string().optional(),
});
export type ProblemField = z.infer<typeof ProblemFieldSchema>;

/** RFC 9457 problem details, as every error of the API is answered. */
export const ProblemDetailsSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: z.string(),
  requestId: z.string().optional(),
  errors: z.array(ProblemFieldSchema).optional(),
  /** CREDIT_CODE_TAKEN at registration: the organisation may be claimed instead (`POST /api/v1/auth/claims`). */
  claimable: z.boolean().optional(),
});
export type ProblemDetails = z.infer<typeof ProblemDetailsSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
