import { defineMessages, type MessageDescriptor } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  quotesTitle: { id: 'panel.quotes', defaultMessage: 'Quotes' },
  quotes: {
    id: 'engineDashboard.quotesNotYet',
    defaultMessage: 'The quotes of a story held by a query engine are not shown here yet.',
  },
})

const PLACES = {
  quotes: { title: messages.quotesTitle, words: messages.quotes },
} as const satisfies Record<string, { title: MessageDescriptor; words: MessageDescriptor }>

/**
 * Said in place of a view that does not draw an engine's answers yet: never an empty view that would
 * read as "nothing to show".
 */
export function EngineNotHere({ place }: { place: keyof typeof PLACES }) {
  const t = useT()
  const { title, words } = PLACES[place]
  const id = `engine-not-here-${place}`
  return (
    <section className="panel" aria-labelledby={id}>
      <div className="panel-header">
        <h2 id={id}>{t(title)}</h2>
      </div>
      <div className="panel-body">
        <p className="empty-state" role="note">
          {t(words)}
        </p>
      </div>
    </section>
  )
}
