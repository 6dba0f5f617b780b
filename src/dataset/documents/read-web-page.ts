import { Readability } from '@mozilla/readability'
import { paragraphText } from './article-text'
import type { DocumentNote } from './document-note'
import type { TextBlock } from './document-types'
import { nestedDeeperThan } from './dom-depth'
import { htmlBlocks } from './html-blocks'
import { decodePage } from './page-encoding'
import { type PageMetadata, pageMetadata } from './page-metadata'

/** What a saved web page holds: its article's blocks, what it says of itself, and notes. */
export type WebPage = { blocks: TextBlock[]; metadata: PageMetadata; notes: DocumentNote[] }

/**
 * Readability's work grows with the page, and much faster with its depth: in jsdom, 6,000 elements
 * took it 3 s and 24,000 took 12 s, while 400 nested divs took 1.4 s and 1,000 took 31 s (browsers are
 * several times faster, but grow the same way). A news page has a few thousand elements, nested a few
 * dozen deep; past these bounds the page is no article page, and its text is read whole, in one
 * linear walk (html-blocks.ts), with a note.
 */
const MOST_ELEMENTS = 25_000
const MOST_DEPTH = 80

/**
 * Reads a saved web page (.html, .htm). The page is parsed by the browser's DOMParser into a document
 * that is never shown, inserted or given a base address: its scripts never run (DOMParser does not
 * run them), nothing it links to is loaded. Its metadata is read first (page-metadata.ts); then
 * Readability, the library behind Firefox's Reader View, picks out the article, leaving menus,
 * advertisements and comments; its block elements become paragraphs (html-blocks.ts), as text.
 */
export function readWebPage(bytes: Uint8Array): WebPage {
  const notes: DocumentNote[] = []
  const decoded = decodePage(bytes)
  if (decoded.note) notes.push(decoded.note)
  const document = new DOMParser().parseFromString(decoded.text, 'text/html')
  const metadata = pageMetadata(document, notes)
  const article = pickArticle(document, notes)
  if (article) {
    metadata.title ??= article.title
    metadata.outlet ??= article.siteName
  }
  const blocks = htmlBlocks(article?.content ?? document.body)
  return { blocks: withStandfirst(blocks, metadata.description, notes), metadata, notes }
}

type Article = { content: Node; title?: string; siteName?: string }

function pickArticle(document: Document, notes: DocumentNote[]): Article | null {
  const elements = document.getElementsByTagName('*').length
  if (elements > MOST_ELEMENTS || nestedDeeperThan(document.documentElement, MOST_DEPTH)) {
    notes.push(
      elements > MOST_ELEMENTS
        ? { code: 'tooManyElements', elements }
        : { code: 'nestedTooDeep', depth: MOST_DEPTH },
    )
    return null
  }
  try {
    // The serializer hands back the article's element itself: no HTML string is made and parsed again.
    const found = new Readability(document, {
      serializer: (node: Node) => node,
      disableJSONLD: true,
      maxElemsToParse: MOST_ELEMENTS,
    }).parse()
    if (found?.content) {
      notes.push({ code: 'articlePicked' })
      const article: Article = { content: found.content }
      if (found.title) article.title = found.title
      if (found.siteName) article.siteName = found.siteName
      return article
    }
  } catch {
    // Readability gives up on some pages: they are read whole, below.
  }
  notes.push({ code: 'noArticle' })
  return null
}

/**
 * News pages give their standfirst (the summary under the headline) as their description. When the
 * article begins with it, that paragraph is the standfirst; when the article does not hold it (the
 * page shows it above the article, where Readability leaves it), it is put first, and said.
 */
function withStandfirst(
  blocks: TextBlock[],
  description: string | undefined,
  notes: DocumentNote[],
): TextBlock[] {
  if (!description) return blocks
  const standfirst = paragraphText(description)
  const first = blocks.find((block) => block.kind !== 'title')
  const firstText = first ? paragraphText(first.text) : ''
  if (first && firstText === standfirst)
    return blocks.map((block) => (block === first ? { ...block, kind: 'standfirst' } : block))
  // A description that is the article's opening cut short ("…"), or is too short to be a standfirst,
  // is not one.
  const opening = standfirst.replace(/(?:…|\.\.\.)$/, '')
  if (standfirst.length < 40 || firstText.startsWith(opening)) return blocks
  if (blocks.some((block) => paragraphText(block.text) === standfirst)) return blocks
  notes.push({ code: 'standfirstAdded' })
  return [{ text: description, kind: 'standfirst' }, ...blocks]
}
