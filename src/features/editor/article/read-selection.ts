/** A selection in one paragraph of the article view: its number and where in its text, in characters. */
export type ParagraphSelection = { paragraph: number; start: number; end: number }

/**
 * Where the browser's selection lies in the article view, as characters of one paragraph's text: each
 * paragraph's text is an element with `data-paragraph` (its number), marks and all inside it. Null
 * when nothing is selected there, or when the selection crosses paragraphs (a quote stands in one).
 */
export function readSelection(
  view: HTMLElement,
  selection: Selection | null,
): ParagraphSelection | 'across' | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const range = selection.getRangeAt(0)
  const startText = paragraphTextOf(range.startContainer, view)
  const endText = paragraphTextOf(range.endContainer, view)
  if (!startText || !endText) return null
  if (startText !== endText) return 'across'
  const paragraph = Number(startText.dataset.paragraph)
  if (!Number.isInteger(paragraph)) return null
  const start = offsetIn(startText, range.startContainer, range.startOffset)
  const end = offsetIn(startText, range.endContainer, range.endOffset)
  return end > start ? { paragraph, start, end } : null
}

function paragraphTextOf(node: Node, view: HTMLElement): HTMLElement | null {
  const element = node instanceof HTMLElement ? node : node.parentElement
  const text = element?.closest<HTMLElement>('[data-paragraph]') ?? null
  return text && view.contains(text) ? text : null
}

// The characters of the paragraph's text before a point in it: the text of a range from its start.
function offsetIn(text: HTMLElement, node: Node, offset: number): number {
  const before = document.createRange()
  before.setStart(text, 0)
  before.setEnd(node, offset)
  return before.toString().length
}

/** Selects characters of a paragraph's text in the view (to show a quote where it stands). */
export function selectInView(
  view: HTMLElement,
  paragraph: number,
  start: number,
  end: number,
): HTMLElement | null {
  const text = view.querySelector<HTMLElement>(`[data-paragraph="${paragraph}"]`)
  if (!text) return null
  const range = document.createRange()
  let seen = 0
  let started = false
  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0
    if (!started && start <= seen + length) {
      range.setStart(node, start - seen)
      started = true
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen)
      const selection = window.getSelection()
      selection?.removeAllRanges()
      selection?.addRange(range)
      return text
    }
    seen += length
  }
  return text
}
