import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser'

/**
 * A message's text: ICU MessageFormat as written in the source, or its parsed form, which the build
 * puts in its place when it has arguments (vite-plugins/messages/): the page carries no parser.
 */
export type MessageText = string | MessageFormatElement[]

/** One message: its id in the catalogs, and its English, which is also its text on the first view. */
export type MessageDescriptor = { id: string; defaultMessage: MessageText }

/**
 * The messages of a module, `{ key: { id: 'area.key', defaultMessage: 'English' } }`: what
 * `npm run i18n:extract` and the catalogs' test read (by this function's name, as @formatjs/cli does).
 */
export function defineMessages<const T extends Record<string, MessageDescriptor>>(messages: T): T {
  return messages
}

/** The values a message's arguments take: text and numbers, or parts of a page for its tags. */
export type MessageValues = Record<string, unknown>
