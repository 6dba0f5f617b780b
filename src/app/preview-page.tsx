import { useMemo } from 'react'
import { LoadingState } from '../components/loading-state'
import { indexStory } from '../dataset/story-index'
import { draftToDataset } from '../features/editor/model/draft-to-dataset'
import { parseStoryDraft } from '../features/editor/model/story-draft'
import { useDraft } from '../features/editor/storage/use-draft'
import { defineMessages } from '../i18n/messages'
import { useLanguage, useT } from '../i18n/use-t'
import { Dashboard } from './dashboard'

const messages = defineMessages({
  opening: { id: 'previewPage.opening', defaultMessage: 'Opening the preview…' },
  appName: { id: 'app.name', defaultMessage: 'Story Timeline' },
  noStory: {
    id: 'previewPage.noStory',
    defaultMessage: 'This browser has no story to preview at this address.',
  },
  preview: { id: 'previewPage.title', defaultMessage: 'Preview' },
  cannotShow: { id: 'previewPage.cannotShow', defaultMessage: 'The story cannot be shown yet:' },
  backToEditing: { id: 'dashboard.backToEditing', defaultMessage: 'Back to editing' },
  untitled: { id: 'editor.untitledStory', defaultMessage: 'Untitled story' },
})

/**
 * Preview (`?preview=<draft id>`): the dashboard on a story being made, as it is now: its timeline,
 * filters, and quotes traced to their documents. What is not ready yet (an event without a date) is
 * left out and counted. It follows the draft as it changes, in this tab or the editor's.
 */
export function PreviewPage({ draftId }: { draftId: string }) {
  const t = useT()
  const { language } = useLanguage()
  const view = useDraft(draftId, parseStoryDraft)
  const content = view.status === 'ready' ? view.content : null
  const made = useMemo(() => {
    if (!content) return null
    const converted = draftToDataset(content, false)
    return converted.dataset
      ? { story: indexStory(converted.dataset), leftOut: converted.leftOut }
      : converted
  }, [content])
  if (view.status === 'loading') return <LoadingState label={t(messages.opening)} />
  if (view.status !== 'ready' || !made || !content) {
    return (
      <main className="page">
        <h1 className="page-title">{t(messages.appName)}</h1>
        <p role="alert">{t(messages.noStory)}</p>
      </main>
    )
  }
  if (!('story' in made)) {
    return (
      <main className="page">
        <h1 className="page-title">{t(messages.preview)}</h1>
        <p role="alert">{t(messages.cannotShow)}</p>
        <ul>
          {made.problems.slice(0, 10).map((problem) => (
            <li key={`${problem.kind}${problem.id}${problem.message}`}>{problem.message}</li>
          ))}
        </ul>
        <a className="primary-button" href={`?edit=${encodeURIComponent(draftId)}`}>
          {t(messages.backToEditing)}
        </a>
      </main>
    )
  }
  return (
    <Dashboard
      key={language}
      story={made.story}
      preview={{ draftId, title: content.title.trim() || t(messages.untitled), leftOut: made.leftOut }}
    />
  )
}
