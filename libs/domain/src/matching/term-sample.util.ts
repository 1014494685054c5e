import { type FeatureFrequencies } from './match-context.types.js';
import { scaleSampledFrequencies } from './sampled-frequencies.util.js';

/** A demand's text as its terms are looked for in it: title and description, lower-cased. */
export const demandSampleText = (title: string, description: string): string => `${title} ${description}`.toLowerCase();

/**
 * The newest published demands' texts, read at one moment, that demand-term frequencies are counted over
 * (see scaleSampledFrequencies): a matching process keeps one for a while instead of asking the database
 * for every demand. Each term is counted over the texts once and remembered.
 */
export class TermSample {
  private readonly counts = new Map<string, number>();
  private readonly ids: ReadonlyMap<string, number>;
  private readonly texts: readonly string[];

  /** `documents`: how many demands were published when the sample was read (the sample is the newest of them). */
  constructor(
    sample: ReadonlyArray<{ id: string; text: string }>,
    readonly documents: number,
  ) {
    this.ids = new Map(sample.map((s, index) => [s.id, index]));
    this.texts = sample.map((s) => s.text);
  }

  get size(): number {
    return this.texts.length;
  }

  /** In how many sampled texts the term occurs. */
  count(term: string): number {
    let n = this.counts.get(term);
    if (n === undefined) {
      n = 0;
      for (const text of this.texts) if (text.includes(term)) n++;
      this.counts.set(term, n);
    }
    return n;
  }

  /** In how many sampled texts other than demand `id`'s the term occurs, and of how many such texts. */
  elsewhere(term: string, id: string): { count: number; of: number } {
    const own = this.ids.get(id);
    const inOwn = own !== undefined && (this.texts[own] ?? '').includes(term);
    return { count: this.count(term) - (inOwn ? 1 : 0), of: this.size - (own === undefined ? 0 : 1) };
  }

  /**
   * The frequencies of `terms` over the sample, scaled to every published demand. `own`: the demand being
   * matched; published after the sample was read, it is counted in as the newest publication, as a sample
   * read now would.
   */
  frequencies(terms: readonly string[], own?: { id: string; text: string }): FeatureFrequencies {
    const added = own !== undefined && !this.ids.has(own.id);
    const documents = this.documents + (added ? 1 : 0);
    if (terms.length === 0 || documents === 0) return { documents, counts: {} };
    const counts: Record<string, number> = {};
    for (const term of new Set(terms)) counts[term] = this.count(term) + (added && own.text.includes(term) ? 1 : 0);
    return scaleSampledFrequencies(counts, this.size + (added ? 1 : 0), documents);
  }
}
