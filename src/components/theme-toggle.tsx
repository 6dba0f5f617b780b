import { useSyncExternalStore } from 'react'
import { defineMessages } from '../i18n/messages'
import { useT } from '../i18n/use-t'
import { chooseTheme, currentTheme, THEME_CHANGED } from '../lib/theme'

const messages = defineMessages({
  darkMode: { id: 'theme.darkMode', defaultMessage: 'Dark mode' },
})

const subscribe = (onChange: () => void) => {
  window.addEventListener(THEME_CHANGED, onChange)
  return () => window.removeEventListener(THEME_CHANGED, onChange)
}

/** Dark mode on or off: follows the system until pressed, then remembered. */
export function ThemeToggle() {
  const t = useT()
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'light' as const)
  const dark = theme === 'dark'
  return (
    <button
      type="button"
      className="icon-button"
      aria-pressed={dark}
      onClick={() => chooseTheme(dark ? 'light' : 'dark')}
    >
      {t(messages.darkMode)}
    </button>
  )
}
