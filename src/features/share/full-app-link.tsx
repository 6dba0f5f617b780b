import { fullAppSearch } from '../../state/embed'
import { useLocationSearch } from '../../state/url-store'

/**
 * From an embed, the same view in the full app, in a new tab: the reader keeps the article they were
 * reading, and the link follows every change of view made in the embed.
 */
export function FullAppLink() {
  const search = useLocationSearch()
  return (
    <a
      className="icon-button full-app-link"
      href={`${window.location.pathname}${fullAppSearch(search)}`}
      target="_blank"
      rel="noopener"
    >
      Open in Story Timeline <span aria-hidden="true">↗</span>
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  )
}
