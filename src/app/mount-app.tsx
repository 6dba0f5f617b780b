import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { isEmbedded } from '../state/embed'
import { keepOneHistoryEntry } from '../state/url-store'
import { App } from './app'

/** Renders the app into the page's root element: the full app, or its embed (`?embed=1`, read once). */
export function mountApp(root: HTMLElement): void {
  const embedded = isEmbedded(window.location.search)
  if (embedded) keepOneHistoryEntry()
  createRoot(root).render(
    <StrictMode>
      <App embedded={embedded} />
    </StrictMode>,
  )
}
