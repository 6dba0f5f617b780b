/** The page's colours: light or dark. */
export type Theme = 'light' | 'dark'

const KEY = 'story-timeline:theme'
const DARK_QUERY = '(prefers-color-scheme: dark)'

/** The theme the reader chose with the toggle, remembered; null: they have not, the system's holds. */
export function chosenTheme(): Theme | null {
  try {
    const value = localStorage.getItem(KEY)
    return value === 'light' || value === 'dark' ? value : null
  } catch {
    // Storage refused (a private window's settings): the system's theme holds.
    return null
  }
}

function systemTheme(): Theme {
  return window.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light'
}

/** The theme shown now. */
export function currentTheme(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light'
}

function apply(theme: Theme): void {
  document.documentElement.dataset.theme = theme
  window.dispatchEvent(new Event(THEME_CHANGED))
}

/** Fired on window when the theme shown changes. */
export const THEME_CHANGED = 'story-timeline:theme-changed'

/**
 * The theme the address asks for (`?theme=dark` or `light`): an embed's host page matching its own
 * colours. Null when it asks for none (or for something else).
 */
export function linkedTheme(search: string): Theme | null {
  const value = new URLSearchParams(search).get('theme')
  return value === 'light' || value === 'dark' ? value : null
}

/**
 * Shows the theme the address asks for, else the reader's, else the system's, following the system as
 * it changes until the reader chooses. Run before the page's first paint (early-start.ts), so that a
 * dark page never flashes light.
 */
export function startTheme(search: string = window.location.search): void {
  const linked = linkedTheme(search)
  apply(linked ?? chosenTheme() ?? systemTheme())
  if (linked) return
  window.matchMedia?.(DARK_QUERY).addEventListener?.('change', () => {
    if (chosenTheme() === null) apply(systemTheme())
  })
}

/** The reader's choice: shown, and remembered for their next visit. */
export function chooseTheme(theme: Theme): void {
  try {
    localStorage.setItem(KEY, theme)
  } catch {
    // Not remembered; shown all the same.
  }
  apply(theme)
}
