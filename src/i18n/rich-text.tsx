import { Fragment, type ReactNode } from 'react'
import { messageParts } from './i18n-store'
import type { MessageDescriptor } from './messages'

type RichValues = Record<string, ReactNode | ((chunks: ReactNode[]) => ReactNode)>

/**
 * A message with parts of the page in it: `<b>…</b>` tags filled by functions, arguments by text or
 * elements ("Choose <link>Show them</link>": the link's words translated with the sentence around them).
 */
export function richText(descriptor: MessageDescriptor, values: RichValues): ReactNode {
  const parts = messageParts(descriptor, values)
  // Each part is a string or what a value gave: both are ReactNodes. A message's parts are fixed in
  // number and order for its text, so their place is their key.
  // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one message never move
  return parts.map((part, index) => <Fragment key={index}>{part as ReactNode}</Fragment>)
}
