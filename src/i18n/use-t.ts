import { useSyncExternalStore } from 'react'
import { activeLanguage, type LoadedLanguage, subscribeToLanguage, t } from './i18n-store'

/** `t`, in a component that shows messages: it renders again when the language changes. */
export function useT(): typeof t {
  useSyncExternalStore(subscribeToLanguage, activeLanguage)
  return t
}

/** The page's language, for a component that chooses by it (the menu, the timeline's direction). */
export function useLanguage(): LoadedLanguage {
  return useSyncExternalStore(subscribeToLanguage, activeLanguage)
}
