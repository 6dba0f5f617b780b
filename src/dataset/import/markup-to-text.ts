import { Parser } from 'htmlparser2'

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

// A cheap look before a parse: only a cell with something like a tag or an entity is parsed.
const LOOKS_LIKE_MARKUP = /<[a-z!/][^>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i

/** True when a text holds HTML tags or entities (TimelineJS's text is HTML). */
export function looksLikeMarkup(text: string): boolean {
  return LOOKS_LIKE_MARKUP.test(text)
}

/**
 * The text a reader sees of some HTML (TimelineJS's slides are HTML): tags dropped, entities
 * decoded, paragraphs and line breaks kept as new lines, scripts and styles left out. Parsed by
 * htmlparser2, a forgiving HTML parser, never by a pattern and never by the browser: the result is
 * text, and is shown as text. Links keep their words; where they pointed is for the format's sources
 * to hold (issue 16's story-timeline/2).
 */
export function markupToText(html: string): string {
  let text = ''
  let hidden = 0
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden++
        else if (name === 'br') text += '\n'
      },
      ontext(chunk) {
        if (hidden === 0) text += chunk
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1)
        else if (BLOCKS.has(name) && name !== 'br') text += '\n\n'
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  )
  parser.write(html)
  parser.end()
  return text
    .replace(/[ \t\f\v\u00a0]*\n[ \t\f\v\u00a0]*/g, '\n')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
