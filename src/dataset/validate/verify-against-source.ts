import type { Dataset } from '../format/schema'
import type { DatasetIssue } from './dataset-issue'
import { findQuotedSpans, splitParagraphs } from './source-text'

export type SourceCheck = { errors: DatasetIssue[]; warnings: DatasetIssue[] }

/**
 * Checks a valid dataset against the text it was derived from: the text is the one named (hash and
 * paragraph count), every quote and every narrative step's excerpt is verbatim in the paragraph it
 * names (with its prefix and suffix, where given, around it), the parts it is said to be in (a
 * heading, the standfirst) are so, a text the dataset carries is the file's, and every quoted span
 * of the text has its quote in the dataset.
 */
export function verifyAgainstSource(dataset: Dataset, sourceText: string, sourceSha256: string): SourceCheck {
  const errors: DatasetIssue[] = []
  const warnings: DatasetIssue[] = []
  const paragraphs = splitParagraphs(sourceText)

  if (dataset.source.sha256 === undefined) {
    warnings.push({ path: 'source.sha256', expected: `the text’s hash ${sourceSha256}`, found: 'no hash' })
  } else if (dataset.source.sha256 !== sourceSha256) {
    errors.push({ path: 'source.sha256', expected: sourceSha256, found: dataset.source.sha256 })
  }
  if (dataset.source.paragraphs !== undefined && dataset.source.paragraphs !== paragraphs.length) {
    errors.push({
      path: 'source.paragraphs',
      expected: `${paragraphs.length} (the text’s non-empty lines)`,
      found: String(dataset.source.paragraphs),
    })
  }

  if (dataset.source.text !== undefined && dataset.source.text !== sourceText) {
    const at = firstDifference(dataset.source.text, sourceText)
    errors.push({
      path: 'source.text',
      expected: 'the text of the file, character for character',
      found: `a text that differs from character ${at + 1}`,
    })
  }

  dataset.quotes.forEach((quote, index) => {
    const where = quote.source
    const paragraph = where ? paragraphs[where.paragraph - 1] : undefined
    if (where && paragraph?.includes(quote.text)) {
      const anchored = `${where.prefix ?? ''}${quote.text}${where.suffix ?? ''}`
      if (!paragraph.includes(anchored)) {
        errors.push({
          path: `quotes[${index}].source`,
          expected: `its prefix and suffix right before and after the words in paragraph ${where.paragraph}`,
          found: 'them elsewhere or not at all',
        })
      }
      if (where.part === 'standfirst' && !dataset.source.standfirst?.includes(quote.text)) {
        errors.push({
          path: `quotes[${index}].source.part`,
          expected: 'words of the source’s standfirst (source.standfirst)',
          found: 'words the standfirst does not hold',
        })
      }
      if (where.part === 'heading' && !isHeading(paragraph)) {
        errors.push({
          path: `quotes[${index}].source.part`,
          expected: `a heading: paragraph ${where.paragraph} a short line with no full stop`,
          found: 'a paragraph of the body',
        })
      }
      if (where.part === undefined && isHeading(paragraph)) {
        warnings.push({
          path: `quotes[${index}].source.part`,
          expected: `"heading": paragraph ${where.paragraph} is a heading (the editor’s words, not the speaker’s)`,
          found: 'no part',
        })
      }
    }
    const named = quote.source?.paragraph
    const elsewhere = paragraphs.findIndex((candidate) => candidate.includes(quote.text))
    if (named === undefined) {
      if (elsewhere >= 0) return
      errors.push({
        path: `quotes[${index}].text`,
        expected: 'words found verbatim in the text',
        found: 'words that are not in the text',
      })
      return
    }
    if (paragraphs[named - 1]?.includes(quote.text)) return
    errors.push({
      path: `quotes[${index}].text`,
      expected: `words found verbatim in paragraph ${named}`,
      found: elsewhere >= 0 ? `them in paragraph ${elsewhere + 1} instead` : 'words that are not in the text',
    })
  })

  dataset.narratives?.forEach((narrative, index) => {
    narrative.steps.forEach((step, stepIndex) => {
      const named = step.source?.paragraph
      if (named === undefined || step.text === undefined || paragraphs[named - 1]?.includes(step.text)) return
      const elsewhere = paragraphs.findIndex((candidate) => step.text && candidate.includes(step.text))
      errors.push({
        path: `narratives[${index}].steps[${stepIndex}].text`,
        expected: `words found verbatim in paragraph ${named}`,
        found:
          elsewhere >= 0 ? `them in paragraph ${elsewhere + 1} instead` : 'words that are not in the text',
      })
    })
  })

  dataset.events.forEach((event, index) => {
    event.source?.paragraphs.forEach((number, position) => {
      if (number > paragraphs.length) {
        errors.push({
          path: `events[${index}].source.paragraphs[${position}]`,
          expected: `a paragraph from 1 to ${paragraphs.length}`,
          found: String(number),
        })
      }
    })
  })

  paragraphs.forEach((paragraph, index) => {
    for (const span of findQuotedSpans(paragraph)) {
      const covered = dataset.quotes.some(
        (quote) => quote.source?.paragraph === index + 1 && quote.text === span,
      )
      if (!covered) {
        warnings.push({
          path: `paragraph ${index + 1}`,
          expected: 'each quoted span to be a quote in the dataset',
          found: `“${span}” with no quote`,
        })
      }
    }
  })
  return { errors, warnings }
}

// A heading: a short line with no closing full stop, question or exclamation mark.
function isHeading(paragraph: string): boolean {
  const line = paragraph.trim()
  return line.length <= 120 && !/[.!?…]["”’)]*$/.test(line)
}

function firstDifference(a: string, b: string): number {
  let at = 0
  while (at < a.length && at < b.length && a[at] === b[at]) at++
  return at
}
