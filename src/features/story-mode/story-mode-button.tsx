import { narrativesOf } from '../../dataset/narratives'
import type { Story } from '../../dataset/story-index'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  storyMode: { id: 'storyMode.button', defaultMessage: 'Story mode' },
})

/** _Story mode_: opens the story's first narrative (or its walk in time order) at its cover. */
export function StoryModeButton({ story, onOpen }: { story: Story; onOpen: (narrative: string) => void }) {
  const t = useT()
  return (
    <button
      type="button"
      className="icon-button"
      onClick={() => {
        const [first] = narrativesOf(story)
        if (first) onOpen(first.id)
      }}
    >
      {t(messages.storyMode)}
    </button>
  )
}
