import { type ReactNode, useState } from 'react'
import type { Dataset } from '../../../dataset/format/schema'
import { defineMessages } from '../../../i18n/messages'
import { useT } from '../../../i18n/use-t'
import { navigate } from '../../../state/url-store'

const messages = defineMessages({
  newStory: { id: 'editor.newStory', defaultMessage: 'New story' },
  myStories: { id: 'editor.myStories', defaultMessage: 'My stories' },
  editCopy: { id: 'editor.editCopy', defaultMessage: 'Edit a copy' },
})

// The editor's doors on the dashboard: small, and loading the editor only when pressed.

/** New story: opens the editor on a new story, waiting for its article. */
export function NewStoryButton() {
  const t = useT()
  const [problem, setProblem] = useState<ReactNode>(null)
  return (
    <>
      <button
        type="button"
        className="icon-button"
        onClick={async () => {
          const { startStory, DraftReasonWords } = await import('./start-story')
          const reason = await startStory()
          setProblem(reason === null ? null : <DraftReasonWords reason={reason} />)
        }}
      >
        {t(messages.newStory)}
      </button>
      <button type="button" className="icon-button" onClick={() => navigate('?stories', 'push')}>
        {t(messages.myStories)}
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
  const t = useT()
  const [problem, setProblem] = useState<ReactNode>(null)
  return (
    <>
      <button
        type="button"
        className="icon-button"
        onClick={async () => {
          const { startStory, DraftReasonWords } = await import('./start-story')
          const reason = await startStory(dataset)
          setProblem(reason === null ? null : <DraftReasonWords reason={reason} />)
        }}
      >
        {t(messages.editCopy)}
      </button>
      {problem && (
        <span role="alert" className="field-hint field-problem">
          {problem}
        </span>
      )}
    </>
  )
}
