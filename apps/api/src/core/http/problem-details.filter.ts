import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails } from '@mcf/contracts';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { currentLogger, requestContext } from '../logging/request-context.js';
import { AppError } from './app-error.js';
import { unreachableServiceOf } from './unreachable-service.js';

/** Titles of the problems that carry no code of their own (framework errors, and what the HTTP parser refuses). */
export const STATUS_TITLES: Record<number, { code: string; en: string; zh: string }> = {
  400: { code: 'BAD_REQUEST', en: 'Bad request', zh: '请求有误' },
  401: { code: 'UNAUTHENTICATED', en: 'Sign-in required', zh: '需要登录' },
  403: { code: 'FORBIDDEN', en: 'Not allowed', zh: '无权执行此操作' },
  404: { code: 'NOT_FOUND', en: 'Not found', zh: '未找到' },
  405: { code: 'METHOD_NOT_ALLOWED', en: 'Method not allowed', zh: '不支持该请求方法' },
  408: { code: 'REQUEST_TIMEOUT', en: 'The request took too long to arrive', zh: '请求发送超时' },
  409: { code: 'CONFLICT', en: 'Conflict', zh: '与现有数据冲突' },
  413: { code: 'PAYLOAD_TOO_LARGE', en: 'Request too large', zh: '请求内容过大' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', en: 'Unsupported media type', zh: '不支持的内容类型' },
  422: { code: 'UNPROCESSABLE', en: 'Unprocessable request', zh: '请求无法处理' },
  429: { code: 'TOO_MANY_REQUESTS', en: 'Too many requests', zh: '请求过于频繁' },
  431: { code: 'REQUEST_HEADERS_TOO_LARGE', en: 'Request headers or query string too large', zh: '请求头或查询参数过长' },
  500: { code: 'INTERNAL_ERROR', en: 'Internal error', zh: '服务器内部错误' },
  503: { code: 'SERVICE_UNAVAILABLE', en: 'Service unavailable', zh: '服务暂不可用' },
};

/** What a 503 for an unreachable database or Redis asks the client to wait before retrying. */
const RETRY_AFTER_SECONDS = 5;

/** Chinese unless the caller asks for another language first (the platform speaks Chinese first). */
export function prefersChinese(acceptLanguage: string | undefined): boolean {
  if (!acceptLanguage) return true;
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first === '' || first === '*' || first.startsWith('zh');
}

export function problemTypeFor(code: string): string {
  return `/api/problems/${code.toLowerCase().replaceAll('_', '-')}`;
}

/** Renders every error as RFC 9457 problem+json with a stable `type` and `code`. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  constructor(private readonly root: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const chinese = prefersChinese(request.headers['accept-language']);
    const { problem, headers } = this.toProblem(exception, chinese);
    problem.instance = request.originalUrl;
    problem.requestId = requestContext.getStore()?.requestId;

    if (problem.code === 'SERVICE_UNAVAILABLE' && !(exception instanceof HttpException)) {
      // PostgreSQL or Redis away: the client is told to retry; one line, not a stack per request.
      currentLogger(this.root).warn({ service: unreachableServiceOf(exception), reason: (exception as Error).message }, 'request failed: a service is unreachable');
    } else if (problem.status >= 500) {
      currentLogger(this.root).error({ err: exception }, 'request failed');
    }
    if (response.headersSent) return;
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown, chinese: boolean): { problem: ProblemDetails; headers: Record<string, string> } {
    if (exception instanceof AppError) {
      return {
        problem: {
          type: problemTypeFor(exception.code),
          title: chinese ? exception.title.zh : exception.title.en,
          status: exception.status,
          code: exception.code,
          ...(exception.options.detail ? { detail: exception.options.detail } : {}),
          ...(exception.options.errors ? { errors: exception.options.errors } : {}),
          ...(exception.options.claimable !== undefined ? { claimable: exception.options.claimable } : {}),
        },
        headers: exception.options.headers ?? {},
      };
    }
    const unreachable = exception instanceof HttpException ? null : unreachableServiceOf(exception);
    if (unreachable) {
      const known = STATUS_TITLES[503]!;
      return {
        problem: {
          type: problemTypeFor(known.code),
          title: chinese ? known.zh : known.en,
          status: 503,
          code: known.code,
          detail: unreachable === 'database' ? 'The database is unreachable; retry shortly.' : 'The queue store (Redis) is unreachable; retry shortly.',
        },
        headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) },
      };
    }
    const status = exception instanceof HttpException ? exception.getStatus() : statusOfFrameworkError(exception);
    const known = STATUS_TITLES[status] ?? (status >= 500 ? STATUS_TITLES[500]! : STATUS_TITLES[400]!);
    const malformedJson = status === 400 && exception instanceof Error && /JSON/i.test(exception.message);
    return {
      problem: {
        type: problemTypeFor(malformedJson ? 'MALFORMED_JSON' : known.code),
        title: malformedJson ? (chinese ? '请求体不是合法的 JSON' : 'The request body is not valid JSON') : chinese ? known.zh : known.en,
        status,
        code: malformedJson ? 'MALFORMED_JSON' : known.code,
      },
      headers: {},
    };
  }
}

/** body-parser's errors (bad JSON, too large) carry their status; anything else is a 500. */
function statusOfFrameworkError(exception: unknown): number {
  if (typeof exception === 'object' && exception !== null) {
    const status = (exception as { status?: unknown; statusCode?: unknown }).status ?? (exception as { statusCode?: unknown }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 600) return status;
  }
  return HttpStatus.INTERNAL_SERVER_ERROR;
}
