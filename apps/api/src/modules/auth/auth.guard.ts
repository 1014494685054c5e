import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ADMIN_ONLY, ALLOWED_WHILE_SUSPENDED, PUBLIC_ROUTE } from '../../core/auth/access-policy.decorators.js';
import { AccessTokenService } from '../../core/auth/access-token.service.js';
import { isAdmin, type RequestWithActor } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { AccountsService } from '../accounts/accounts.service.js';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Runs before every route: establishes the actor from the Bearer token (checking that the user still
 * exists, is enabled and that the token's session was not revoked), then applies the route's policy:
 * public, signed-in, or administrators only; a suspended organisation may only read.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly accounts: AccountsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<RequestWithActor>();
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) ?? false;

    const header = request.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const claims = match?.[1] ? await this.tokens.verify(match[1]) : null;
      const actor = claims ? await this.accounts.actorFor(claims.userId, claims.sessionVersion, request.ip ?? null) : null;
      if (!actor && !isPublic) throw CommonErrors.unauthenticated();
      request.actor = actor ?? undefined;
    }
    if (isPublic) return true;
    const actor = request.actor;
    if (!actor) throw CommonErrors.unauthenticated();
    if ((this.reflector.getAllAndOverride<boolean>(ADMIN_ONLY, targets) ?? false) && !isAdmin(actor)) throw CommonErrors.forbidden();
    if (
      actor.organizationStatus === 'SUSPENDED' &&
      !READ_METHODS.has(request.method) &&
      !(this.reflector.getAllAndOverride<boolean>(ALLOWED_WHILE_SUSPENDED, targets) ?? false)
    ) {
      throw CommonErrors.organizationSuspended();
    }
    return true;
  }
}
