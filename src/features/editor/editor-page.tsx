import { LoadingState } from '../../components/loading-state'
import { t } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { download } from '../../lib/download-file'
import { navigate } from '../../state/url-store'
import { parseStoryDraft, type StoryDraft } from './model/story-draft'
import { UNTITLED } from './storage/draft-title'
import { useDraft } from './storage/use-draft'
import { StoryEditor } from './story-editor'
import { useEditorTitle } from './use-editor-title'
import './editor.css'
import { DraftReasonWords } from './draft-reason-words'

const messages = defineMessages({
  untitled: { id: 'editor.untitledStory', defaultMessage: 'Untitled story' },
  editing: { id: 'editor.editing', defaultMessage: 'Editing “{title}”' },
  openingTitle: { id: 'editor.openingTitle', defaultMessage: 'Opening a story' },
  app: { id: 'app.name', defaultMessage: 'Story Timeline' },
  opening: { id: 'editor.openingStory', defaultMessage: 'Opening the story…' },
  missing: {
    id: 'editor.missing',
    defaultMessage:
      'This browser has no story at this address: it was made in another browser, or deleted for good.',
  },
  damaged: { id: 'editor.damaged', defaultMessage: '“{title}” cannot be opened: {reason}' },
  exportJson: { id: 'editor.exportItsJson', defaultMessage: 'Export its JSON' },
  myStories: { id: 'editor.myStories', defaultMessage: 'My stories' },
})

// The title kept with the draft in this browser's list: the stored form, the same in every language.
const titleOf = (draft: StoryDraft) => draft.title.trim() || UNTITLED
// The title the page shows: an untitled story named in the page's language.
const shownTitle = (draft: StoryDraft) => draft.title.trim() || t(messages.untitled)

/** The editor at its own address (`?edit=<draft id>`): the draft, once read from this browser. */
export function EditorPage({ draftId }: { draftId: string }) {
  useT()
  const view = useDraft(draftId, parseStoryDraft, { titleOf })
  useEditorTitle(
    view.status === 'ready'
      ? t(messages.editing, { title: shownTitle(view.content) })
      : t(messages.openingTitle),
  )
  if (view.status === 'ready') return <StoryEditor key={draftId} view={view} draftId={draftId} />
  return (
    <main className="page editor-message">
      <h1 className="page-title">{t(messages.app)}</h1>
      {view.status === 'loading' && <LoadingState label={t(messages.opening)} />}
      {view.status === 'missing' && <p role="status">{t(messages.missing)}</p>}
      {view.status === 'unavailable' && (
        <p role="alert">
          <DraftReasonWords reason={view.reason} />
        </p>
      )}
      {view.status === 'damaged' && (
        <div role="alert">
          <p>{t(messages.damaged, { title: view.title, reason: view.reason })}</p>
          {view.json !== null && (
            <button
              type="button"
              className="primary-button"
              onClick={() => download(`${draftId}.json`, 'application/json', view.json ?? '')}
            >
              {t(messages.exportJson)}
            </button>
          )}
        </div>
      )}
      <div className="button-row start">
        <button type="button" className="icon-button" onClick={() => navigate('?stories', 'push')}>
          {t(messages.myStories)}
        </button>
      </div>
    </main>
  )
}
