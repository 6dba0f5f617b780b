import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  print: { id: 'print.button', defaultMessage: 'Print' },
})

/** _Print_: the matching events in time order, with their dates, quotes and sources (see PrintedEvents). */
export function PrintButton() {
  const t = useT()
  return (
    <button type="button" className="icon-button" onClick={() => window.print()}>
      {t(messages.print)}
    </button>
  )
}
