import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app'

/** Renders the app into the page's root element. */
export function mountApp(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
