import type { Formatters } from 'intl-messageformat'

/**
 * Intl's formatters for a language other than English, each made once per set of options: loaded
 * with the language's catalog, never on English's first view (docs/decisions/no-intl-on-first-view.md).
 */
export function intlFormatters(): Formatters {
  const made = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>()
  const once = <T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
    key: string,
    make: () => T,
  ): T => {
    const found = made.get(key)
    if (found) return found as T // stored under a key naming its kind, so it is of that kind
    const value = make()
    made.set(key, value)
    return value
  }
  return {
    getNumberFormat: (locales, options) =>
      once(
        `n${JSON.stringify([locales, options])}`, // FormatJS's options type knows one value newer than TypeScript's lib (trailingZeroDisplay:
        // 'stripToMinimum'); the messages here ask for none of it.
        () => new Intl.NumberFormat(locales, options as Intl.NumberFormatOptions | undefined),
      ),
    getDateTimeFormat: (locales, options) =>
      once(`d${JSON.stringify([locales, options])}`, () => new Intl.DateTimeFormat(locales, options)),
    getPluralRules: (locales, options) =>
      once(`p${JSON.stringify([locales, options])}`, () => new Intl.PluralRules(locales, options)),
  }
}
