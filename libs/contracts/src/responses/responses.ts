import { z } from 'zod';
import { DemandAttachmentViewSchema, DemandStatusSchema } from '../demands/demands.js';
import type { ProblemField } from '../problem/problem-details.js';

/** `POST /api/v1/demands/{id}/invitations`: a procurer invites a firm to its demand. */
export const InvitationCreateSchema = z
  .object({
    enterpriseId: z.uuid(),
    message: z.string().trim().max(1000).default(''),
  })
  .strict();
export type InvitationCreate = z.infer<typeof InvitationCreateSchema>;

export const DemandInvitationViewSchema = z.object({
  demandId: z.uuid(),
  enterprise: z.object({ id: z.uuid(), name: z.string() }),
  message: z.string(),
  invitedAt: z.string(),
  /** The firm's answer, if it has given one. */
  responseStatus: z.string().nullable(),
});
export type DemandInvitationView = z.infer<typeof DemandInvitationViewSchema>;
export const DemandInvitationListSchema = z.object({ items: z.array(DemandInvitationViewSchema) });

export const RESPONSE_KINDS = ['INTEREST', 'DECLINE'] as const;
/**
 * SUBMITTED (interest shown) → SHORTLISTED | REJECTED (reason shown to the firm) → AWARDED | NOT_AWARDED;
 * DECLINED for a DECLINE; WITHDRAWN by the firm until the award. A demand closed or cancelled by its
 * procurer (or an administrator) ends every open response as DEMAND_CLOSED or DEMAND_CANCELLED.
 */
export const RESPONSE_STATUSES = [
  'SUBMITTED',
  'DECLINED',
  'SHORTLISTED',
  'REJECTED',
  'WITHDRAWN',
  'AWARDED',
  'NOT_AWARDED',
  'DEMAND_CLOSED',
  'DEMAND_CANCELLED',
] as const;
export const ResponseStatusSchema = z.enum(RESPONSE_STATUSES);
export type ResponseStatus = z.infer<typeof ResponseStatusSchema>;

/** Responses still waiting for the procurer's decision; every other status is final. */
export const OPEN_RESPONSE_STATUSES = ['SUBMITTED', 'SHORTLISTED'] as const satisfies readonly ResponseStatus[];

/** A response is final once the procurer, the firm or the demand's end has decided it. */
export function isFinalResponseStatus(status: ResponseStatus): boolean {
  return !(OPEN_RESPONSE_STATUSES as readonly ResponseStatus[]).includes(status);
}

/**
 * `GET /api/v1/me/invitations`: the invitations my organisation received, newest first, each with the
 * procurer's message and my live (not withdrawn) answer, if any.
 */
export const MyInvitationViewSchema = z.object({
  demandId: z.uuid(),
  demandTitle: z.string(),
  demandStatus: DemandStatusSchema,
  deadline: z.string().nullable(),
  procurer: z.object({ id: z.uuid(), name: z.string() }),
  message: z.string(),
  invitedAt: z.string(),
  responseStatus: ResponseStatusSchema.nullable(),
});
export type MyInvitationView = z.infer<typeof MyInvitationViewSchema>;
export const MyInvitationListSchema = z.object({ items: z.array(MyInvitationViewSchema) });
export type MyInvitationList = z.infer<typeof MyInvitationListSchema>;

/** Rules across fields of a response, as problem fields. */
export function responseConsistencyProblems(value: {
  kind: string;
  proposal?: string | null;
  reason?: string | null;
}): ProblemField[] {
  const problems: ProblemField[] = [];
  if (value.kind === 'INTEREST' && !value.proposal?.trim()) {
    problems.push({
      field: 'proposal',
      code: 'PROPOSAL_REQUIRED',
      message: 'describe your proposal',
      messageZh: '请填写响应方案',
    });
  }
  if (value.kind === 'DECLINE' && !value.reason?.trim()) {
    problems.push({
      field: 'reason',
      code: 'REASON_REQUIRED',
      message: 'say why you decline',
      messageZh: '请说明不参与的原因',
    });
  }
  return problems;
}

/** `POST /api/v1/demands/{id}/responses` → 201 {id, status}. */
export const ResponseCreateSchema = z
  .object({
    kind: z.enum(RESPONSE_KINDS),
    proposal: z.string().trim().max(5000).nullable().optional(),
    /** Yuan (人民币元). */
    price: z.number().min(0).max(1e12).nullable().optional(),
    deliveryDays: z.number().int().min(1).max(3650).nullable().optional(),
    reason: z.string().trim().max(500).nullable().optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    for (const problem of responseConsistencyProblems(value)) {
      ctx.addIssue({
        code: 'custom',
        path: [problem.field],
        message: problem.message,
        params: { messageZh: problem.messageZh, code: problem.code },
      });
    }
  });
export type ResponseCreate = z.output<typeof ResponseCreateSchema>;

/** `PATCH /api/v1/responses/{id}`: the procurer's decision; a rejection needs a reason, shown to the firm. */
export const ResponseDecisionSchema = z
  .object({
    status: z.enum(['SHORTLISTED', 'REJECTED']),
    reason: z.string().trim().max(500).nullable().optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.status === 'REJECTED' && !value.reason?.trim()) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'a rejection needs a reason, shown to the firm',
        params: { messageZh: '不予入围须填写原因（将告知企业）', code: 'REASON_REQUIRED' },
      });
    }
  });
export type ResponseDecision = z.output<typeof ResponseDecisionSchema>;

/**
 * `POST /api/v1/demands/{id}/award` (409 once awarded); the optional reason is shown to the firms not
 * awarded (a default sentence when none is given).
 */
export const AwardCreateSchema = z
  .object({ responseId: z.uuid(), reason: z.string().trim().max(500).nullable().optional() })
  .strict();
export type AwardCreate = z.infer<typeof AwardCreateSchema>;

/**
 * A file a firm attached to its response (the demand attachment's shape); download at
 * `GET /api/v1/responses/{id}/attachments/{attachmentId}`, for the firm, the demand's procurer and admins.
 */
export const ResponseAttachmentViewSchema = DemandAttachmentViewSchema;
export type ResponseAttachmentView = z.infer<typeof ResponseAttachmentViewSchema>;

/** At most this many files per response. */
export const RESPONSE_ATTACHMENTS_MAX = 5;

export const ResponseViewSchema = z.object({
  id: z.uuid(),
  demandId: z.uuid(),
  demandTitle: z.string(),
  enterprise: z.object({ id: z.uuid(), name: z.string() }),
  kind: z.enum(RESPONSE_KINDS),
  status: ResponseStatusSchema,
  proposal: z.string().nullable(),
  price: z.number().nullable(),
  deliveryDays: z.number().int().nullable(),
  reason: z.string().nullable(),
  /**
   * The procurer's reason for the response's final status, shown to the firm: a rejection, or the
   * demand's award, close or cancellation (a default sentence when the procurer gave none).
   */
  statusReason: z.string().nullable(),
  invited: z.boolean(),
  /** Files the firm attached (PDF, PNG or JPEG). */
  attachments: z.array(ResponseAttachmentViewSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ResponseView = z.infer<typeof ResponseViewSchema>;
export const ResponseListSchema = z.object({ items: z.array(ResponseViewSchema) });
export type ResponseList = z.infer<typeof ResponseListSchema>;

/** `POST /api/v1/responses/{id}/withdraw` {reason?}. */
export const ResponseWithdrawSchema = z
  .object({ reason: z.string().trim().max(500).nullable().optional() })
  .strict();

export const AwardViewSchema = z.object({
  demandId: z.uuid(),
  responseId: z.uuid(),
  enterprise: z.object({ id: z.uuid(), name: z.string() }),
  price: z.number().nullable(),
  awardedAt: z.string(),
});
export type AwardView = z.infer<typeof AwardViewSchema>;
