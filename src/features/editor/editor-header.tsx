import { useState } from 'react'
import { slugify } from '../../dataset/format/slug'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { download } from '../../lib/download-file'
import { navigate } from '../../state/url-store'
import { DraftReasonWords } from './draft-reason-words'
import { draftingProblemWords } from './drafting/drafting-problem'
import { extractArticle } from './drafting/extract-article'
import type { Tab } from './items/items-pane'
import { draftToDataset, type ExportProblem } from './model/draft-to-dataset'
import { proposalsFrom } from './model/proposals'
import type { StoryDraft } from './model/story-draft'
import type { ReadyDraft } from './ready-draft'
import { SaveState } from './save-state'
import type { DraftReason } from './storage/storage-failure'

const messages = defineMessages({
  toFinish: {
    id: 'editor.toFinish',
    defaultMessage: '{count, plural, one {# thing} other {# things}} to finish before export.',
  },
  exported: { id: 'editor.exported', defaultMessage: 'Exported as JSON.' },
  giveDay: {
    id: 'editor.giveDay',
    defaultMessage:
      'Give the article’s publication day first (as 2023-08-15): “on Tuesday” and “last month” are read against it.',
  },
  reading: { id: 'editor.readingArticle', defaultMessage: 'Reading the article…' },
  proposed: {
    id: 'editor.proposed',
    defaultMessage:
      'Proposed {quotes, plural, one {# quote} other {# quotes}}, {events, plural, one {# event} other {# events}} and {actors, plural, one {# actor} other {# actors}}: check them under Proposals.',
  },
  app: { id: 'app.name', defaultMessage: 'Story Timeline' },
  storyTitle: { id: 'editor.storyTitle', defaultMessage: 'Story title' },
  titlePlaceholder: { id: 'editor.titlePlaceholder', defaultMessage: 'The story’s title' },
  undo: { id: 'editor.undo', defaultMessage: 'Undo' },
  redo: { id: 'editor.redo', defaultMessage: 'Redo' },
  draftArticle: { id: 'editor.draftArticle', defaultMessage: 'Draft from the article' },
  preview: { id: 'previewPage.title', defaultMessage: 'Preview' },
  exportJson: { id: 'editor.exportJson', defaultMessage: 'Export JSON' },
  myStories: { id: 'editor.myStories', defaultMessage: 'My stories' },
  downloadDraft: { id: 'editor.downloadDraft', defaultMessage: 'Download the draft as it is' },
  finishFirst: {
    id: 'editor.finishFirst',
    defaultMessage:
      'To export the story as a dataset, finish {count, plural, one {this} other {these #}} first (Preview shows the rest as it is):',
  },
  showIt: { id: 'editor.showIt', defaultMessage: 'Show it' },
  andMore: { id: 'editor.andMore', defaultMessage: 'And {count, number} more.' },
  close: { id: 'dialog.close', defaultMessage: 'Close' },
  conflict: {
    id: 'editor.conflict',
    defaultMessage:
      'This story was changed in another tab. Your changes here are not saved over it: choose which to keep.',
  },
  takeTheirs: { id: 'editor.takeTheirs', defaultMessage: 'Take the other tab’s' },
  keepCopy: { id: 'editor.keepCopy', defaultMessage: 'Keep mine as a copy' },
  overwrite: { id: 'editor.overwrite', defaultMessage: 'Keep mine, over theirs' },
})

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
  const t = useT()
  const draft = view.content
  const [problems, setProblems] = useState<ExportProblem[] | null>(null)
  const [drafting, setDrafting] = useState<string | null>(null)
  const exportJson = () => {
    const made = draftToDataset(draft, true)
    if (!made.dataset) {
      setProblems(made.problems)
      onSaid(t(messages.toFinish, { count: made.problems.length }))
      return
    }
    setProblems(null)
    download(
      `${slugify(draft.title, 'story')}.json`,
      'application/json',
      `${JSON.stringify(made.dataset, null, 2)}\n`,
    )
    onSaid(t(messages.exported))
  }
  const shown = draft.documents.find((candidate) => candidate.id === documentId) ?? draft.documents[0]
  const draftArticle = async () => {
    // The document shown is the one drafted (a story's second document is an article of its own).
    const document = shown
    if (!document?.text.trim()) return
    const published = document.published.trim()
    if (!/^\d{4}-\d{2}-\d{2}$/.test(published)) {
      setDrafting(t(messages.giveDay))
      return
    }
    setDrafting(t(messages.reading))
    const answer = await extractArticle({
      text: document.text,
      published,
      standfirst: document.standfirst === 1,
    })
    if (!answer.ok) {
      setDrafting(draftingProblemWords(answer.problem))
      return
    }
    const { draft: extracted } = answer
    view.change((before: StoryDraft) => ({
      ...before,
      proposals: proposalsFrom(extracted, document, before),
    }))
    setDrafting(
      t(messages.proposed, {
        quotes: extracted.quotes.length,
        events: extracted.events.length,
        actors: extracted.actors.length,
      }),
    )
    onDrafted()
  }
  return (
    <header className="editor-header">
      <div className="editor-bar">
        <a className="app-name" href="?">
          {t(messages.app)}
        </a>
        <label className="story-title-field">
          <span className="visually-hidden">{t(messages.storyTitle)}</span>
          <input
            value={draft.title}
            placeholder={t(messages.titlePlaceholder)}
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
            {t(messages.undo)}
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={view.redo}
            disabled={!view.canRedo}
            aria-keyshortcuts="Control+Shift+Z"
          >
            {t(messages.redo)}
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => void draftArticle()}
            disabled={!shown?.text.trim()}
          >
            {t(messages.draftArticle)}
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => navigate(`?preview=${encodeURIComponent(draftId)}`, 'push')}
          >
            {t(messages.preview)}
          </button>
          <button type="button" className="primary-button" onClick={exportJson}>
            {t(messages.exportJson)}
          </button>
          <button type="button" className="icon-button" onClick={() => navigate('?stories', 'push')}>
            {t(messages.myStories)}
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
          <p>
            <DraftReasonWords reason={view.save.reason} />
          </p>
          <button type="button" className="primary-button" onClick={exportJson}>
            {t(messages.exportJson)}
          </button>
          <button type="button" className="icon-button" onClick={() => downloadDraft(draft)}>
            {t(messages.downloadDraft)}
          </button>
        </div>
      )}
      {problems && (
        <div className="editor-alert" role="alert">
          <p>{t(messages.finishFirst, { count: problems.length })}</p>
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
                    {t(messages.showIt)}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {problems.length > 12 && <p>{t(messages.andMore, { count: problems.length - 12 })}</p>}
          <button type="button" className="icon-button" onClick={() => downloadDraft(draft)}>
            {t(messages.downloadDraft)}
          </button>
          <button type="button" className="icon-button" onClick={() => setProblems(null)}>
            {t(messages.close)}
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
  const t = useT()
  const [said, setSaid] = useState<DraftReason | null>(null)
  const resolve = async (choice: 'take-theirs' | 'keep-mine' | 'overwrite') => {
    const result = await view.resolveConflict(choice)
    if (!result.ok) setSaid(result.reason)
    else if (result.copyId) navigate(`?edit=${encodeURIComponent(result.copyId)}`, 'push')
  }
  return (
    <div className="editor-alert" role="alert">
      <p>{t(messages.conflict)}</p>
      <div className="button-row start">
        <button type="button" className="icon-button" onClick={() => void resolve('take-theirs')}>
          {t(messages.takeTheirs)}
        </button>
        <button type="button" className="icon-button" onClick={() => void resolve('keep-mine')}>
          {t(messages.keepCopy)}
        </button>
        <button type="button" className="icon-button" onClick={() => void resolve('overwrite')}>
          {t(messages.overwrite)}
        </button>
      </div>
      {said && (
        <p>
          <DraftReasonWords reason={said} />
        </p>
      )}
    </div>
  )
}
