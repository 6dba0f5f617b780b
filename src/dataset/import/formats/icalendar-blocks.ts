/**
 * An iCalendar file cut into what the importer reads apart, before any parser sees it: each VEVENT
 * and VTIMEZONE as its own block of unfolded lines with the line it starts on (so that one broken
 * event is left out with its place, not the whole file refused), the calendar's own properties
 * (X-WR-CALNAME…), and a count of the other components (VTODO, VJOURNAL…). Linear in the text.
 */
export type Block = { kind: 'VEVENT' | 'VTIMEZONE'; line: number; lines: string[]; closed: boolean }
export type CalendarBlocks = {
  blocks: Block[]
  /** The calendar's own properties, by upper-case name (the first of each). */
  properties: Map<string, string>
  /** Other components at the calendar's level, by name, with how many. */
  others: Map<string, number>
  /** Lines outside any calendar, or that are no content line (name, then ":" or ";"). */
  strayLines: number[]
}

const READ = new Set(['VEVENT', 'VTIMEZONE'])
const CONTENT_LINE = /^[A-Za-z0-9-]+[:;]/

export function calendarBlocks(text: string): CalendarBlocks {
  const result: CalendarBlocks = { blocks: [], properties: new Map(), others: new Map(), strayLines: [] }
  let open: Block | null = null
  // Components nested in the open block (VALARM in VEVENT), or in an unread one (VTODO).
  let depth = 0
  let skipping: string | null = null
  let inCalendar = 0
  for (const { text: line, number } of unfolded(text)) {
    if (line === '') continue
    if (!CONTENT_LINE.test(line)) {
      result.strayLines.push(number)
      continue
    }
    const upper = line.slice(0, 6).toUpperCase()
    const name =
      upper === 'BEGIN:' || upper.startsWith('END:')
        ? line
            .slice(line.indexOf(':') + 1)
            .trim()
            .toUpperCase()
        : null
    if (open) {
      open.lines.push(line)
      if (upper === 'BEGIN:') depth++
      else if (name !== null && upper.startsWith('END:')) {
        if (depth === 0 && name === open.kind) {
          open.closed = true
          result.blocks.push(open)
          open = null
        } else depth = Math.max(0, depth - 1)
      }
      continue
    }
    if (skipping !== null) {
      if (upper === 'BEGIN:') depth++
      else if (name !== null && upper.startsWith('END:')) {
        if (depth === 0 && name === skipping) skipping = null
        else depth = Math.max(0, depth - 1)
      }
      continue
    }
    if (upper === 'BEGIN:' && name !== null) {
      if (name === 'VCALENDAR') inCalendar++
      else if (READ.has(name)) {
        open = {
          kind: name === 'VEVENT' ? 'VEVENT' : 'VTIMEZONE',
          line: number,
          lines: [line],
          closed: false,
        }
        depth = 0
      } else {
        result.others.set(name, (result.others.get(name) ?? 0) + 1)
        skipping = name
        depth = 0
      }
      continue
    }
    if (upper.startsWith('END:') && name === 'VCALENDAR') {
      inCalendar = Math.max(0, inCalendar - 1)
      continue
    }
    if (inCalendar === 0) {
      result.strayLines.push(number)
      continue
    }
    const colon = line.indexOf(':')
    const property = line.slice(0, colon).split(';')[0]?.toUpperCase() ?? ''
    if (!result.properties.has(property)) result.properties.set(property, line.slice(colon + 1))
  }
  // A file cut off inside an event: the event is kept, unclosed, to be left out with its place.
  if (open) result.blocks.push(open)
  return result
}

/**
 * The logical lines of an iCalendar text (RFC 5545 3.1: a line beginning with a space or a tab
 * continues the one before), each with the line it starts on.
 */
function* unfolded(text: string): Generator<{ text: string; number: number }> {
  let current: string[] = []
  let start = 1
  let number = 0
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0
  while (at <= text.length) {
    const end = text.indexOf('\n', at)
    const raw = text.slice(at, end === -1 ? text.length : end)
    at = end === -1 ? text.length + 1 : end + 1
    number++
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    const first = line.charCodeAt(0)
    if ((first === 0x20 || first === 0x09) && current.length) {
      current.push(line.slice(1))
      continue
    }
    if (current.length) yield { text: current.join(''), number: start }
    current = [line]
    start = number
  }
  if (current.length) yield { text: current.join(''), number: start }
}
