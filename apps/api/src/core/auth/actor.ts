import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { MembershipRole, OrganizationKind, OrganizationStatus, PlatformRole, ViewerKind } from '@mcf/contracts';
import type { DemandViewer, FirmContactReader } from '@mcf/domain';
import type { Request } from 'express';

/** Who is making the request, as the auth guard established it. */
export interface Actor {
  userId: string;
  email: string;
  platformRole: PlatformRole;
  organizationId: string | null;
  organizationKind: OrganizationKind | null;
  organizationStatus: OrganizationStatus | null;
  membershipRole: MembershipRole | null;
  ip: string | null;
}

export interface RequestWithActor extends Request {
  actor?: Actor;
}

export function isAdmin(actor: Actor | undefined): boolean {
  return actor?.platformRole === 'ADMIN';
}

/** The kind of a signed-in user: admin, their organisation's kind, or an individual without one. */
export function viewerKindOf(actor: Pick<Actor, 'platformRole' | 'organizationKind'>): ViewerKind {
  if (actor.platformRole === 'ADMIN') return 'ADMIN';
  return actor.organizationKind ?? 'INDIVIDUAL';
}

/** The actor as the demand visibility rule sees it (signed out, or in without an organisation: anonymous). */
export function demandViewerOf(actor: Actor | undefined): DemandViewer {
  if (isAdmin(actor)) return { kind: 'ADMIN' };
  if (!actor?.organizationId) return { kind: 'ANONYMOUS' };
  return actor.organizationKind === 'ENTERPRISE'
    ? { kind: 'ENTERPRISE', organizationId: actor.organizationId, verified: actor.organizationStatus === 'VERIFIED' }
    : { kind: 'PROCURER', organizationId: actor.organizationId };
}

/** The actor as the firm-contact rule sees it (signed out, or in without an organisation: anonymous). */
export function firmContactReaderOf(actor: Actor | undefined): FirmContactReader {
  if (isAdmin(actor)) return { kind: 'ADMIN' };
  if (!actor?.organizationId) return { kind: 'ANONYMOUS' };
  return { kind: 'MEMBER', organizationId: actor.organizationId, organizationVerified: actor.organizationStatus === 'VERIFIED' };
}

/** The signed-in actor (routes that are not @Public() always have one). */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor | undefined => {
  return context.switchToHttp().getRequest<RequestWithActor>().actor;
});

/** Where the request came from, for the audit trail. */
export const ClientIp = createParamDecorator((_data: unknown, context: ExecutionContext): string | null => {
  return context.switchToHttp().getRequest<Request>().ip ?? null;
});
