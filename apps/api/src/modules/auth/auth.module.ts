import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessTokenService } from '../../core/auth/access-token.service.js';
import { RateLimiter } from '../../core/rate-limit/rate-limiter.js';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { IpRateLimitGuard } from './ip-rate-limit.guard.js';
import { SessionTokensRepository } from './refresh-token.repository.js';

@Module({
  imports: [AccountsModule, AuditModule, NotificationsModule],
  controllers: [AuthController],
  providers: [AuthService, SessionTokensRepository, AccessTokenService, RateLimiter, IpRateLimitGuard, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AuthService, RateLimiter, IpRateLimitGuard],
})
export class AuthModule {}
