import type { Formatters } from 'intl-messageformat'
import { formatNumber } from '../lib/format-count'

// English's plural rules (CLDR): "1 event", "5 events"; "1st", "2nd", "3rd", "11th".
function englishCategory(count: number, type: Intl.PluralRuleType | undefined): Intl.LDMLPluralRule {
  if (type !== 'ordinal') return count === 1 ? 'one' : 'other'
  const tens = count % 100
  if (tens >= 11 && tens <= 13) return 'other'
  return (['other', 'one', 'two', 'few'] as const)[count % 10] ?? 'other'
}

/**
 * English's numbers and plural rules written out, not asked of Intl: the first view uses no Intl
 * service (docs/decisions/no-intl-on-first-view.md). formatToParts calls only `format` and `select`
 * on what these return, so the rest of Intl's interface is left out (hence the `as`, each once).
 */
export const ENGLISH_FORMATTERS: Formatters = {
  getNumberFormat: () => ({ format: (value: number) => formatNumber(value) }) as Intl.NumberFormat,
  getPluralRules: (_locales, options) =>
    ({ select: (count: number) => englishCategory(count, options?.type) }) as Intl.PluralRules,
  getDateTimeFormat: (...args) => new Intl.DateTimeFormat(...args),
}
