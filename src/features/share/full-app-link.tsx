import { NewTabNote } from '../../components/new-tab-note'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { fullAppSearch } from '../../state/embed'
import { useLocationSearch } from '../../state/url-store'

const messages = defineMessages({
  open: { id: 'share.openInApp', defaultMessage: 'Open in Story Timeline' },
})

/**
 * From an embed, the same view in the full app, in a new tab: the reader keeps the article they were
 * reading, and the link follows every change of view made in the embed.
 */
export function FullAppLink() {
  const t = useT()
  const search = useLocationSearch()
  return (
    <a
      className="icon-button full-app-link"
      href={`${window.location.pathname}${fullAppSearch(search)}`}
      target="_blank"
      rel="noopener"
    >
      {t(messages.open)}
      <NewTabNote />
    </a>
  )
}
