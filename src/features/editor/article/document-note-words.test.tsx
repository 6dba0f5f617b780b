import { render } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, expect, test } from 'vitest'
import type {
  DocumentNote,
  DocumentNoteCode,
  DocumentRefusal,
  DocumentRefusalCode,
} from '../../../dataset/documents/document-note'
import { activateLanguage, ENGLISH } from '../../../i18n/i18n-store'
import { loadLanguage } from '../../../i18n/load-language'
import { DocumentNoteWords, DocumentRefusalWords } from './document-note-words'

afterEach(() => activateLanguage(ENGLISH))

// One of each code, its values as a file and its readers give them.
const NOTES: { [C in DocumentNoteCode]: Extract<DocumentNote, { code: C }> } = {
  notUtf8: { code: 'notUtf8', encoding: 'Windows-1252' },
  pageEncoding: { code: 'pageEncoding', encoding: 'shift_jis' },
  pageNotUtf8: { code: 'pageNotUtf8' },
  loneCarriageReturns: { code: 'loneCarriageReturns' },
  nestingBounded: { code: 'nestingBounded', levels: 32 },
  jsonLdSkipped: { code: 'jsonLdSkipped', error: 'Unexpected token b in JSON at position 38' },
  tooManyElements: { code: 'tooManyElements', elements: 31_204 },
  nestedTooDeep: { code: 'nestedTooDeep', depth: 80 },
  articlePicked: { code: 'articlePicked' },
  noArticle: { code: 'noArticle' },
  standfirstAdded: { code: 'standfirstAdded' },
  wordSaid: { code: 'wordSaid', message: "Unrecognised paragraph style: 'Pull Quote' (Style ID: PullQuote)" },
  wordSaidMore: { code: 'wordSaidMore', count: 3 },
  wordCreated: { code: 'wordCreated', date: '2023-08-15' },
  fieldTooLong: { code: 'fieldTooLong', field: 'title', length: 412, limit: 300 },
}

const REFUSALS: { [C in DocumentRefusalCode]: Extract<DocumentRefusal, { code: C }> } = {
  unreadable: { code: 'unreadable', what: 'pdf' },
  empty: { code: 'empty' },
  tooLong: { code: 'tooLong', length: 1_204_511, limit: 1_000_000 },
  wordTooLarge: { code: 'wordTooLarge', bytes: 3_000_000_512 },
  wordFailed: { code: 'wordFailed', why: 'other', said: 'Could not find file in options' },
  nestedTooDeep: { code: 'nestedTooDeep' },
  failed: { code: 'failed', said: 'Maximum call stack size exceeded' },
}

const ALL: ReactNode[] = [
  ...Object.values(NOTES).map((note) => <DocumentNoteWords key={note.code} note={note} />),
  ...Object.values(REFUSALS).map((refusal) => <DocumentRefusalWords key={refusal.code} refusal={refusal} />),
  <DocumentRefusalWords key="image" refusal={{ code: 'unreadable', what: 'image' }} />,
  <DocumentRefusalWords key="unknown" refusal={{ code: 'unreadable', what: null }} />,
  <DocumentRefusalWords key="notPackage" refusal={{ code: 'wordFailed', why: 'notPackage', said: 'x' }} />,
  <DocumentNoteWords key="outlet" note={{ code: 'fieldTooLong', field: 'outlet', length: 1, limit: 200 }} />,
]

const shown = (node: ReactNode) => {
  const { container, unmount } = render(<p>{node}</p>)
  const said = {
    text: container.textContent ?? '',
    english: Array.from(container.querySelectorAll('bdi[lang="en"][dir="ltr"]'), (bdi) => bdi.textContent),
    values: Array.from(container.querySelectorAll('bdi:not([lang])'), (bdi) => bdi.textContent),
  }
  unmount()
  return said
}

test('the English says what the readers said before they spoke in codes', () => {
  expect(shown(<DocumentNoteWords note={NOTES.fieldTooLong} />).text).toBe(
    'The document’s title is 412 characters long, past the 300 a story keeps: it was left out.',
  )
  expect(shown(<DocumentNoteWords note={NOTES.pageEncoding} />).text).toBe(
    'The page was read in shift_jis, the encoding it names.',
  )
  expect(shown(<DocumentRefusalWords refusal={REFUSALS.unreadable} />).text).toBe(
    'This is a PDF, which cannot be read as an article here: Story Timeline reads .txt, .md, .html (a saved web page) and .docx (Word) files. Copy the article’s text and paste it into Article text.',
  )
  expect(shown(<DocumentRefusalWords refusal={{ code: 'unreadable', what: null }} />).text).toMatch(
    /^This file cannot be read as an article here/,
  )
  expect(shown(<DocumentRefusalWords refusal={REFUSALS.wordTooLarge} />).text).toContain(
    'unpacks to 3,000,000,512 bytes',
  )
  expect(shown(<DocumentNoteWords note={NOTES.wordSaidMore} />).text).toBe('And 3 more such notes.')
})

test('what a library or the browser said is a detail, marked English and left to right', () => {
  expect(shown(<DocumentNoteWords note={NOTES.wordSaid} />).english).toEqual([NOTES.wordSaid.message])
  expect(shown(<DocumentNoteWords note={NOTES.jsonLdSkipped} />).english).toEqual([NOTES.jsonLdSkipped.error])
  expect(shown(<DocumentRefusalWords refusal={REFUSALS.failed} />).english).toEqual([REFUSALS.failed.said])
  // A reason the app words itself does not show the library's words.
  const known = shown(
    <DocumentRefusalWords refusal={{ code: 'wordFailed', why: 'noDocument', said: 'main document part' }} />,
  )
  expect(known.text).toContain('it holds no Word document')
  expect(known.text).not.toContain('main document part')
  expect(shown(<DocumentNoteWords note={NOTES.wordCreated} />).values).toEqual(['2023-08-15'])
})

test.each(['ar', 'uk', 'es', 'fr'] as const)(
  'in %s every note and refusal is worded, none in English, the file’s values kept',
  async (language) => {
    const english = ALL.map((node) => shown(node).text)
    activateLanguage(await loadLanguage(language))
    ALL.forEach((node, index) => {
      const { text, english: details } = shown(node)
      // The words around the details: what a library said taken out.
      let words = text
      for (const detail of details) words = words.replace(detail ?? '', '')
      expect(text, english[index]).not.toBe(english[index])
      expect(words, english[index]).not.toMatch(/[{}]|\b(the|was|were|which|cannot|holds|read|left|notes?)\b/)
    })
    expect(shown(<DocumentNoteWords note={NOTES.pageEncoding} />).values).toEqual(['shift_jis'])
    expect(shown(<DocumentNoteWords note={NOTES.wordSaid} />).english).toEqual([NOTES.wordSaid.message])
  },
)
