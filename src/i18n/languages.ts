/**
 * The languages the interface is written in. English is the source and the fallback for any missing
 * message; `en-XA` is a pseudo-language (English accented and lengthened, in brackets) that shows any
 * text not coming from the catalogs. Adding a language: see the README's "Languages".
 */
export const LANGUAGES = ['en', 'ar', 'uk', 'es', 'fr'] as const
export type Language = (typeof LANGUAGES)[number] | 'en-XA'

/** Each language by its own name, as its menu lists it. */
export const LANGUAGE_NAMES: Record<(typeof LANGUAGES)[number], string> = {
  en: 'English',
  ar: 'العربية',
  uk: 'Українська',
  es: 'Español',
  fr: 'Français',
}

/** The address's parameter naming the language: kept in every link and embed made from the address. */
export const LANGUAGE_PARAM = 'lang'

const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar', 'fa', 'he', 'ur'])

/** The direction a language is read in, for `<html dir>`. */
export function directionOf(language: Language): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr'
}

// Arabic script has its own comma and semicolon (، ؛); the other scripts offered use the Latin ones.
const ARABIC_SCRIPT: ReadonlySet<string> = new Set(['ar', 'fa', 'ur'])

/** What the interface puts between the items of a list it makes (paragraph numbers, names, sources). */
export function separatorsOf(language: Language): { comma: string; semicolon: string } {
  return ARABIC_SCRIPT.has(language) ? { comma: '، ', semicolon: '؛ ' } : { comma: ', ', semicolon: '; ' }
}

function known(tag: string | null | undefined): Language | null {
  if (!tag) return null
  if (tag === 'en-XA') return 'en-XA'
  const primary = tag.toLowerCase().split(/[-_]/)[0]
  return LANGUAGES.find((language) => language === primary) ?? null
}

/** The language named in the address (`?lang=ar`), or null for none or one not offered. */
export function languageInAddress(search: string): Language | null {
  return known(new URLSearchParams(search).get(LANGUAGE_PARAM))
}

/** The page's language: the address's, else the first of the reader's browser languages offered, else English. */
export function pickLanguage(search: string, preferred: readonly string[]): Language {
  const fromAddress = languageInAddress(search)
  if (fromAddress) return fromAddress
  for (const tag of preferred) {
    const language = known(tag)
    if (language && language !== 'en-XA') return language
  }
  return 'en'
}
