// Terms a searcher would treat as the same thing. Equivalence holds inside a group only: a term listed
// in two groups links to both, but the two groups are not merged (A≈B and B≈C does not make A≈C).
export type SynonymGroup = readonly string[];
