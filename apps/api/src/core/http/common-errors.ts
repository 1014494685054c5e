import { AppError } from './app-error.js';

/** Errors every feature raises; feature-specific ones live beside their feature. */
export const CommonErrors = {
  unauthenticated: () => new AppError(401, 'UNAUTHENTICATED', { en: 'Sign-in required', zh: '请先登录' }),
  forbidden: () => new AppError(403, 'FORBIDDEN', { en: 'Not allowed', zh: '无权执行此操作' }),
  /** Also what another organisation's private object answers, so that ids cannot be probed. */
  notFound: () => new AppError(404, 'NOT_FOUND', { en: 'Not found', zh: '未找到' }),
  organizationSuspended: () =>
    new AppError(403, 'ORGANIZATION_SUSPENDED', {
      en: 'Your organisation is suspended: you can sign in and read, nothing else',
      zh: '贵单位已被暂停，仅可登录和查看',
    }),
  rateLimited: (retryAfterSeconds: number) =>
    new AppError(
      429,
      'RATE_LIMITED',
      { en: 'Too many attempts; try again later', zh: '尝试次数过多，请稍后再试' },
      { detail: `Retry after ${retryAfterSeconds} s`, headers: { 'Retry-After': String(retryAfterSeconds) } },
    ),
};
