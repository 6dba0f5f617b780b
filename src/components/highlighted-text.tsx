/** A stretch of the text, in its own positions: [start, end). */
type TextRange = { start: number; end: number }

/**
 * Text with the stretches a search matched marked (<mark>), all as text nodes: nothing from the
 * data is ever read as HTML.
 */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  if (ranges.length === 0) return <>{text}</>
  const parts: Array<{ text: string; marked: boolean; at: number }> = []
  let at = 0
  for (const range of ranges) {
    if (range.start > at) parts.push({ text: text.slice(at, range.start), marked: false, at })
    parts.push({ text: text.slice(range.start, range.end), marked: true, at: range.start })
    at = range.end
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false, at })
  return (
    <>
      {parts.map((part) =>
        part.marked ? (
          <mark key={part.at} className="search-match">
            {part.text}
          </mark>
        ) : (
          <span key={part.at}>{part.text}</span>
        ),
      )}
    </>
  )
}
