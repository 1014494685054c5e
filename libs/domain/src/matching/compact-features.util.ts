import { type ProfileFeatures } from './profile-features.util.js';

/**
 * Feature keys and weights interned to small numbers, so that many firms' features can be held in memory
 * by a matching worker: a firm's ~200 features cost about 6 bytes each instead of a property of a JS object
 * (about 10 KB a firm). Weights are kept exactly (a table of the distinct values, which are few: field
 * weight × sense weight × share), so a compact firm scores exactly as its features did.
 */
export class FeatureDictionary {
  private readonly keyIds = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly weightCodes = new Map<number, number>();
  private readonly weightValues: number[] = [];

  /** How many distinct keys were interned. */
  get size(): number {
    return this.keyIds.size;
  }

  /** The key's number, interned on first sight. */
  idOf(key: string): number {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      id = this.keyIds.size;
      this.keyIds.set(key, id);
      this.keys.push(key);
    }
    return id;
  }

  /** The key's number if any firm held it, without interning. */
  find(key: string): number | undefined {
    return this.keyIds.get(key);
  }

  /** The key a number stands for. */
  keyOf(id: number): string | undefined {
    return this.keys[id];
  }

  codeOf(weight: number): number {
    let code = this.weightCodes.get(weight);
    if (code === undefined) {
      code = this.weightValues.length;
      if (code > 0xffff) throw new RangeError('more than 65,536 distinct feature weights');
      this.weightCodes.set(weight, code);
      this.weightValues.push(weight);
    }
    return code;
  }

  weightOf(code: number): number {
    return this.weightValues[code] ?? 0;
  }
}

/** One firm's features as interned numbers (same order in both arrays). */
export interface CompactFeatures {
  readonly ids: Uint32Array;
  readonly weights: Uint16Array;
}

export function compactFeatures(features: ProfileFeatures, dictionary: FeatureDictionary): CompactFeatures {
  const entries = Object.entries(features);
  const ids = new Uint32Array(entries.length);
  const weights = new Uint16Array(entries.length);
  entries.forEach(([key, weight], index) => {
    ids[index] = dictionary.idOf(key);
    weights[index] = dictionary.codeOf(weight);
  });
  return { ids, weights };
}
