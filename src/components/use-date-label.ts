import type { StoryDate } from '../dataset/dates/story-date'
import { useLanguage } from '../i18n/use-t'
import { localDateLabel } from './local-date-label'

/** How a component writes a date: in the page's language, drawn again when it changes. */
export function useDateLabel(): (date: StoryDate) => string {
  useLanguage()
  return localDateLabel
}
