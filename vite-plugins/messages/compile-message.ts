import { parse } from '@formatjs/icu-messageformat-parser'

/**
 * A message as the page uses it: plain text as it is, anything ICU would read differently (arguments,
 * plurals, tags, quoting) as its parsed form, so the page needs no message parser (~7.6 kB gzip).
 */
export function compileMessage(text: string): string | ReturnType<typeof parse> {
  return /[{}<']/.test(text) ? parse(text) : text
}
