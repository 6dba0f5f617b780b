import type { TextBlock } from './document-types'

/** An article's paragraphs joined into the text the app numbers, and which are headings or the standfirst. */
export type ArticleText = { text: string; headings: number[]; standfirst?: number; title?: string }

/**
 * One paragraph's text: every run of whitespace (line breaks, tabs, no-break spaces, the Unicode line
 * and paragraph separators: all of JavaScript's \s) becomes one space, and the ends are trimmed, so a
 * paragraph is always one line. Nothing else is touched: curly quotes, dashes and ellipses stay as
 * written. One linear pass (a single character class, nothing to backtrack).
 */
export function paragraphText(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim()
}

/**
 * Joins blocks into the article's text, numbering its paragraphs from 1 (a block with no text left is
 * no paragraph). The first 'title' block is the title and not a paragraph; the first 'standfirst'
 * block is the standfirst (later ones are paragraphs).
 */
export function articleText(blocks: Iterable<TextBlock>): ArticleText {
  const paragraphs: string[] = []
  const headings: number[] = []
  let standfirst: number | undefined
  let title: string | undefined
  for (const block of blocks) {
    const text = paragraphText(block.text)
    if (text === '') continue
    if (block.kind === 'title' && title === undefined) {
      title = text
      continue
    }
    paragraphs.push(text)
    if (block.kind === 'heading') headings.push(paragraphs.length)
    else if (block.kind === 'standfirst' && standfirst === undefined) standfirst = paragraphs.length
  }
  const article: ArticleText = { text: paragraphs.join('\n\n'), headings }
  if (standfirst !== undefined) article.standfirst = standfirst
  if (title !== undefined) article.title = title
  return article
}
