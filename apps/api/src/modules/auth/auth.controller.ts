import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ChangePasswordRequestSchema,
  ForgotPasswordRequestSchema,
  IndividualRegisterRequestSchema,
  LoginRequestSchema,
  RegisterRequestSchema,
  RegisterResponseSchema,
  ResetPasswordRequestSchema,
  SessionResponseSchema,
  UserViewSchema,
  type RegisterResponse,
  type SessionResponse,
  type UserView,
} from '@mcf/contracts';
import type { Request, Response } from 'express';
import type { z } from 'zod';
import { AllowedWhileSuspended, Public } from '../../core/auth/access-policy.decorators.js';
import { type Actor, ClientIp, CurrentActor } from '../../core/auth/actor.js';
import { ApiProblemResponses, ApiZodBody, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { AuthService } from './auth.service.js';
import { IpRateLimited } from './ip-rate-limit.guard.js';
import { clearRefreshCookie, readRefreshCookie, setRefreshCookie } from './refresh-cookie.js';

@ApiTags('auth')
@Controller('api/v1')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('auth/register')
  @IpRateLimited('register')
  @ApiOperation({ summary: '注册用户与机构 · Register a user together with a new organisation (pending verification)' })
  @ApiZodBody(RegisterRequestSchema)
  @ApiZodResponse(201, 'registered; sign in next', RegisterResponseSchema)
  @ApiProblemResponses(400, 409, 429)
  register(
    @Body(new ZodValidationPipe(RegisterRequestSchema)) body: z.output<typeof RegisterRequestSchema>,
    @ClientIp() ip: string | null,
  ): Promise<RegisterResponse> {
    return this.auth.register(body, ip);
  }

  @Public()
  @Post('auth/register/individual')
  @IpRateLimited('register')
  @ApiOperation({
    summary: '个人注册 · Register a person without an organisation (for the talent pool); sign in next',
  })
  @ApiZodBody(IndividualRegisterRequestSchema)
  @ApiZodResponse(201, 'registered; sign in next', UserViewSchema)
  @ApiProblemResponses(400, 409, 429)
  registerIndividual(
    @Body(new ZodValidationPipe(IndividualRegisterRequestSchema)) body: z.output<typeof IndividualRegisterRequestSchema>,
    @ClientIp() ip: string | null,
  ): Promise<UserView> {
    return this.auth.registerIndividual(body, ip);
  }

  @Public()
  @Post('auth/login')
  @IpRateLimited('login')
  @HttpCode(200)
  @ApiOperation({ summary: '登录 · Sign in; sets the rotating refresh-token cookie' })
  @ApiZodBody(LoginRequestSchema)
  @ApiZodResponse(200, 'signed in', SessionResponseSchema)
  @ApiProblemResponses(400, 401, 403, 429)
  async login(
    @Body(new ZodValidationPipe(LoginRequestSchema)) body: z.output<typeof LoginRequestSchema>,
    @ClientIp() ip: string | null,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    const session = await this.auth.login(body, ip);
    setRefreshCookie(request, response, session.refreshToken, session.refreshExpiresAt);
    return session.response;
  }

  @Public()
  @Post('auth/refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: '刷新会话 · Exchange the refresh cookie for a new access token (rotates the cookie)',
    description:
      'Not rate limited: the cookie is a 256-bit random token, and every page load of every tab refreshes. ' +
      'A rotated cookie presented again within 30 s, once, gets the same successor (two tabs at once); any other reuse revokes the session.',
  })
  @ApiZodResponse(200, 'a new access token', SessionResponseSchema)
  @ApiProblemResponses(401)
  async refresh(@ClientIp() ip: string | null, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SessionResponse> {
    try {
      const session = await this.auth.refresh(readRefreshCookie(request), ip);
      setRefreshCookie(request, response, session.refreshToken, session.refreshExpiresAt);
      return session.response;
    } catch (error) {
      clearRefreshCookie(request, response);
      throw error;
    }
  }

  @Public()
  @Post('auth/logout')
  @HttpCode(204)
  @ApiOperation({ summary: '退出登录 · Sign out everywhere: every session of the user is revoked' })
  @ApiProblemResponses(429)
  async logout(@CurrentActor() actor: Actor | undefined, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(readRefreshCookie(request), actor);
    clearRefreshCookie(request, response);
  }

  @Public()
  @Post('auth/forgot-password')
  @IpRateLimited('forgot-password')
  @HttpCode(202)
  @ApiOperation({
    summary: '忘记密码 · Ask for a password reset',
    description: 'Always 202. Without SMTP configured, a platform administrator issues a one-time reset code.',
  })
  @ApiZodBody(ForgotPasswordRequestSchema)
  @ApiProblemResponses(400, 429)
  async forgotPassword(
    @Body(new ZodValidationPipe(ForgotPasswordRequestSchema)) body: z.output<typeof ForgotPasswordRequestSchema>,
    @ClientIp() ip: string | null,
  ): Promise<Record<string, never>> {
    await this.auth.forgotPassword(body.email, ip);
    return {};
  }

  @Public()
  @Post('auth/reset-password')
  @IpRateLimited('reset-password')
  @HttpCode(204)
  @ApiOperation({ summary: '重置密码 · Set a new password with a one-time reset code (signs out everywhere)' })
  @ApiZodBody(ResetPasswordRequestSchema)
  @ApiProblemResponses(400, 429)
  async resetPassword(
    @Body(new ZodValidationPipe(ResetPasswordRequestSchema)) body: z.output<typeof ResetPasswordRequestSchema>,
    @ClientIp() ip: string | null,
  ): Promise<void> {
    await this.auth.resetPassword(body.token, body.newPassword, ip);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: '当前用户 · The signed-in user and their organisation' })
  @ApiZodResponse(200, 'the signed-in user', UserViewSchema)
  @ApiProblemResponses(401)
  me(@CurrentActor() actor: Actor): Promise<UserView> {
    return this.auth.me(actor);
  }

  @Post('me/password')
  @HttpCode(204)
  @AllowedWhileSuspended()
  @ApiBearerAuth()
  @ApiOperation({ summary: '修改密码 · Change the password (signs out everywhere)' })
  @ApiZodBody(ChangePasswordRequestSchema)
  @ApiProblemResponses(400, 401)
  changePassword(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(ChangePasswordRequestSchema)) body: z.output<typeof ChangePasswordRequestSchema>,
  ): Promise<void> {
    return this.auth.changePassword(actor, body.currentPassword, body.newPassword);
  }
}
