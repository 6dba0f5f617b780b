import type { ReactNode } from 'react'
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary'
import { defineMessages, type MessageDescriptor } from '../i18n/messages'
import { richText } from '../i18n/rich-text'
import { useT } from '../i18n/use-t'

/** The views by name, as a crashed one says it stopped working. */
export const PANEL_NAMES = defineMessages({
  app: { id: 'panel.app', defaultMessage: 'Story Timeline' },
  timeline: { id: 'panel.timeline', defaultMessage: 'Timeline' },
  eventList: { id: 'panel.eventList', defaultMessage: 'Event list' },
  details: { id: 'panel.details', defaultMessage: 'Event details' },
  charts: { id: 'tabs.charts', defaultMessage: 'Charts' },
  filters: { id: 'panel.filters', defaultMessage: 'Filters' },
  quotes: { id: 'panel.quotes', defaultMessage: 'Quotes' },
  map: { id: 'tabs.map', defaultMessage: 'Map' },
})

const messages = defineMessages({
  stopped: { id: 'panel.stopped', defaultMessage: '<b>{name} stopped working.</b> {reason}' },
  tryAgain: { id: 'storyPage.tryAgain', defaultMessage: 'Try again' },
})

/** Keeps a bug in one view inside that view: the rest of the page keeps working. */
export function PanelErrorBoundary({ name, children }: { name: MessageDescriptor; children: ReactNode }) {
  return (
    <ErrorBoundary
      fallbackRender={(props) => <PanelCrashed name={name} {...props} />}
      onError={(error) => console.error(`${name.id} failed`, error)}
    >
      {children}
    </ErrorBoundary>
  )
}

function PanelCrashed({ name, error, resetErrorBoundary }: FallbackProps & { name: MessageDescriptor }) {
  const t = useT()
  return (
    <div className="panel-crashed" role="alert">
      <p>
        {richText(messages.stopped, {
          name: t(name),
          reason: error instanceof Error ? error.message : '',
          b: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <button type="button" onClick={resetErrorBoundary}>
        {t(messages.tryAgain)}
      </button>
    </div>
  )
}
