/**
 * A value as a Meilisearch filter string literal: quoted, with backslashes and quotes escaped, so that
 * no value, whatever it holds, can change a filter expression's structure.
 */
export function meilisearchQuoted(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
