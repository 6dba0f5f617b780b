import { useState } from 'react'
import type { Dataset } from '../../../dataset/format/schema'
import { navigate } from '../../../state/url-store'

// The editor's doors on the dashboard: small, and loading the editor only when pressed.

/** New story: opens the editor on a new story, waiting for its article. */
export function NewStoryButton() {
  const [problem, setProblem] = useState<string | null>(null)
  return (
    <>
      <button
        type="button"
        className="icon-button"
        onClick={async () => {
          const { startStory } = await import('./start-story')
          setProblem(await startStory())
        }}
      >
        New story
      </button>
      <button type="button" className="icon-button" onClick={() => navigate('?stories', 'push')}>
        My stories
      </button>
      {problem && (
        <span role="alert" className="field-hint field-problem">
          {problem}
        </span>
      )}
    </>
  )
}

/** Edit a copy: the story shown, as a new story in the editor (the original stays as it is). */
export function EditCopyButton({ dataset }: { dataset: Dataset }) {
  const [problem, setProblem] = useState<string | null>(null)
  return (
    <>
      <button
        type="button"
        className="icon-button"
        onClick={async () => {
          const { startStory } = await import('./start-story')
          setProblem(await startStory(dataset))
        }}
      >
        Edit a copy
      </button>
      {problem && (
        <span role="alert" className="field-hint field-problem">
          {problem}
        </span>
      )}
    </>
  )
}
