import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'mcf:public';
export const ADMIN_ONLY = 'mcf:admin-only';
export const ALLOWED_WHILE_SUSPENDED = 'mcf:allowed-while-suspended';

/** Anyone may call it; a valid token, if sent, still identifies the caller. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** Platform administrators only (403 for everyone else who is signed in). */
export const AdminOnly = () => SetMetadata(ADMIN_ONLY, true);

/** A write that a suspended organisation's users may still make (sign-out, own password). */
export const AllowedWhileSuspended = () => SetMetadata(ALLOWED_WHILE_SUSPENDED, true);
