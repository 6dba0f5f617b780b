import type { StoryNarrative } from '../dataset/narratives'
import { t } from '../i18n/i18n-store'
import { defineMessages } from '../i18n/messages'

const messages = defineMessages({
  inTimeOrder: { id: 'storyMode.inTimeOrder', defaultMessage: 'The events in time order' },
})

/**
 * A narrative's title as the page shows it: the story's own words, or, for the walk the app makes
 * through a story with none, its name in the page's language (the dataset layer names it in English).
 */
export function narrativeTitle(narrative: StoryNarrative): string {
  return narrative.inTimeOrder ? t(messages.inTimeOrder) : narrative.title
}
