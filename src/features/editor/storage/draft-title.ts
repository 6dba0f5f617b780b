/** The title My stories gives a draft whose content has none. */
export const UNTITLED = 'Untitled story'

/** The title of content that has a non-empty `title` (a dataset's draft has), else UNTITLED. */
export function defaultTitle(content: unknown): string {
  if (typeof content !== 'object' || content === null || !('title' in content)) return UNTITLED
  return typeof content.title === 'string' && content.title.trim() ? content.title.trim() : UNTITLED
}
