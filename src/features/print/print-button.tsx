import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { askToPrint, usePrintAsked } from './print-request'

const messages = defineMessages({
  print: { id: 'print.button', defaultMessage: 'Print' },
  preparing: { id: 'print.preparing', defaultMessage: 'Preparing to print…' },
})

/**
 * _Print_: the matching events in time order, with their dates, quotes and sources (see
 * PrintedEvents). The browser prints once the printed list has its answer (or the engine's problem):
 * meanwhile the button says so, and pressing it again does nothing more.
 */
export function PrintButton() {
  const t = useT()
  const asked = usePrintAsked()
  return (
    <button
      type="button"
      className="icon-button"
      aria-disabled={asked || undefined}
      onClick={asked ? undefined : askToPrint}
    >
      {asked ? t(messages.preparing) : t(messages.print)}
    </button>
  )
}
