import { useMemo } from 'react'
import { LoadingState } from '../components/loading-state'
import { indexStory } from '../dataset/story-index'
import { draftToDataset } from '../features/editor/model/draft-to-dataset'
import { parseStoryDraft } from '../features/editor/model/story-draft'
import { useDraft } from '../features/editor/storage/use-draft'
import { Dashboard } from './dashboard'

/**
 * Preview (`?preview=<draft id>`): the dashboard on a story being made, as it is now: its timeline,
 * filters, and quotes traced to their documents. What is not ready yet (an event without a date) is
 * left out and counted. It follows the draft as it changes, in this tab or the editor's.
 */
export function PreviewPage({ draftId }: { draftId: string }) {
  const view = useDraft(draftId, parseStoryDraft)
  const content = view.status === 'ready' ? view.content : null
  const made = useMemo(() => {
    if (!content) return null
    const converted = draftToDataset(content, false)
    return converted.dataset
      ? { story: indexStory(converted.dataset), leftOut: converted.leftOut }
      : converted
  }, [content])
  if (view.status === 'loading') return <LoadingState label="Opening the preview…" />
  if (view.status !== 'ready' || !made || !content) {
    return (
      <main className="page">
        <h1 className="page-title">Story Timeline</h1>
        <p role="alert">This browser has no story to preview at this address.</p>
      </main>
    )
  }
  if (!('story' in made)) {
    return (
      <main className="page">
        <h1 className="page-title">Preview</h1>
        <p role="alert">The story cannot be shown yet:</p>
        <ul>
          {made.problems.slice(0, 10).map((problem) => (
            <li key={`${problem.kind}${problem.id}${problem.message}`}>{problem.message}</li>
          ))}
        </ul>
        <a className="primary-button" href={`?edit=${encodeURIComponent(draftId)}`}>
          Back to editing
        </a>
      </main>
    )
  }
  return (
    <Dashboard
      story={made.story}
      preview={{ draftId, title: content.title.trim() || 'Untitled story', leftOut: made.leftOut }}
    />
  )
}
