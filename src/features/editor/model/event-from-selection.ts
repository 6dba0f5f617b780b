import { eventAt } from '../../../dataset/draft/event-at'
import type { ParagraphSelection } from '../article/read-selection'
import { paragraphStarts } from './paragraph-offsets'
import type { DraftDocument, DraftEvent } from './story-draft'

/**
 * What Make event fills in from a selection: its sentence as the summary, a title in its own words,
 * the date it gives read against the document's publication day, the status its words suggest, and
 * the paragraph cited. The person checks each.
 */
export function eventFromSelection(
  document: DraftDocument,
  selection: ParagraphSelection,
): Pick<DraftEvent, 'title' | 'summary' | 'date' | 'status' | 'cites'> {
  const at = paragraphStarts(document.text)[selection.paragraph - 1] ?? 0
  const published = /^\d{4}-\d{2}-\d{2}$/.test(document.published.trim()) ? document.published.trim() : ''
  const found = eventAt(document.text, { start: at + selection.start, end: at + selection.end }, published)
  const cites = { document: document.id, paragraphs: [selection.paragraph] }
  if (!found) return { title: '', summary: '', date: '', status: 'occurred', cites }
  return { title: found.title, summary: found.summary, date: found.date, status: found.status, cites }
}
