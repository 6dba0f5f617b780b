import type { DocumentRefusal, OtherKind } from './document-note'

/** The kinds of document an article is read from. */
export type DocumentKind = 'text' | 'markdown' | 'html' | 'word'

const BY_EXTENSION = new Map<string, DocumentKind>([
  ['txt', 'text'],
  ['text', 'text'],
  ['md', 'markdown'],
  ['markdown', 'markdown'],
  ['html', 'html'],
  ['htm', 'html'],
  ['xhtml', 'html'],
  ['docx', 'word'],
])

const BY_TYPE = new Map<string, DocumentKind>([
  ['text/plain', 'text'],
  ['text/markdown', 'markdown'],
  ['text/x-markdown', 'markdown'],
  ['text/html', 'html'],
  ['application/xhtml+xml', 'html'],
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'word'],
])

/** What some other files are, to say so ("This is a PDF."). */
const OTHERS: [RegExp, OtherKind][] = [
  [/\.pdf$/i, 'pdf'],
  [/\.(?:doc|rtf|odt|pages|wpd)$/i, 'wordProcessor'],
  [/\.(?:png|jpe?g|gif|webp|heic|heif|tiff?|bmp|svg|avif)$/i, 'image'],
  [/\.(?:mhtml?|webarchive|eml)$/i, 'webArchive'],
  [/\.(?:zip|gz|7z|rar)$/i, 'archive'],
]

/**
 * The kind of a document, by its name's extension, else its type. A file with neither (a name with no
 * extension, no type) is looked at: a web page if it begins like one, text if it has no NUL byte in
 * its first kilobyte (binary files do). Null when it is none that can be read.
 */
export function documentKind(name: string, type: string | undefined, start: Uint8Array): DocumentKind | null {
  const dot = name.lastIndexOf('.')
  if (dot !== -1) return BY_EXTENSION.get(name.slice(dot + 1).toLowerCase()) ?? null
  if (type) return BY_TYPE.get(type.split(';')[0]?.trim().toLowerCase() ?? '') ?? null
  const head = start.subarray(0, 1024)
  if (head.includes(0)) return null
  const opening = new TextDecoder().decode(head.subarray(0, 256)).trimStart().toLowerCase()
  return opening.startsWith('<!doctype html') || opening.startsWith('<html') ? 'html' : 'text'
}

/** Why a file is not read: what it is, when that is known (the words say which kinds are read). */
export function unreadable(name: string, type: string | undefined, start: Uint8Array): DocumentRefusal {
  return { code: 'unreadable', what: whatItIs(name, type, start) }
}

function whatItIs(name: string, type: string | undefined, start: Uint8Array): OtherKind | null {
  if (start[0] === 0x25 && start[1] === 0x50 && start[2] === 0x44 && start[3] === 0x46) return 'pdf' // %PDF
  const known = OTHERS.find(([pattern]) => pattern.test(name))
  if (known) return known[1]
  if (type?.startsWith('image/')) return 'image'
  if (type === 'application/pdf') return 'pdf'
  return null
}
