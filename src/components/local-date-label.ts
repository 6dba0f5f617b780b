import type { StoryDate } from '../dataset/dates/story-date'
import { activeLanguage } from '../i18n/i18n-store'

/**
 * A date's label in the page's language: English's own (the dataset's label); another language's
 * from Intl and the catalog (i18n/intl-date-labels.ts, loaded with the language); the
 * pseudo-language's accented.
 */
export function localDateLabel(date: StoryDate): string {
  const { rewrite, dateLabel } = activeLanguage()
  if (rewrite) {
    const rewritten = rewrite(date.label)
    return typeof rewritten === 'string' ? rewritten : date.label
  }
  return dateLabel ? dateLabel(date) : date.label
}
