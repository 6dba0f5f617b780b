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
const OTHERS: [RegExp, string][] = [
  [/\.pdf$/i, 'a PDF'],
  [/\.(?:doc|rtf|odt|pages|wpd)$/i, 'a word-processor document in a format other than .docx'],
  [/\.(?:png|jpe?g|gif|webp|heic|heif|tiff?|bmp|svg|avif)$/i, 'an image'],
  [/\.(?:mhtml?|webarchive|eml)$/i, 'a web archive'],
  [/\.(?:zip|gz|7z|rar)$/i, 'a compressed archive'],
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

/** Why a file is not read, and what to do: which kinds are read, and pasting its text. */
export function unreadableMessage(name: string, type: string | undefined, start: Uint8Array): string {
  const what = whatItIs(name, type, start)
  return `${what ? `This is ${what}, which` : 'This file'} cannot be read as an article here: Story Timeline reads .txt, .md, .html (a saved web page) and .docx (Word) files. Copy the article’s text and paste it into Article text.`
}

function whatItIs(name: string, type: string | undefined, start: Uint8Array): string | null {
  if (start[0] === 0x25 && start[1] === 0x50 && start[2] === 0x44 && start[3] === 0x46) return 'a PDF' // %PDF
  const known = OTHERS.find(([pattern]) => pattern.test(name))
  if (known) return known[1]
  if (type?.startsWith('image/')) return 'an image'
  if (type === 'application/pdf') return 'a PDF'
  return null
}
