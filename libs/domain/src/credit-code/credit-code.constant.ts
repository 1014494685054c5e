// GB 32100-2015 parameters of the 统一社会信用代码. The alphabet leaves out I, O, Z, S and V because they
// are read as 1, 0, 2, 5 and U; a character's value is its index here.
export const CREDIT_CODE = {
  length: 18,
  alphabet: '0123456789ABCDEFGHJKLMNPQRTUWXY',
  // Weight i is 3^i mod 31: each position weighs differently, so any single substitution and any swap
  // of two neighbouring characters among the first 17 changes the sum modulo 31, which is prime.
  weights: [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28],
  // Characters 3–8 (1-based) hold the GB/T 2260 code of the registering authority.
  regionStart: 2,
  regionEnd: 8,
} as const;
