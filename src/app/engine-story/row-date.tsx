import { localDateLabel } from '../../components/local-date-label'
import { readableNow } from '../../dataset/dates/read-edtf'
import { useLanguage } from '../../i18n/use-t'

/**
 * An answer row's date (its EDTF text) in the page's language; a form this page cannot read yet (one
 * that takes edtf.js) is shown as the engine wrote it, as text.
 */
export function RowDate({ date }: { date: string | undefined }) {
  // Drawn again in a new language, as useDateLabel does (not imported: engine-story-questions.ts).
  useLanguage()
  if (date === undefined) return null
  const read = readableNow(date)
  return <span className="engine-story-date">{read?.ok ? localDateLabel(read.date) : date}</span>
}
