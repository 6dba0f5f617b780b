import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { ENGLISH_FORMATTERS } from './english'
import type { LoadedLanguage } from './i18n-store'
import type { MessageText } from './messages'

// Every ASCII letter for a look-alike that is not ASCII: a word of plain letters left on a page in
// this language did not come from a catalog (or is the story's own text).
const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
const ACCENTED = 'áƀçðéƒĝĥíĵķļɱñóþǫŕšţúṽŵẋýžÁƁÇÐÉƑĜĤÍĴĶĻṀÑÓÞǪŔŠŢÚṼŴẊÝŽ'
const ACCENTED_LETTERS = [...ACCENTED]

function accent(text: string): string {
  let out = ''
  for (const char of text) {
    const at = PLAIN.indexOf(char)
    out += at < 0 ? char : ACCENTED_LETTERS[at]
  }
  return out
}

// Literal text accented; arguments, plural and select branches and tags kept, their text accented.
function accentElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === 0) return { ...element, value: accent(element.value) }
    if (element.type === 5 || element.type === 6) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [
          key,
          { ...option, value: accentElements(option.value) },
        ]),
      )
      return { ...element, options }
    }
    if (element.type === 8) return { ...element, children: accentElements(element.children) }
    return element
  })
}

// About a third longer, as many languages are than English, and bracketed so a cut-off text shows.
function rewrite(text: MessageText): MessageText {
  const length = typeof text === 'string' ? text.length : 12
  const padding = '·'.repeat(Math.ceil(length / 3))
  if (typeof text === 'string') return `⟦${accent(text)}${padding}⟧`
  return [{ type: 0, value: '⟦' }, ...accentElements(text), { type: 0, value: `${padding}⟧` }]
}

/** en-XA: English's messages and rules, each message accented, lengthened and bracketed. */
export const PSEUDO_LANGUAGE: LoadedLanguage = {
  language: 'en-XA',
  locale: 'en',
  messages: {},
  formatters: ENGLISH_FORMATTERS,
  rewrite,
}
