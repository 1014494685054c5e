/** At most `max` characters (code points) of `text`, with an ellipsis when shortened: notifications quote, they do not copy. */
export function excerpt(text: string, max = 200): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** The length of a notification title (its column). */
export const TITLE_MAX = 200;
