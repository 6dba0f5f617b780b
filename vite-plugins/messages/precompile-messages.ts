import MagicString from 'magic-string'
import type { Plugin } from 'vite'
import { compileMessage } from './compile-message.ts'
import { extractMessages } from './extract-messages.ts'

const SOURCE = /\/src\/.*\.tsx?$/
const CATALOG = /\/src\/i18n\/catalogs\/[a-zA-Z-]+\.json$/

/**
 * The messages parsed at build time (see docs/decisions/messages-in-the-readers-language.md): each
 * `defaultMessage` of a `defineMessages` call in src/, and each message of a catalog, becomes its parsed
 * form where it has arguments, so the page imports intl-messageformat without its parser. In tests too
 * (Vitest runs this plugin), so what is tested is what ships.
 */
export function precompileMessages(): Plugin {
  return {
    name: 'story-timeline:precompile-messages',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0] ?? id
      if (CATALOG.test(path)) return { code: compileCatalog(code), map: null }
      if (!SOURCE.test(path)) return null
      const messages = extractMessages(code, path)
      if (messages.length === 0) return null
      const out = new MagicString(code)
      for (const message of messages) {
        const compiled = compileMessage(message.defaultMessage)
        if (typeof compiled !== 'string') out.overwrite(message.start, message.end, JSON.stringify(compiled))
      }
      if (!out.hasChanged()) return null
      return { code: out.toString(), map: out.generateMap({ hires: 'boundary', source: path }) }
    },
  }
}

function compileCatalog(json: string): string {
  const catalog: unknown = JSON.parse(json)
  if (typeof catalog !== 'object' || catalog === null)
    throw new Error('A catalog is a JSON object of messages')
  const compiled = Object.fromEntries(
    Object.entries(catalog).map(([id, text]) => {
      if (typeof text !== 'string') throw new Error(`The catalog's message ${id} is not a string`)
      return [id, compileMessage(text)]
    }),
  )
  return JSON.stringify(compiled)
}
