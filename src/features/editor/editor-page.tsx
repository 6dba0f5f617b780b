import { LoadingState } from '../../components/loading-state'
import { download } from '../../lib/download-file'
import { navigate } from '../../state/url-store'
import { parseStoryDraft, type StoryDraft } from './model/story-draft'
import { useDraft } from './storage/use-draft'
import { StoryEditor } from './story-editor'
import { useEditorTitle } from './use-editor-title'
import './editor.css'

const titleOf = (draft: StoryDraft) => draft.title.trim() || 'Untitled story'

/** The editor at its own address (`?edit=<draft id>`): the draft, once read from this browser. */
export function EditorPage({ draftId }: { draftId: string }) {
  const view = useDraft(draftId, parseStoryDraft, { titleOf })
  useEditorTitle(view.status === 'ready' ? `Editing “${titleOf(view.content)}”` : 'Opening a story')
  if (view.status === 'ready') return <StoryEditor key={draftId} view={view} draftId={draftId} />
  return (
    <main className="page editor-message">
      <h1 className="page-title">Story Timeline</h1>
      {view.status === 'loading' && <LoadingState label="Opening the story…" />}
      {view.status === 'missing' && (
        <p role="status">
          This browser has no story at this address: it was made in another browser, or deleted for good.
        </p>
      )}
      {view.status === 'unavailable' && <p role="alert">{view.reason}</p>}
      {view.status === 'damaged' && (
        <div role="alert">
          <p>
            “{view.title}” cannot be opened: {view.reason}
          </p>
          {view.json !== null && (
            <button
              type="button"
              className="primary-button"
              onClick={() => download(`${draftId}.json`, 'application/json', view.json ?? '')}
            >
              Export its JSON
            </button>
          )}
        </div>
      )}
      <div className="button-row start">
        <button type="button" className="icon-button" onClick={() => navigate('?stories', 'push')}>
          My stories
        </button>
      </div>
    </main>
  )
}
