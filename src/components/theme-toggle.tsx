import { useSyncExternalStore } from 'react'
import { chooseTheme, currentTheme, THEME_CHANGED } from '../lib/theme'

const subscribe = (onChange: () => void) => {
  window.addEventListener(THEME_CHANGED, onChange)
  return () => window.removeEventListener(THEME_CHANGED, onChange)
}

/** Dark mode on or off: follows the system until pressed, then remembered. */
export function ThemeToggle() {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'light' as const)
  const dark = theme === 'dark'
  return (
    <button
      type="button"
      className="icon-button"
      aria-pressed={dark}
      onClick={() => chooseTheme(dark ? 'light' : 'dark')}
    >
      Dark mode
    </button>
  )
}
