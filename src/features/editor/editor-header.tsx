import { useState } from 'react'
import { slugify } from '../../dataset/format/slug'
import { download } from '../../lib/download-file'
import { navigate } from '../../state/url-store'
import { extractArticle } from './drafting/extract-article'
import type { Tab } from './items/items-pane'
import { draftToDataset, type ExportProblem } from './model/draft-to-dataset'
import { proposalsFrom } from './model/proposals'
import type { StoryDraft } from './model/story-draft'
import type { ReadyDraft } from './ready-draft'
import { SaveState } from './save-state'

/**
 * The editor's banner: the story's title, whether it is kept, undo and redo, and what to do with the
 * story: draft it from the article, preview it in the dashboard, export it, or go to My stories. A
 * change another tab made, or storage that is refused, is said here with what can be done.
 */
export function EditorHeader({
  view,
  draftId,
  onSaid,
  onDrafted,
  documentId,
  onPick,
}: {
  view: ReadyDraft
  draftId: string
  onSaid: (words: string) => void
  /** Told when the article's proposals are in, to show them. */
  onDrafted: () => void
  /** The document shown: Draft from the article reads it. */
  documentId: string
  /** Shows an item of the story (from a problem that export found). */
  onPick: (tab: Tab, id: string) => void
}) {
  const draft = view.content
  const [problems, setProblems] = useState<ExportProblem[] | null>(null)
  const [drafting, setDrafting] = useState<string | null>(null)
  const exportJson = () => {
    const made = draftToDataset(draft, true)
    if (!made.dataset) {
      setProblems(made.problems)
      onSaid(`${made.problems.length} thing${made.problems.length === 1 ? '' : 's'} to finish before export.`)
      return
    }
    setProblems(null)
    download(
      `${slugify(draft.title, 'story')}.json`,
      'application/json',
      `${JSON.stringify(made.dataset, null, 2)}\n`,
    )
    onSaid('Exported as JSON.')
  }
  const shown = draft.documents.find((candidate) => candidate.id === documentId) ?? draft.documents[0]
  const draftArticle = async () => {
    // The document shown is the one drafted (a story's second document is an article of its own).
    const document = shown
    if (!document?.text.trim()) return
    const published = document.published.trim()
    if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) {
      setDrafting(
        'Give the article’s publication day first (as 2023-08-15): “on Tuesday” and “last month” are read against it.',
      )
      return
    }
    setDrafting('Reading the article…')
    const answer = await extractArticle({
      text: document.text,
      published,
      standfirst: document.standfirst === 1,
    })
    if (!answer.ok) {
      setDrafting(answer.message)
      return
    }
    const { draft: extracted } = answer
    view.change((before: StoryDraft) => ({
      ...before,
      proposals: proposalsFrom(extracted, document, before),
    }))
    const counts = `${extracted.quotes.length} quotes, ${extracted.events.length} events and ${extracted.actors.length} actors`
    setDrafting(`Proposed ${counts}: check them under Proposals.`)
    onDrafted()
  }
  return (
    <header className="editor-header">
      <div className="editor-bar">
        <a className="app-name" href="?">
          Story Timeline
        </a>
        <label className="story-title-field">
          <span className="visually-hidden">Story title</span>
          <input
            value={draft.title}
            placeholder="The story’s title"
            onChange={(event) =>
              view.change((before: StoryDraft) => ({ ...before, title: event.target.value }), 'story-title')
            }
          />
        </label>
        <SaveState save={view.save} />
        <div className="button-row">
          <button
            type="button"
            className="icon-button"
            onClick={view.undo}
            disabled={!view.canUndo}
            aria-keyshortcuts="Control+Z"
          >
            Undo
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={view.redo}
            disabled={!view.canRedo}
            aria-keyshortcuts="Control+Shift+Z"
          >
            Redo
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => void draftArticle()}
            disabled={!shown?.text.trim()}
          >
            Draft from the article
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => navigate(`?preview=${encodeURIComponent(draftId)}`, 'push')}
          >
            Preview
          </button>
          <button type="button" className="primary-button" onClick={exportJson}>
            Export JSON
          </button>
          <button type="button" className="icon-button" onClick={() => navigate('?stories', 'push')}>
            My stories
          </button>
        </div>
      </div>
      {drafting && (
        <p className="editor-note" role="status">
          {drafting}
        </p>
      )}
      {view.conflict && <ConflictBanner view={view} />}
      {view.save.state === 'failed' && (
        <div className="editor-alert" role="alert">
          <p>{view.save.reason}</p>
          <button type="button" className="primary-button" onClick={exportJson}>
            Export JSON
          </button>
          <button type="button" className="icon-button" onClick={() => downloadDraft(draft)}>
            Download the draft as it is
          </button>
        </div>
      )}
      {problems && (
        <div className="editor-alert" role="alert">
          <p>
            To export the story as a dataset, finish{' '}
            {problems.length === 1 ? 'this' : `these ${problems.length}`} first (Preview shows the rest as it
            is):
          </p>
          <ul>
            {problems.slice(0, 12).map((problem) => (
              <li key={`${problem.kind}:${problem.id}:${problem.message}`}>
                {problem.message}{' '}
                {problem.id && TAB_OF[problem.kind] && (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      const tab = TAB_OF[problem.kind]
                      if (tab) onPick(tab, problem.id)
                    }}
                  >
                    Show it
                  </button>
                )}
              </li>
            ))}
          </ul>
          {problems.length > 12 && <p>And {problems.length - 12} more.</p>}
          <button type="button" className="icon-button" onClick={() => downloadDraft(draft)}>
            Download the draft as it is
          </button>
          <button type="button" className="icon-button" onClick={() => setProblems(null)}>
            Close
          </button>
        </div>
      )}
    </header>
  )
}

/** Which tab shows an item that export found a problem in. */
const TAB_OF: Partial<Record<ExportProblem['kind'], Tab>> = {
  actor: 'actors',
  event: 'events',
  quote: 'quotes',
  narrative: 'narratives',
}

/** The draft in the editor's own form, to keep by hand when the browser will not (it is not a dataset). */
function downloadDraft(draft: StoryDraft): void {
  download(`${slugify(draft.title, 'story')}-draft.json`, 'application/json', JSON.stringify(draft, null, 2))
}

function ConflictBanner({ view }: { view: ReadyDraft }) {
  const [said, setSaid] = useState<string | null>(null)
  const resolve = async (choice: 'take-theirs' | 'keep-mine' | 'overwrite') => {
    const result = await view.resolveConflict(choice)
    if (!result.ok) setSaid(result.reason)
    else if (result.copyId) navigate(`?edit=${encodeURIComponent(result.copyId)}`, 'push')
  }
  return (
    <div className="editor-alert" role="alert">
      <p>
        This story was changed in another tab. Your changes here are not saved over it: choose which to keep.
      </p>
      <div className="button-row start">
        <button type="button" className="icon-button" onClick={() => void resolve('take-theirs')}>
          Take the other tab’s
        </button>
        <button type="button" className="icon-button" onClick={() => void resolve('keep-mine')}>
          Keep mine as a copy
        </button>
        <button type="button" className="icon-button" onClick={() => void resolve('overwrite')}>
          Keep mine, over theirs
        </button>
      </div>
      {said && <p>{said}</p>}
    </div>
  )
}
