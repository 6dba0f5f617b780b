import type { Refusal } from '../import/read-refusal'
import type { ReadNote } from '../notes/read-note'

const checkers = () => import('./answer-checkers')

/**
 * The notes of a reading as the page keeps them, each checked as a note (the load worker's are data
 * from another thread); null if one is not. The checker is fetched only when there are notes: the
 * built-in story has none, so the first view does not carry it.
 */
export async function checkedNotes(notes: readonly unknown[]): Promise<ReadNote[] | null> {
  if (notes.length === 0) return []
  const { isReadNote } = await checkers()
  const checked = notes.filter(isReadNote)
  return checked.length === notes.length ? checked : null
}

/** The load worker's refusal of a file, checked as a refusal; null if it is not one. Fetched alike. */
export async function checkedRefusal(refusal: unknown): Promise<Refusal | null> {
  const { isRefusal } = await checkers()
  return isRefusal(refusal) ? refusal : null
}
