import { ENGLISH, type LoadedLanguage } from './i18n-store'

export { activateLanguage } from './i18n-store'

import { intlDateLabels } from './intl-date-labels'
import { intlFormatters } from './intl-formatters'
import type { Language } from './languages'
import type { MessageText } from './messages'

type Catalog = Readonly<Record<string, MessageText>>

// Each catalog is its own chunk, fetched when its language is chosen: English is in the code itself.
// (The JSON's type says strings; the build has parsed the messages with arguments, hence MessageText.)
const CATALOGS: Record<Exclude<Language, 'en' | 'en-XA'>, () => Promise<Catalog>> = {
  ar: () => import('./catalogs/ar.json').then((module) => module.default),
  uk: () => import('./catalogs/uk.json').then((module) => module.default),
  es: () => import('./catalogs/es.json').then((module) => module.default),
  fr: () => import('./catalogs/fr.json').then((module) => module.default),
}

/**
 * Arabic is written with Western digits (0–9), as most Arabic news sites and agencies write them
 * (Al Jazeera, BBC Arabic, Asharq Al-Awsat) and as the story's own dates and figures are given: see
 * docs/decisions/messages-in-the-readers-language.md.
 */
const INTL_LOCALES: Record<Exclude<Language, 'en' | 'en-XA'>, string> = {
  ar: 'ar-u-nu-latn',
  uk: 'uk',
  es: 'es',
  fr: 'fr',
}

/** A language's catalog and rules, loaded when it is chosen. */
export async function loadLanguage(language: Language): Promise<LoadedLanguage> {
  if (language === 'en') return ENGLISH
  if (language === 'en-XA') return (await import('./pseudo-language')).PSEUDO_LANGUAGE
  const messages = await CATALOGS[language]()
  return {
    language,
    locale: INTL_LOCALES[language],
    messages,
    formatters: intlFormatters(),
    dateLabel: intlDateLabels(),
  }
}
