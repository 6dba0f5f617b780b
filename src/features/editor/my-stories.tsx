import { useState } from 'react'
import { LoadingState } from '../../components/loading-state'
import { download } from '../../lib/download-file'
import { navigate } from '../../state/url-store'
import { newStoryDraft, parseStoryDraft, type StoryDraft } from './model/story-draft'
import { useDraftList } from './storage/use-draft-list'
import { useEditorTitle } from './use-editor-title'
import './editor.css'

const titleOf = (draft: StoryDraft) => draft.title.trim() || 'Untitled story'
const when = (time: number | null) =>
  time === null
    ? 'unknown'
    : new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/**
 * My stories (`?stories`): the stories made in this browser, the latest changed first, each to open,
 * copy, export or delete (asked first; a deleted story can be restored for 30 days).
 */
export function MyStories() {
  const list = useDraftList(parseStoryDraft, { titleOf })
  useEditorTitle('My stories')
  const [asking, setAsking] = useState<string | null>(null)
  const [said, setSaid] = useState('')
  const create = async () => {
    const created = await list.create(newStoryDraft())
    if (created.ok) navigate(`?edit=${encodeURIComponent(created.id)}`, 'push')
    else setSaid(created.reason)
  }
  return (
    <main className="page my-stories">
      <header className="my-stories-header">
        <a className="app-name" href="?">
          Story Timeline
        </a>
        <h1 className="page-title">My stories</h1>
        <button type="button" className="primary-button" onClick={() => void create()}>
          New story
        </button>
      </header>
      <p className="field-hint">
        Kept in this browser only: export a story as JSON to keep it elsewhere or share it.
      </p>
      {list.status === 'loading' && <LoadingState label="Reading your stories…" />}
      {list.status === 'ready' && (
        <>
          {list.failure && <p role="alert">{list.failure}</p>}
          {list.drafts.length === 0 ? (
            <p className="empty-state">No stories yet. New story starts one from an article.</p>
          ) : (
            <ul className="story-list" aria-label="Your stories">
              {list.drafts.map((draft) => (
                <li key={draft.id} className="story-row">
                  <div>
                    {draft.damaged ? (
                      <span className="story-row-title">{draft.title}</span>
                    ) : (
                      <a
                        className="story-row-title"
                        href={`?edit=${encodeURIComponent(draft.id)}`}
                        onClick={(event) => {
                          // Within the page: the app's code is loaded already.
                          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return
                          event.preventDefault()
                          navigate(`?edit=${encodeURIComponent(draft.id)}`, 'push')
                        }}
                      >
                        {draft.title}
                      </a>
                    )}
                    <span className="item-meta">
                      Last changed {when(draft.updatedAt)}
                      {draft.damaged ? ` · cannot be opened: ${draft.damaged}` : ''}
                      {draft.unsaved ? ` · ${draft.unsaved}` : ''}
                    </span>
                  </div>
                  <div className="button-row">
                    <button
                      type="button"
                      className="icon-button"
                      onClick={async () => {
                        const exported = await list.exportJson(draft.id)
                        if (exported.ok) download(`${draft.id}-draft.json`, 'application/json', exported.json)
                        else setSaid(exported.reason)
                      }}
                    >
                      Download
                      <span className="visually-hidden"> {draft.title}</span>
                    </button>
                    {!draft.damaged && (
                      <button
                        type="button"
                        className="icon-button"
                        onClick={() => void list.duplicate(draft.id)}
                      >
                        Copy
                        <span className="visually-hidden"> {draft.title}</span>
                      </button>
                    )}
                    {asking === draft.id ? (
                      <>
                        <button
                          type="button"
                          className="danger-button"
                          onClick={async () => {
                            setAsking(null)
                            const removed = await list.remove(draft.id)
                            setSaid(
                              removed.ok
                                ? `“${draft.title}” deleted. It can be restored below for 30 days.`
                                : removed.reason,
                            )
                          }}
                        >
                          Delete “{draft.title}”
                        </button>
                        <button type="button" className="icon-button" onClick={() => setAsking(null)}>
                          Keep it
                        </button>
                      </>
                    ) : (
                      <button type="button" className="icon-button" onClick={() => setAsking(draft.id)}>
                        Delete…
                        <span className="visually-hidden"> {draft.title}</span>
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
          {list.deleted.length > 0 && (
            <section aria-label="Deleted stories">
              <h2 className="section-title">Deleted (restorable for 30 days)</h2>
              <ul className="story-list">
                {list.deleted.map((draft) => (
                  <li key={draft.id} className="story-row">
                    <span>{draft.title}</span>
                    <button
                      type="button"
                      className="icon-button"
                      onClick={async () => {
                        const restored = await list.restore(draft.id)
                        setSaid(restored.ok ? `“${draft.title}” restored.` : restored.reason)
                      }}
                    >
                      Restore
                      <span className="visually-hidden"> {draft.title}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      <p role="status" className="editor-note">
        {said}
      </p>
    </main>
  )
}
