import type { Refusal } from '../import/read-refusal'
import type { SheetHead } from '../import/sheet/sheet-head'
import type { ReadNote } from '../notes/read-note'
import type { DatasetIssue } from '../validate/dataset-issue'
import type { SentIssue } from '../validate/sent-issue'
import type { SentHead } from './worker/protocol'

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

const hasCodes = ({ row, at, problem }: SentIssue) =>
  row !== undefined || at !== undefined || problem !== undefined

/**
 * Issues the load worker sent (rows left out, a refusal's problems), their codes checked; null if one
 * is not as its code says. The checker is fetched only when an issue carries codes: the built-in story
 * leaves out no row, so the first view carries neither it nor the importers' codes.
 */
export async function checkedIssues(sent: readonly SentIssue[]): Promise<DatasetIssue[] | null> {
  if (!sent.some(hasCodes)) return sent.map(({ path, expected, found }) => ({ path, expected, found }))
  const { checkedIssue } = await checkers()
  const checked: DatasetIssue[] = []
  for (const issue of sent) {
    const one = checkedIssue(issue)
    if (one === null) return null
    checked.push(one)
  }
  return checked
}

/** A sheet's head with the rows its samples could not read checked as issues; null if one is not. */
export async function checkedHead(head: SentHead): Promise<SheetHead | null> {
  const sheets: SheetHead['sheets'] = []
  for (const { skipped, ...sample } of head.sheets) {
    if (skipped === undefined) {
      sheets.push(sample)
      continue
    }
    const checked = await checkedIssues(skipped)
    if (checked === null) return null
    sheets.push({ ...sample, skipped: checked })
  }
  return { ...head, sheets }
}
