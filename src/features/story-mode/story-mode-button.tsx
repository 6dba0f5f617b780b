import { narrativesOf } from '../../dataset/narratives'
import type { Story } from '../../dataset/story-index'

/** _Story mode_: opens the story's first narrative (or its walk in time order) at its cover. */
export function StoryModeButton({ story, onOpen }: { story: Story; onOpen: (narrative: string) => void }) {
  return (
    <button
      type="button"
      className="icon-button"
      onClick={() => {
        const [first] = narrativesOf(story)
        if (first) onOpen(first.id)
      }}
    >
      Story mode
    </button>
  )
}
