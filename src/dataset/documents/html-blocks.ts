import type { BlockKind, TextBlock } from './document-types'

/** Elements that end the text before them and start a new stretch: each a paragraph of its own. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
])

/**
 * Elements whose content is no text a reader sees: scripts and styles (never run, never read), what a
 * page shows in place of scripts, embedded media and form controls.
 */
const SKIPPED = new Set([
  'audio',
  'button',
  'canvas',
  'embed',
  'head',
  'iframe',
  'img',
  'input',
  'link',
  'math',
  'meta',
  'noscript',
  'object',
  'picture',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
  'video',
])

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/**
 * The text of an element's content as blocks: each block element (p, h2–h6, li, blockquote, a table
 * cell…) a stretch of its own, a heading marked as one; Word's Title and Subtitle styles as mammoth
 * writes them (h1.title, p.standfirst, see read-word.ts) marked as the title and the standfirst.
 * Only text is taken: the markup never becomes HTML anywhere.
 *
 * Walked with a loop over firstChild/nextSibling/parentNode, not by recursion, so 10,000 nested divs
 * are a long walk and not a stack overflow; each node is entered and left once (linear).
 */
export function htmlBlocks(root: Node): TextBlock[] {
  const blocks: TextBlock[] = []
  let buffer = ''
  const flush = (kind: BlockKind) => {
    if (buffer.trim() !== '') blocks.push({ text: buffer, kind })
    buffer = ''
  }
  let node: Node | null = root.firstChild
  while (node) {
    let descend = false
    if (node.nodeType === 3 || node.nodeType === 4) buffer += node.nodeValue ?? ''
    else if (isElement(node) && !SKIPPED.has(node.localName)) {
      if (BLOCKS.has(node.localName)) flush('paragraph')
      descend = node.firstChild !== null
      if (!descend) leave(node)
    }
    if (descend && node.firstChild) {
      node = node.firstChild
      continue
    }
    // On to the next sibling, leaving each element whose last child this was.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode
      if (node && node !== root && isElement(node)) leave(node)
    }
    node = node && node !== root ? node.nextSibling : null
  }
  flush('paragraph')
  return blocks

  function leave(element: Element): void {
    if (BLOCKS.has(element.localName)) flush(blockKind(element))
  }
}

function blockKind(element: Element): BlockKind {
  if (element.localName === 'h1' && element.classList.contains('title')) return 'title'
  if (HEADINGS.has(element.localName)) return 'heading'
  if (element.localName === 'p' && element.classList.contains('standfirst')) return 'standfirst'
  return 'paragraph'
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1
}
