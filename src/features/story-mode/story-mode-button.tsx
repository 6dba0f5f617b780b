import { narrativesOf } from '../../dataset/narratives'
import type { Story } from '../../dataset/story-index'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { loadStoryMode } from './load-story-mode'

const messages = defineMessages({
  storyMode: { id: 'storyMode.button', defaultMessage: 'Story mode' },
})

function prefetch() {
  // A failure here is nobody's concern yet: entering story mode loads it again and says so if it fails.
  loadStoryMode().catch(() => undefined)
}

/** _Story mode_: opens the story's first narrative (or its walk in time order) at its cover. */
export function StoryModeButton({ story, onOpen }: { story: Story; onOpen: (narrative: string) => void }) {
  const t = useT()
  return (
    <button
      type="button"
      className="icon-button"
      // Pointing at the button or reaching it by keyboard fetches story mode's code ahead of the click.
      onPointerEnter={prefetch}
      onFocus={prefetch}
      onClick={() => {
        const [first] = narrativesOf(story)
        if (first) onOpen(first.id)
      }}
    >
      {t(messages.storyMode)}
    </button>
  )
}
