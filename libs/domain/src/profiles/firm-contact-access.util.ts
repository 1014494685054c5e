/** Who is reading a firm's profile, as far as its contact person and phone are concerned. */
export type FirmContactReader =
  | { kind: 'ANONYMOUS' }
  | { kind: 'ADMIN' }
  | { kind: 'MEMBER'; organizationId: string; organizationVerified: boolean };

/** The profile fields that only `mayReadFirmContact` readers get. */
export const FIRM_CONTACT_FIELDS = ['contactName', 'contactPhone'] as const;
export type FirmContactField = (typeof FIRM_CONTACT_FIELDS)[number];

/**
 * A firm's contact person and phone are for people the platform knows: administrators, the firm's own
 * members, and signed-in members of verified organisations. Visitors, and members of organisations still
 * waiting for (or refused) verification, see the rest of the profile without them, so that a scraper
 * cannot harvest the phone numbers of every firm by registering an account.
 */
export function mayReadFirmContact(reader: FirmContactReader, firmOrganizationId: string): boolean {
  switch (reader.kind) {
    case 'ANONYMOUS':
      return false;
    case 'ADMIN':
      return true;
    case 'MEMBER':
      return reader.organizationId === firmOrganizationId || reader.organizationVerified;
  }
}

/** The profile without its contact fields when the reader may not see them. */
export function withFirmContactFor<T extends Partial<Record<FirmContactField, unknown>>>(
  profile: T,
  reader: FirmContactReader,
  firmOrganizationId: string,
): { profile: T | Omit<T, FirmContactField>; contactWithheld: boolean } {
  if (mayReadFirmContact(reader, firmOrganizationId)) return { profile, contactWithheld: false };
  const { contactName: _name, contactPhone: _phone, ...rest } = profile;
  return { profile: rest, contactWithheld: true };
}
