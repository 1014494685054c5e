// The compiled vocabulary's version must change whenever its content does, be the same on the API and in
// the browser, and need no node:crypto (libs/domain also runs in the browser). 64-bit FNV-1a is tiny, pure
// and spreads well enough for telling versions apart; it is not meant to resist anyone forging a collision.
// The 64-bit state is kept in four 16-bit limbs (low first) so every product fits a double exactly: BigInt
// arithmetic made hashing the shipped vocabulary take about 100 ms, this takes a few.
const FNV_PRIME_LOW = 0x1b3; // The 64-bit prime is 2^40 + 0x1b3.

export function vocabularyHash(text: string): string {
  let v0 = 0x2325;
  let v1 = 0x8422;
  let v2 = 0x9ce4;
  let v3 = 0xcbf2;
  const mix = (byte: number): void => {
    v0 ^= byte;
    // state × (2^40 + 0x1b3) mod 2^64: the 0x1b3 part limb by limb, plus the state shifted left 40 bits.
    const t0 = v0 * FNV_PRIME_LOW;
    let t1 = v1 * FNV_PRIME_LOW;
    let t2 = v2 * FNV_PRIME_LOW + (v0 << 8);
    const t3 = v3 * FNV_PRIME_LOW + (v1 << 8);
    t1 += t0 >>> 16;
    t2 += t1 >>> 16;
    v0 = t0 & 0xffff;
    v1 = t1 & 0xffff;
    v2 = t2 & 0xffff;
    v3 = (t3 + (t2 >>> 16)) & 0xffff;
  };
  for (let index = 0; index < text.length; index += 1) {
    // Both bytes of each UTF-16 code unit, so Chinese characters that share a low byte still differ.
    const unit = text.charCodeAt(index);
    mix(unit & 0xff);
    mix(unit >> 8);
  }
  return [v3, v2, v1, v0].map((limb) => limb.toString(16).padStart(4, '0')).join('');
}
