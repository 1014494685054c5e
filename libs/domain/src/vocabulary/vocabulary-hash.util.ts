// The compiled vocabulary's version must change whenever its content does, be the same on the API and in
// the browser, and need no node:crypto (libs/domain also runs in the browser). 64-bit FNV-1a is tiny, pure
// and spreads well enough for telling versions apart; it is not meant to resist anyone forging a collision.
const FNV_OFFSET_BASIS = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

export function vocabularyHash(text: string): string {
  let hash = FNV_OFFSET_BASIS;
  for (let index = 0; index < text.length; index += 1) {
    // Both bytes of each UTF-16 code unit, so Chinese characters that share a low byte still differ.
    const unit = text.charCodeAt(index);
    hash = ((hash ^ BigInt(unit & 0xff)) * FNV_PRIME) & MASK_64;
    hash = ((hash ^ BigInt(unit >> 8)) * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}
