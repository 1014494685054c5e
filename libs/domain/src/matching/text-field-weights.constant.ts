// Where in a profile a demand's words are found says how much they mean: products and capabilities are
// what the firm offers; equipment supports it; the summary and the name are looser (a name carries the
// place and 科技有限公司).
export const TEXT_FIELD_WEIGHTS = {
  products: 1,
  capabilities: 1,
  equipment: 0.7,
  summary: 0.6,
  name: 0.5,
} as const;
