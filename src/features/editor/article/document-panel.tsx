import { useId, useRef, useState } from 'react'
import type { DocumentNote, DocumentRefusal } from '../../../dataset/documents/document-note'
import { defineMessages } from '../../../i18n/messages'
import { richText } from '../../../i18n/rich-text'
import { useT } from '../../../i18n/use-t'
import { DateField } from '../items/date-field'
import { TextField } from '../items/field'
import type { DraftDocument } from '../model/story-draft'
import { DocumentNoteWords, DocumentRefusalWords } from './document-note-words'

const messages = defineMessages({
  reading: { id: 'dataIo.reading', defaultMessage: 'Reading {name}…' },
  particulars: { id: 'editor.particulars', defaultMessage: 'The document’s particulars' },
  title: { id: 'editor.docTitle', defaultMessage: 'Title' },
  outlet: { id: 'editor.docOutlet', defaultMessage: 'Outlet' },
  url: { id: 'editor.docUrl', defaultMessage: 'URL' },
  published: { id: 'editor.docPublished', defaultMessage: 'Published' },
  text: { id: 'editor.articleText', defaultMessage: 'Article text' },
  textPlaceholder: {
    id: 'editor.articleTextPlaceholder',
    defaultMessage: 'Paste the article’s text here: one paragraph a line.',
  },
  file: { id: 'editor.articleFile', defaultMessage: 'Article file' },
  openFile: { id: 'editor.openFile', defaultMessage: 'Open a file…' },
  fileKinds: {
    id: 'editor.fileKinds',
    defaultMessage: '.txt, .md, a saved web page (.html) or a Word document (.docx)',
  },
  howRead: { id: 'editor.howRead', defaultMessage: 'How the file was read' },
})

type Patch = Partial<Omit<DraftDocument, 'id'>>

/**
 * A document's particulars (title, outlet, address, publication date) and its text: pasted into
 * Article text, or read from a .txt, .md, .html or .docx file, whose title, outlet, address and date
 * fill the fields that are still empty. The text is fixed once quotes or events stand on it: a quote
 * is the text's own words, and would no longer be.
 */
export function DocumentPanel(props: {
  document: DraftDocument
  /** Why the text can no longer be changed, if it cannot. */
  textLocked: string | null
  onChange: (patch: Patch, field: string) => void
  onText: (text: string, fields?: Patch) => void
}) {
  const t = useT()
  const { document, textLocked, onChange, onText } = props
  const fileId = useId()
  const textId = useId()
  const input = useRef<HTMLInputElement>(null)
  // The file being read (its name), or why the last one was not read.
  const [reading, setReading] = useState<{ name: string } | { refusal: DocumentRefusal } | null>(null)
  const [notes, setNotes] = useState<DocumentNote[]>([])
  const open = async (file: File) => {
    setReading({ name: file.name })
    const { readDocument } = await import('../../../dataset/documents/read-document')
    const read = await readDocument({ name: file.name, type: file.type, bytes: await file.arrayBuffer() })
    if (!read.ok) {
      setReading({ refusal: read.refusal })
      return
    }
    setReading(null)
    setNotes(read.notes)
    // What the file says of itself fills what is still empty; nothing typed is overwritten.
    const fields: Patch = { headings: read.headings, standfirst: read.standfirst ?? null }
    if (!document.title && read.title) fields.title = read.title
    if (!document.outlet && read.outlet) fields.outlet = read.outlet
    if (!document.url && read.url) fields.url = read.url
    if (!document.published && read.published) fields.published = read.published
    onText(read.text, fields)
  }
  return (
    <section className="document-panel" aria-label={t(messages.particulars)}>
      <div className="document-fields">
        <TextField
          label={t(messages.title)}
          value={document.title}
          onChange={(title) => onChange({ title }, 'doc-title')}
        />
        <TextField
          label={t(messages.outlet)}
          value={document.outlet}
          onChange={(outlet) => onChange({ outlet }, 'doc-outlet')}
        />
        <TextField
          label={t(messages.url)}
          type="url"
          value={document.url}
          onChange={(url) => onChange({ url }, 'doc-url')}
        />
        <DateField
          label={t(messages.published)}
          value={document.published}
          onChange={(published) => onChange({ published }, 'doc-published')}
        />
      </div>
      {textLocked === null ? (
        <div className="editor-field">
          <label htmlFor={textId}>{t(messages.text)}</label>
          <textarea
            id={textId}
            className="article-text-input"
            // The article's own direction, whatever the page's: an English text in the Arabic editor.
            dir="auto"
            value={document.text}
            rows={document.text ? 8 : 12}
            placeholder={t(messages.textPlaceholder)}
            onChange={(event) => onText(event.target.value)}
          />
          <div className="field-row">
            <input
              ref={input}
              id={fileId}
              className="visually-hidden"
              type="file"
              tabIndex={-1}
              aria-label={t(messages.file)}
              accept=".txt,.md,.markdown,.html,.htm,.docx,text/plain,text/markdown,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              onChange={(event) => {
                const file = event.target.files?.[0]
                event.target.value = ''
                if (file) void open(file)
              }}
            />
            <button type="button" className="icon-button" onClick={() => input.current?.click()}>
              {t(messages.openFile)}
            </button>
            <span className="field-hint">{t(messages.fileKinds)}</span>
          </div>
        </div>
      ) : (
        <p className="field-hint">{textLocked}</p>
      )}
      {reading && (
        <p className="field-hint" role="status">
          {'name' in reading ? (
            // The file's name is the person's, isolated from the words around it.
            richText(messages.reading, { name: <bdi>{reading.name}</bdi> })
          ) : (
            <DocumentRefusalWords refusal={reading.refusal} />
          )}
        </p>
      )}
      {notes.length > 0 && (
        <ul className="field-hint" aria-label={t(messages.howRead)}>
          {notes.map((note, index) => (
            // A file's notes are fixed once it is read: their place is their key.
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
            <li key={index}>
              <DocumentNoteWords note={note} />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
