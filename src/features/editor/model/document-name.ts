import type { DraftDocument } from './story-draft'

/** How a document is named wherever the editor names it: its title, else by its place in the story. */
export function documentName(document: Pick<DraftDocument, 'title'>, index: number): string {
  return document.title.trim() || (index === 0 ? 'The article' : `Document ${index + 1}`)
}
