import { defineMessages } from '../../../i18n/messages'
import { useT } from '../../../i18n/use-t'

const messages = defineMessages({
  review: { id: 'columns.review', defaultMessage: 'Review columns…' },
})

/**
 * For a story opened here from a sheet: the mapping step again, to see what each column was read as
 * and open the file again with other choices.
 */
export function ReviewColumnsButton({ review }: { review: (() => void) | null }) {
  const t = useT()
  if (!review) return null
  return (
    <button type="button" className="icon-button" onClick={review}>
      {t(messages.review)}
    </button>
  )
}
