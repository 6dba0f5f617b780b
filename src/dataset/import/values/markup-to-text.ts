import { Parser } from 'htmlparser2'
import { readWebAddress } from './web-address'

/** Elements after which the text runs on in a new paragraph or line. */
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'section',
  'article',
  'figure',
  'figcaption',
  'cite',
])
/** Elements whose content is never text a reader should see. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg'])

// A cheap look before a parse: only a cell with something like a tag or an entity is parsed. A tag's
// inside stops at the next "<" too: "[^>]*" alone ran from every "<" of "<a<a<a…" to the text's end,
// quadratic (a 300 kB cell took seconds).
const LOOKS_LIKE_MARKUP = /<[a-z!/][^<>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i

/** True when a text holds HTML tags or entities (TimelineJS's text is HTML). */
export function looksLikeMarkup(text: string): boolean {
  return LOOKS_LIKE_MARKUP.test(text)
}

/** A link found in some HTML: where it points (http or https only) and its words. */
export type MarkupLink = { url: string; text: string }

/**
 * The text a reader sees of some HTML (TimelineJS's slides are HTML): tags dropped, entities
 * decoded, paragraphs and line breaks kept as new lines, scripts and styles left out. Parsed by
 * htmlparser2, a forgiving HTML parser, never by a pattern and never by the browser: the result is
 * text, and is shown as text. Links keep their words; see markupLinks for where they point.
 */
export function markupToText(html: string): string {
  return readMarkup(html).text
}

/**
 * The text of some HTML and its links: each <a href> to an http(s) address, once, with its words (a
 * javascript: or data: link, or a relative one, is not a link anyone should follow from here).
 */
export function readMarkup(html: string): { text: string; links: MarkupLink[] } {
  let text = ''
  let hidden = 0
  const links: MarkupLink[] = []
  let open: { url: string; from: number } | null = null
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (HIDDEN.has(name)) hidden++
        else if (name === 'br') text += '\n'
        else if (name === 'a' && hidden === 0) {
          const url = readWebAddress(attributes.href)
          open = url ? { url, from: text.length } : null
        }
      },
      ontext(chunk) {
        if (hidden === 0) text += chunk
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1)
        else if (name === 'a' && open) {
          const { url, from } = open
          open = null
          const words = text.slice(from).replace(/\s+/g, ' ').trim()
          if (!links.some((link) => link.url === url)) links.push({ url, text: words })
        } else if (BLOCKS.has(name) && name !== 'br') text += '\n\n'
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  )
  parser.write(html)
  parser.end()
  return { text: tidy(text), links }
}

function tidy(text: string): string {
  return text
    .replace(/[ \t\f\v\u00a0]*\n[ \t\f\v\u00a0]*/g, '\n')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
