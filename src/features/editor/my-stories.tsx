import { useState } from 'react'
import { LoadingState } from '../../components/loading-state'
import { activeLanguage } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { download } from '../../lib/download-file'
import { navigate } from '../../state/url-store'
import { newStoryDraft, parseStoryDraft, type StoryDraft } from './model/story-draft'
import { UNTITLED } from './storage/draft-title'
import { useDraftList } from './storage/use-draft-list'
import { useEditorTitle } from './use-editor-title'
import './editor.css'
import { DraftReasonWords } from './draft-reason-words'
import type { DraftReason } from './storage/storage-failure'

const messages = defineMessages({
  myStories: { id: 'editor.myStories', defaultMessage: 'My stories' },
  app: { id: 'app.name', defaultMessage: 'Story Timeline' },
  newStory: { id: 'editor.newStory', defaultMessage: 'New story' },
  kept: {
    id: 'editor.keptHere',
    defaultMessage: 'Kept in this browser only: export a story as JSON to keep it elsewhere or share it.',
  },
  reading: { id: 'editor.readingStories', defaultMessage: 'Reading your stories…' },
  none: { id: 'editor.noStories', defaultMessage: 'No stories yet. New story starts one from an article.' },
  yours: { id: 'editor.yourStories', defaultMessage: 'Your stories' },
  untitled: { id: 'editor.untitledStory', defaultMessage: 'Untitled story' },
  lastChanged: { id: 'editor.lastChanged', defaultMessage: 'Last changed {when}' },
  unknownTime: { id: 'editor.unknownTime', defaultMessage: 'unknown' },
  cannotOpen: { id: 'editor.cannotBeOpened', defaultMessage: 'cannot be opened: {reason}' },
  download: { id: 'editor.download', defaultMessage: 'Download' },
  copy: { id: 'editor.copy', defaultMessage: 'Copy' },
  deleted: {
    id: 'editor.storyDeleted',
    defaultMessage: '“{title}” deleted. It can be restored below for 30 days.',
  },
  deleteTitle: { id: 'editor.deleteStory', defaultMessage: 'Delete “{title}”' },
  keep: { id: 'editor.keepIt', defaultMessage: 'Keep it' },
  deleteAsk: { id: 'editor.deleteAsk', defaultMessage: 'Delete…' },
  deletedStories: { id: 'editor.deletedStories', defaultMessage: 'Deleted stories' },
  restorable: { id: 'editor.restorable', defaultMessage: 'Deleted (restorable for 30 days)' },
  restored: { id: 'editor.storyRestored', defaultMessage: '“{title}” restored.' },
  restore: { id: 'editor.restore', defaultMessage: 'Restore' },
})

// Kept with the draft in this browser's list: the stored form, the same in every language.
const titleOf = (draft: StoryDraft) => draft.title.trim() || UNTITLED
// Dates and times as the page's language writes them (My stories is never the first view).
const when = (time: number) =>
  new Date(time).toLocaleString(activeLanguage().locale, { dateStyle: 'medium', timeStyle: 'short' })

/**
 * My stories (`?stories`): the stories made in this browser, the latest changed first, each to open,
 * copy, export or delete (asked first; a deleted story can be restored for 30 days).
 */
export function MyStories() {
  const t = useT()
  const list = useDraftList(parseStoryDraft, { titleOf })
  useEditorTitle(t(messages.myStories))
  // A story kept untitled is named in the page's language.
  const shown = (title: string) => (title === UNTITLED ? t(messages.untitled) : title)
  const [asking, setAsking] = useState<string | null>(null)
  const [said, setSaid] = useState<DraftReason>('')
  const create = async () => {
    const created = await list.create(newStoryDraft())
    if (created.ok) navigate(`?edit=${encodeURIComponent(created.id)}`, 'push')
    else setSaid(created.reason)
  }
  return (
    <main className="page my-stories">
      <header className="my-stories-header">
        <a className="app-name" href="?">
          {t(messages.app)}
        </a>
        <h1 className="page-title">{t(messages.myStories)}</h1>
        <button type="button" className="primary-button" onClick={() => void create()}>
          {t(messages.newStory)}
        </button>
      </header>
      <p className="field-hint">{t(messages.kept)}</p>
      {list.status === 'loading' && <LoadingState label={t(messages.reading)} />}
      {list.status === 'ready' && (
        <>
          {list.failure && (
            <p role="alert">
              <DraftReasonWords reason={list.failure} />
            </p>
          )}
          {list.drafts.length === 0 ? (
            <p className="empty-state">{t(messages.none)}</p>
          ) : (
            <ul className="story-list" aria-label={t(messages.yours)}>
              {list.drafts.map((draft) => (
                <li key={draft.id} className="story-row">
                  <div>
                    {draft.damaged ? (
                      <span className="story-row-title">{shown(draft.title)}</span>
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
                        {shown(draft.title)}
                      </a>
                    )}
                    <span className="item-meta">
                      {t(messages.lastChanged, {
                        when: draft.updatedAt === null ? t(messages.unknownTime) : when(draft.updatedAt),
                      })}
                      {draft.damaged ? ` · ${t(messages.cannotOpen, { reason: draft.damaged })}` : ''}
                      {draft.unsaved ? (
                        <>
                          {' · '}
                          <DraftReasonWords reason={draft.unsaved} />
                        </>
                      ) : (
                        ''
                      )}
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
                      {t(messages.download)}
                      <span className="visually-hidden"> {shown(draft.title)}</span>
                    </button>
                    {!draft.damaged && (
                      <button
                        type="button"
                        className="icon-button"
                        onClick={() => void list.duplicate(draft.id)}
                      >
                        {t(messages.copy)}
                        <span className="visually-hidden"> {shown(draft.title)}</span>
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
                                ? t(messages.deleted, { title: shown(draft.title) })
                                : removed.reason,
                            )
                          }}
                        >
                          {t(messages.deleteTitle, { title: shown(draft.title) })}
                        </button>
                        <button type="button" className="icon-button" onClick={() => setAsking(null)}>
                          {t(messages.keep)}
                        </button>
                      </>
                    ) : (
                      <button type="button" className="icon-button" onClick={() => setAsking(draft.id)}>
                        {t(messages.deleteAsk)}
                        <span className="visually-hidden"> {shown(draft.title)}</span>
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          )}
          {list.deleted.length > 0 && (
            <section aria-label={t(messages.deletedStories)}>
              <h2 className="section-title">{t(messages.restorable)}</h2>
              <ul className="story-list">
                {list.deleted.map((draft) => (
                  <li key={draft.id} className="story-row">
                    <span>{shown(draft.title)}</span>
                    <button
                      type="button"
                      className="icon-button"
                      onClick={async () => {
                        const restored = await list.restore(draft.id)
                        setSaid(
                          restored.ok ? t(messages.restored, { title: shown(draft.title) }) : restored.reason,
                        )
                      }}
                    >
                      {t(messages.restore)}
                      <span className="visually-hidden"> {shown(draft.title)}</span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
      <p role="status" className="editor-note">
        <DraftReasonWords reason={said} />
      </p>
    </main>
  )
}
