import { readParagraphs } from '../../../dataset/draft/article-paragraphs'

/**
 * What a pasted article's text says of its own shape: which paragraphs are headings (short lines with
 * no closing stop, as the checker reads them), whether its first line is a standfirst (a saved
 * article's " date YYYY-MM-DD " marker before it), and the publication day that marker gives.
 */
export function shapeOfText(text: string): {
  headings: number[]
  standfirst: number | null
  published?: string
} {
  const { paragraphs, markedDate } = readParagraphs(text)
  const headings = paragraphs.filter((paragraph) => paragraph.part === 'heading').map(({ number }) => number)
  const standfirst = paragraphs[0]?.part === 'standfirst' ? 1 : null
  return markedDate ? { headings, standfirst, published: markedDate } : { headings, standfirst }
}
