import { directionOf, LANGUAGE_PARAM, type Language, pickLanguage } from './languages'

/** `<html lang dir>` for a language: screen readers, hyphenation, fonts and the mirrored layout follow it. */
export function markPageLanguage(language: Language): void {
  document.documentElement.lang = language
  document.documentElement.dir = directionOf(language)
}

/**
 * The page's language at start: the address's `?lang=`, else the browser's, marked on `<html>` at once.
 * Not English: its catalog is loaded (before the app mounts) and the address names it, so that every
 * link and embed made from the address opens in it.
 */
export async function startPageLanguage(): Promise<void> {
  const language = pickLanguage(window.location.search, navigator.languages ?? [navigator.language])
  markPageLanguage(language)
  if (language === 'en') return
  const params = new URLSearchParams(window.location.search)
  if (params.get(LANGUAGE_PARAM) !== language) {
    params.set(LANGUAGE_PARAM, language)
    const url = new URL(window.location.href)
    url.search = params.toString()
    window.history.replaceState(window.history.state, '', url)
  }
  await applyLanguage(language)
}

// The messages' code comes with the app's, not in this first small script (see main.tsx).
async function applyLanguage(language: Language): Promise<void> {
  const { loadLanguage, activateLanguage } = await import('./load-language')
  activateLanguage(await loadLanguage(language))
  markPageLanguage(language)
}

/**
 * The reader chose a language in the menu: loaded, then the address names it (the current history
 * entry rewritten, not a new one: a language is no step of the story) and the page is drawn again in it.
 */
export async function chooseLanguage(language: Language): Promise<void> {
  if (document.documentElement.lang === language) return
  await applyLanguage(language)
  const url = new URL(window.location.href)
  url.searchParams.set(LANGUAGE_PARAM, language)
  window.history.replaceState(window.history.state, '', url)
}
