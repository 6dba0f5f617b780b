import type { ReadNote } from '../notes/read-note'

/**
 * The notes of a reading as the page keeps them, each checked as a note (the load worker's are data
 * from another thread); null if one is not. The checker is fetched only when there are notes: the
 * built-in story has none, so the first view does not carry it.
 */
export async function checkedNotes(notes: readonly unknown[]): Promise<ReadNote[] | null> {
  if (notes.length === 0) return []
  const { isReadNote } = await import('../notes/is-read-note')
  const checked = notes.filter(isReadNote)
  return checked.length === notes.length ? checked : null
}
