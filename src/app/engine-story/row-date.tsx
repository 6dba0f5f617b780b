import { useDateLabel } from '../../components/use-date-label'
import { readableNow } from '../../dataset/dates/read-edtf'

/**
 * An answer row's date (its EDTF text) in the page's language; a form this page cannot read yet (one
 * that takes edtf.js) is shown as the engine wrote it, as text.
 */
export function RowDate({ date }: { date: string | undefined }) {
  const label = useDateLabel()
  if (date === undefined) return null
  const read = readableNow(date)
  return <span className="engine-story-date">{read?.ok ? label(read.date) : date}</span>
}
