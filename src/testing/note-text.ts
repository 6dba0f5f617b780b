import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { ReadNoteWords } from '../components/notes/read-note-words'
import type { ReadNote } from '../dataset/notes/read-note'

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
}

/** A note as the page words it in English (the English catalog's messages, not a second wording). */
export function noteText(note: ReadNote | string | undefined): string {
  if (note === undefined) return ''
  if (typeof note === 'string') return note
  return renderToStaticMarkup(createElement(ReadNoteWords, { note }))
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#x27);/g, (entity) => ENTITIES[entity] ?? entity)
}

/**
 * A file's notes as one text a test can match, one a line, each as the page says it in English: the
 * importers' tests read what a reader is told, and the words of each code are the catalog's.
 */
export function notesText(notes: ReadonlyArray<ReadNote | string>): string {
  return notes.map(noteText).join('\n')
}
