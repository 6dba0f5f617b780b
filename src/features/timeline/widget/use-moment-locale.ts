import { useEffect, useState } from 'react'
import type { Language } from '../../../i18n/languages'

// moment.js's own locales name the timeline axis's months and days; each loads with its language.
// Their ES module builds (moment/dist/locale/): they register on the moment vis-timeline imports,
// where moment/locale/'s UMD files required a second, CommonJS moment (+19 kB gzip on the first view)
// and registered there.
// Arabic is ar-ly's: the month names Intl writes for "ar" (يناير، فبراير…) and Western digits, as
// the rest of the page (docs/decisions/messages-in-the-readers-language.md).
const MOMENT_LOCALES: Partial<Record<Language, { name: string; load: () => Promise<unknown> }>> = {
  ar: { name: 'ar-ly', load: () => import('moment/dist/locale/ar-ly') },
  uk: { name: 'uk', load: () => import('moment/dist/locale/uk') },
  es: { name: 'es', load: () => import('moment/dist/locale/es') },
  fr: { name: 'fr', load: () => import('moment/dist/locale/fr') },
}

/**
 * The moment.js locale for the timeline's axis in a language: "en" at once for English (moment's
 * own), another once its locale file has loaded (until then, English's).
 */
export function useMomentLocale(language: Language): string {
  const wanted = MOMENT_LOCALES[language]
  const [loaded, setLoaded] = useState<string | null>(null)
  useEffect(() => {
    if (!wanted) return
    let current = true
    void wanted.load().then(() => {
      if (current) setLoaded(wanted.name)
    })
    return () => {
      current = false
    }
  }, [wanted])
  return wanted && loaded === wanted.name ? loaded : 'en'
}
