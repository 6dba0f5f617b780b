import { Lexer, type MarkedToken, type Token } from 'marked'
import { decodeEntities } from './decode-entities'
import type { DocumentNote } from './document-note'
import type { TextBlock } from './document-types'
import { type FrontMatter, splitFrontMatter } from './front-matter'
import { htmlBlocks } from './html-blocks'
import { boundNesting, MOST_LEVELS } from './markdown-nesting'

/** What a Markdown file holds: its blocks, what its front matter says, and notes. */
export type MarkdownDocument = { blocks: TextBlock[]; matter: FrontMatter; notes: DocumentNote[] }

/**
 * Reads Markdown through marked's lexer (CommonMark and GitHub's tables): paragraphs, headings, each
 * list item and table cell, block quotes' paragraphs; links as their words, emphasis and code marks
 * dropped, images left out; HTML in it read as text (html-blocks.ts), never as HTML. The first
 * first-level heading is the title, when the front matter gives none.
 *
 * marked's tokens nest (a list in a quote in a list); they are walked with a stack of work, not by
 * recursion, each token once.
 */
export function readMarkdown(markdown: string): MarkdownDocument {
  const { body, matter } = splitFrontMatter(markdown)
  const nesting = boundNesting(body)
  const notes: DocumentNote[] = nesting.bounded ? [{ code: 'nestingBounded', levels: MOST_LEVELS }] : []
  const blocks: TextBlock[] = []
  let titled = matter.title !== undefined
  let buffer = ''
  const flush = (kind: TextBlock['kind'] = 'paragraph') => {
    if (buffer.trim() !== '') blocks.push({ text: buffer, kind })
    buffer = ''
  }
  // Work to do, last first: a token to read, or the end of a block (its text is then one block).
  type Work = Token | { end: TextBlock['kind'] }
  const work: Work[] = new Lexer({ gfm: true }).lex(nesting.markdown).reverse()
  const later = (tokens: readonly Token[] | undefined) => {
    if (tokens) for (const token of [...tokens].reverse()) work.push(token)
  }
  for (let item = work.pop(); item !== undefined; item = work.pop()) {
    if ('end' in item) {
      flush(item.end)
      continue
    }
    // marked's own tokens; a Generic one comes only from an extension, and none is used.
    if (!isMarkedToken(item)) continue
    const token = item
    switch (token.type) {
      case 'heading': {
        flush()
        const kind = !titled && token.depth === 1 ? 'title' : 'heading'
        if (kind === 'title') titled = true
        work.push({ end: kind })
        later(token.tokens)
        break
      }
      case 'paragraph':
      case 'list_item':
        flush()
        work.push({ end: 'paragraph' })
        later(token.tokens)
        break
      case 'list':
        later(token.items)
        break
      case 'table':
        for (const row of [token.header, ...token.rows].reverse()) {
          for (const cell of [...row].reverse()) {
            work.push({ end: 'paragraph' })
            later(cell.tokens)
          }
        }
        break
      case 'blockquote':
        later(token.tokens)
        break
      case 'code':
        // A code block's lines, each as written.
        flush()
        for (const line of token.text.split('\n')) blocks.push({ text: line, kind: 'paragraph' })
        break
      case 'html':
        // <br> ends a line, as it does on a web page; any other inline tag is dropped, the words
        // between tags being tokens of their own.
        if (!token.block && /^<br\s*\/?>$/i.test(token.text.trim())) flush()
        else if (token.block) {
          flush()
          blocks.push(...htmlBlocks(new DOMParser().parseFromString(token.text, 'text/html').body))
        }
        break
      case 'br':
        flush()
        break
      case 'text':
        if (token.tokens) later(token.tokens)
        else buffer += decodeEntities(token.text)
        break
      case 'escape':
      case 'codespan':
        buffer += token.text
        break
      case 'image':
      case 'space':
      case 'hr':
      case 'def':
      case 'checkbox':
        break
      case 'strong':
      case 'em':
      case 'del':
      case 'link':
        // Their words, without the marks.
        later(token.tokens)
        break
    }
  }
  flush()
  return { blocks, matter, notes }
}

const MARKED_TYPES = new Set<string>([
  'blockquote',
  'br',
  'checkbox',
  'code',
  'codespan',
  'def',
  'del',
  'em',
  'escape',
  'heading',
  'hr',
  'html',
  'image',
  'link',
  'list',
  'list_item',
  'paragraph',
  'space',
  'strong',
  'table',
  'text',
])

function isMarkedToken(token: Token | { end: string }): token is MarkedToken {
  return 'type' in token && MARKED_TYPES.has(token.type)
}
