/** i18n keys of the sort orders (the wire values hold ':' which message keys should not). */
export const SORT_LABEL_KEYS: Readonly<Record<string, string>> = {
  relevance: 'search.sort.relevance',
  'updatedAt:desc': 'search.sort.updatedAtDesc',
  'name:asc': 'search.sort.nameAsc',
  'completeness:desc': 'search.sort.completenessDesc',
  'publishedAt:desc': 'search.sort.publishedAtDesc',
  'deadline:asc': 'search.sort.deadlineAsc',
  'budgetMax:desc': 'search.sort.budgetMaxDesc',
};
