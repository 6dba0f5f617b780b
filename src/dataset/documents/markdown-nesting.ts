/** Columns of indentation a line keeps (32 levels of a list indented by two). */
const MOST_INDENT = 64
/** Block quote marks and list markers a line keeps at its start ("> - > 1. text"). */
export const MOST_LEVELS = 32

/**
 * Markdown with its nesting bounded. marked's lexer takes time that grows with the cube of how deep
 * lists nest (200 levels: 60 ms; 2,000: a minute), and recurses once per level a line opens with
 * ("- - - - … text": out of stack past some thousands). So a line indented past MOST_INDENT columns
 * is indented MOST_INDENT, and a line that opens more than MOST_LEVELS quotes and lists keeps that
 * many. No article nests so deep; the words are all kept. Each line's opening is read once.
 */
export function boundNesting(markdown: string): { markdown: string; bounded: boolean } {
  let bounded = false
  const lines = markdown.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ''
    const end = openingEnd(line)
    if (end.cut === -1) continue
    // The opening is cut where it went past a bound; the line's words follow it.
    lines[index] = line.slice(0, end.cut) + line.slice(end.at)
    bounded = true
  }
  return bounded ? { markdown: lines.join('\n'), bounded } : { markdown, bounded }
}

/** Where a line's opening (indentation, quote marks, list markers) ends, and where it passed a bound. */
function openingEnd(line: string): { at: number; cut: number } {
  let columns = 0
  let levels = 0
  let cut = -1
  let at = 0
  while (at < line.length) {
    const character = line[at] ?? ''
    let next = at + 1
    if (character === ' ') columns++
    else if (character === '\t') columns += 4
    else if (character === '>') levels++
    else {
      const marker = listMarkerEnd(line, at)
      if (marker === -1) break
      levels++
      next = marker
    }
    if (cut === -1 && (columns > MOST_INDENT || levels > MOST_LEVELS)) cut = at
    at = next
  }
  return { at, cut }
}

// The end of a list marker at `at` ("-", "*", "+", or up to nine digits and "." or ")", then a space
// or tab), or -1.
function listMarkerEnd(line: string, at: number): number {
  let end = at
  const first = line[at]
  if (first === '-' || first === '*' || first === '+') end = at + 1
  else {
    while (end < line.length && end - at < 9 && isDigit(line.charCodeAt(end))) end++
    if (end === at || (line[end] !== '.' && line[end] !== ')')) return -1
    end++
  }
  return line[end] === ' ' || line[end] === '\t' ? end : -1
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
