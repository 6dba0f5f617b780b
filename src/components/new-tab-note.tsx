import { defineMessages } from '../i18n/messages'
import { useT } from '../i18n/use-t'

const messages = defineMessages({
  newTab: { id: 'link.newTab', defaultMessage: '(opens in a new tab)' },
})

/** After a link's words that opens a new tab: an arrow to see, and the same said to a screen reader. */
export function NewTabNote() {
  const t = useT()
  return (
    <>
      {' '}
      <span aria-hidden="true">↗</span>
      <span className="visually-hidden"> {t(messages.newTab)}</span>
    </>
  )
}
