import { type Formatters, formatToParts, IntlMessageFormat } from 'intl-messageformat'
import { formatShortCount } from '../lib/format-count'
import { ENGLISH_FORMATTERS } from './english'
import { type Language, separatorsOf } from './languages'
import type { MessageDescriptor, MessageText, MessageValues } from './messages'

/** A language ready to write messages in: its catalog, and its numbers' and plurals' rules. */
export type LoadedLanguage = {
  language: Language
  /** The BCP 47 tag Intl is asked with ("ar-u-nu-latn": Arabic with Western digits). */
  locale: string
  /** Its messages by id; a message missing here is written in English. */
  messages: Readonly<Record<string, MessageText>>
  formatters: Formatters
  /** How it writes a story's date (intl-date-labels.ts); none: the dataset's English label. */
  dateLabel?: (date: { edtf: string; label: string }) => string
  /** For the pseudo-language: each message as it is shown (accented, lengthened). */
  rewrite?: (text: MessageText) => MessageText
}

export const ENGLISH: LoadedLanguage = {
  language: 'en',
  locale: 'en',
  messages: {},
  formatters: ENGLISH_FORMATTERS,
}

let active: LoadedLanguage = ENGLISH
const listeners = new Set<() => void>()

/** The language the page is written in now. */
export function activeLanguage(): LoadedLanguage {
  return active
}

/** Makes `loaded` the page's language and tells every subscriber (the app remounts in it). */
export function activateLanguage(loaded: LoadedLanguage): void {
  if (loaded === active) return
  active = loaded
  for (const listener of listeners) listener()
}

export function subscribeToLanguage(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** A message's parts in the active language: strings, and whatever its tags' functions return. */
export function messageParts(descriptor: MessageDescriptor, values?: MessageValues): unknown[] {
  const own = active.messages[descriptor.id]
  const text = active.rewrite
    ? active.rewrite(own ?? descriptor.defaultMessage)
    : (own ?? descriptor.defaultMessage)
  // Plain text is kept as text by the build (it has no argument to fill).
  if (typeof text === 'string') return [text]
  return formatToParts<unknown>(
    text,
    active.locale,
    active.formatters,
    IntlMessageFormat.formats,
    values,
    undefined,
    descriptor.id,
  ).map((part) => part.value)
}

/** A message as text in the active language: `t(messages.events, { count: 5 })` → "5 events". */
export function t(descriptor: MessageDescriptor, values?: MessageValues): string {
  return messageParts(descriptor, values).join('')
}

/** A number as the active language writes it ("12,345"; "12 345" in French and Ukrainian). */
export function formatLocalNumber(value: number): string {
  return active.formatters.getNumberFormat(active.locale).format(value)
}

// Made once per language: a country's name in it, and its way of joining a list ("A, B et C").
const regionNames = new Map<string, Intl.DisplayNames>()
const listFormats = new Map<string, Intl.ListFormat>()

function usesIntl(): boolean {
  return active.language !== 'en' && active.language !== 'en-XA'
}

/**
 * A region's (country's) name in the active language, or null in English (the app's own table names it).
 * The pseudo-language accents English's Intl name, as it does every message: a country's name is the
 * interface's words, not the story's, and the pseudo-language run must tell them from text left out.
 */
export function regionName(code: string): string | null {
  if (active.language === 'en') return null
  const locale = active.rewrite ? 'en' : active.locale
  let names = regionNames.get(locale)
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })
    regionNames.set(locale, names)
  }
  let name: string | null
  try {
    name = names.of(code) ?? null
  } catch {
    // Not a region code Intl reads ("XK" in some browsers, or made up): the app's table names it.
    return null
  }
  if (name === null || !active.rewrite) return name
  const shown = active.rewrite(name)
  return typeof shown === 'string' ? shown : name
}

/** "3, 4, 7": short items (paragraph numbers, names) with the active language's comma ("3، 4، 7"). */
export function joinItems(parts: readonly string[]): string {
  return parts.join(separatorsOf(active.language).comma)
}

/** The active language's comma and semicolon, between the parts of a line the interface composes. */
export function separators(): { comma: string; semicolon: string } {
  return separatorsOf(active.language)
}

/** "A", "A and B", "A, B and C" as the active language joins them (English without Intl). */
export function joinList(parts: readonly string[]): string {
  if (!usesIntl()) {
    if (parts.length <= 1) return parts.join('')
    return `${parts.slice(0, -1).join(', ')} ${active.language === 'en-XA' ? 'áñð' : 'and'} ${parts.at(-1)}`
  }
  let format = listFormats.get(active.locale)
  if (!format) {
    format = new Intl.ListFormat(active.locale, { type: 'conjunction' })
    listFormats.set(active.locale, format)
  }
  return format.format(parts)
}

const compactFormats = new Map<string, Intl.NumberFormat>()

/**
 * A count short enough for a narrow bar in the active language: English's own "1.4k" and "12k"
 * (lib/format-count.ts, no Intl on the first view); another language's compact form ("1,4 тис.",
 * "1,4 k", "1.4 ألف"), rounded down as English's is, so that a bar never claims more than it holds.
 */
export function formatShortLocalCount(count: number): string {
  if (!usesIntl() || count < 1000) return formatShortCount(count)
  let format = compactFormats.get(active.locale)
  if (!format) {
    format = new Intl.NumberFormat(active.locale, {
      notation: 'compact',
      maximumFractionDigits: 1,
      roundingMode: 'trunc',
    })
    compactFormats.set(active.locale, format)
  }
  return format.format(Math.trunc(count))
}
