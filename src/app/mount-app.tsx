import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { preloadModule } from '../components/module-cache'
import { loadEventDetails } from '../features/details/load-event-details'
import { isEmbedded } from '../state/embed'
import { keepOneHistoryEntry } from '../state/url-store'
import { App } from './app'

/** Renders the app into the page's root element: the full app, or its embed (`?embed=1`, read once). */
export function mountApp(root: HTMLElement): void {
  const embedded = isEmbedded(window.location.search)
  if (embedded) keepOneHistoryEntry()
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <App embedded={embedded} />
      </StrictMode>,
    )
  // The selected event's view is not in the first view's code (details-panel.tsx). A link that names an
  // event draws it with the story's first frame, so that nothing grows above a quote the link scrolls
  // to on a phone: it is fetched first (a few kB, while the story is still on its way).
  if (new URLSearchParams(window.location.search).has('event'))
    void preloadModule(loadEventDetails).then(render)
  else render()
}
