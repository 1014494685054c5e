// A GB/T 2260 administrative division: six digits, two each for province, prefecture and county.
export interface Region {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
}
