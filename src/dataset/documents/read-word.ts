import JSZip from 'jszip'
import mammoth from 'mammoth/mammoth.browser.js'
import { z } from 'zod'
import type { DocumentNote, DocumentRefusal } from './document-note'
import type { TextBlock } from './document-types'
import { htmlBlocks } from './html-blocks'
import { publicationDate } from './publication-date'

// jitless: the page's Content-Security-Policy forbids eval (see src/dataset/format/schema.ts).
z.config({ jitless: true })

/** What a Word document holds: its blocks, its title and date from its properties, and notes. */
export type WordDocument = { blocks: TextBlock[]; title?: string; created?: string; notes: DocumentNote[] }

// Word's Heading 1–6 are mammoth's h1–h6 already; its Title and Subtitle styles become the title and
// the standfirst (html-blocks.ts reads these classes).
const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.standfirst:fresh",
]

/** The most XML a document may unpack to (a 5,000-word article's is well under a megabyte). */
const MOST_XML_BYTES = 64 * 1024 * 1024
const MOST_NOTES = 10

const DC = 'http://purl.org/dc/elements/1.1/'
const DC_TERMS = 'http://purl.org/dc/terms/'

/**
 * Reads a .docx: mammoth (a well-kept DOCX-to-HTML converter) turns its paragraphs into HTML, which is
 * read as text like a web page's (html-blocks.ts); its title and creation date come from
 * docProps/core.xml, read with JSZip (mammoth's own zip reader). Images are never read. Throws when
 * the file is not a readable .docx (read-document.ts says so).
 */
export async function readWord(bytes: ArrayBuffer): Promise<WordDocument | { refused: DocumentRefusal }> {
  const zip = await JSZip.loadAsync(bytes)
  // A zip's directory says how large each part unpacks to: a "zip bomb" (kilobytes that unpack to
  // gigabytes) is refused before anything is unpacked.
  const unpacked = declaredXmlSize(zip)
  if (unpacked > MOST_XML_BYTES) {
    return { refused: { code: 'wordTooLarge', bytes: unpacked } }
  }
  const properties = await coreProperties(zip)
  const result = await mammoth.convertToHtml(
    { arrayBuffer: bytes },
    { styleMap: STYLE_MAP, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) },
  )
  // mammoth's own words (English), shown as a detail of a note that says whose they are.
  const notes: DocumentNote[] = result.messages
    .slice(0, MOST_NOTES)
    .map((message) => ({ code: 'wordSaid', message: message.message }))
  if (result.messages.length > MOST_NOTES)
    notes.push({ code: 'wordSaidMore', count: result.messages.length - MOST_NOTES })
  // The HTML is parsed into a document never shown or inserted, and read as text.
  const blocks = htmlBlocks(new DOMParser().parseFromString(result.value, 'text/html').body)
  const word: WordDocument = { blocks, notes }
  if (properties.title) word.title = properties.title
  if (properties.created) {
    word.created = properties.created
    notes.push({ code: 'wordCreated', date: properties.created })
  }
  return word
}

// JSZip keeps each part's sizes from the zip's directory in `_data`, which its types leave out as
// private: read through a schema, and counted as nothing where a later JSZip keeps them elsewhere.
const sizes = z.object({ _data: z.object({ uncompressedSize: z.number() }) })

function declaredXmlSize(zip: JSZip): number {
  let total = 0
  zip.forEach((path, file) => {
    if (!/\.(?:xml|rels)$/i.test(path)) return
    const read = sizes.safeParse(file)
    // JSZip reads the 32-bit size as signed: past 2 GB it is negative.
    if (read.success) total += read.data._data.uncompressedSize >>> 0
  })
  return total
}

async function coreProperties(zip: JSZip): Promise<{ title?: string; created?: string }> {
  const file = zip.file('docProps/core.xml')
  if (!file) return {}
  // XML parsed by the browser, which loads no external entity; the part's size was checked above.
  const xml = new DOMParser().parseFromString(await file.async('string'), 'application/xml')
  if (xml.getElementsByTagName('parsererror').length > 0) return {}
  const title = xml.getElementsByTagNameNS(DC, 'title')[0]?.textContent?.trim()
  const created = publicationDate(xml.getElementsByTagNameNS(DC_TERMS, 'created')[0]?.textContent)
  const properties: { title?: string; created?: string } = {}
  if (title) properties.title = title
  if (created) properties.created = created
  return properties
}
