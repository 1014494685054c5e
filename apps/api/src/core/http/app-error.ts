import type { ProblemField } from '@mcf/contracts';

/** A failure the client can act on. Each feature defines its codes; the global filter renders them. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: { en: string; zh: string },
    readonly options: {
      detail?: string;
      errors?: ProblemField[];
      headers?: Record<string, string>;
      /** Extension member of CREDIT_CODE_TAKEN: the organisation may be claimed instead. */
      claimable?: boolean;
    } = {},
  ) {
    super(title.en);
    this.name = 'AppError';
  }
}

export class ValidationFailedError extends AppError {
  constructor(errors: ProblemField[], status = 400) {
    super(status, 'VALIDATION_FAILED', { en: 'The request is not valid', zh: '请求内容不合法' }, { errors });
  }
}
