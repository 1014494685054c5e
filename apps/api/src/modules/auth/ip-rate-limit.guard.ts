import { applyDecorators, type CanActivate, type ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AppConfig } from '../../core/config/app-config.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { RateLimiter } from '../../core/rate-limit/rate-limiter.js';

const BUCKET = 'mcf:ip-rate-limit-bucket';

/**
 * Counts every attempt from one address at an endpoint that handles credentials, before the body is
 * even validated, so that malformed attempts count too: AUTH_RATE_LIMIT a minute, then 429.
 */
@Injectable()
export class IpRateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const bucket = this.reflector.get<string>(BUCKET, context.getHandler());
    const ip = context.switchToHttp().getRequest<Request>().ip ?? 'unknown';
    const decision = await this.limiter.hit(`ip:${bucket}:${ip}`, this.config.get('AUTH_RATE_LIMIT'));
    if (!decision.allowed) throw CommonErrors.rateLimited(decision.retryAfterSeconds);
    return true;
  }
}

export function IpRateLimited(bucket: string) {
  return applyDecorators(SetMetadata(BUCKET, bucket), UseGuards(IpRateLimitGuard));
}
