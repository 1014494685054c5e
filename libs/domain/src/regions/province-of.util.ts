import { isRegionCodeFormat } from './is-region-code-format.util.js';

// Statistics are rolled up by province for firms outside Xianning, whose deeper codes we do not name.
export function provinceOf(code: string): string | undefined {
  return isRegionCodeFormat(code) ? `${code.slice(0, 2)}0000` : undefined;
}
