/** Who is asking to read the talent pool. */
export type TalentPoolReader =
  | { kind: 'ANONYMOUS' }
  | { kind: 'ADMIN' }
  /** A signed-in user; `organizationVerified` is null for a person without an organisation. */
  | { kind: 'USER'; organizationVerified: boolean | null };

/**
 * Who may search the talent pool and read a profile's summary: verified organisations only, as the
 * people consented to (TALENT_CONSENT_SCOPES). A person without an organisation, a pending, rejected or
 * suspended organisation, and administrators (who vet organisations, not people) may not.
 */
export function talentPoolAccess(reader: TalentPoolReader): 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN' {
  if (reader.kind === 'ANONYMOUS') return 'UNAUTHENTICATED';
  if (reader.kind === 'USER' && reader.organizationVerified === true) return 'ALLOWED';
  return 'FORBIDDEN';
}
