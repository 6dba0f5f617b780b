import { documentIdOf } from '../format/documents'
import { FIRST_DOCUMENT_ID } from '../format/format-constants'
import type { Dataset, Quote, SourceDocument } from '../format/schema'
import type { DatasetIssue } from './dataset-issue'
import { findQuotedSpans, splitParagraphs } from './source-text'

export type SourceCheck = { errors: DatasetIssue[]; warnings: DatasetIssue[] }

/** The first document's check: `verifyDocument` for "source". */
export function verifyAgainstSource(dataset: Dataset, sourceText: string, sourceSha256: string): SourceCheck {
  return verifyDocument(dataset, FIRST_DOCUMENT_ID, sourceText, sourceSha256)
}

/**
 * Checks a valid dataset against the text of one of its documents (by id): the text is the one named
 * (hash and paragraph count), every quote and every narrative step's excerpt citing that document is
 * verbatim in the paragraph it names (with its prefix and suffix, where given, around it), the parts it
 * is said to be in (a heading, the standfirst) are so, the paragraphs its events cite exist, a text the
 * document carries is the file's, and every quoted span of the text has its quote in the dataset.
 * What cites another document is that document's to check.
 */
export function verifyDocument(
  dataset: Dataset,
  documentId: string,
  text: string,
  sha256: string,
): SourceCheck {
  const located = locate(dataset, documentId)
  if (!located) throw new Error(`the dataset has no document "${documentId}"`)
  const { document, path } = located
  const errors: DatasetIssue[] = []
  const warnings: DatasetIssue[] = []
  const paragraphs = splitParagraphs(text)
  const cites = (reference: { document?: string | undefined } | undefined) =>
    documentIdOf(reference) === documentId
  // Said as it always was for the first document; another's is named, since its numbers are its own.
  const inParagraph = (number: number) =>
    documentId === FIRST_DOCUMENT_ID ? `paragraph ${number}` : `paragraph ${number} of ${path}`

  if (document.sha256 === undefined) {
    warnings.push({ path: `${path}.sha256`, expected: `the text’s hash ${sha256}`, found: 'no hash' })
  } else if (document.sha256 !== sha256) {
    errors.push({ path: `${path}.sha256`, expected: sha256, found: document.sha256 })
  }
  if (document.paragraphs !== undefined && document.paragraphs !== paragraphs.length) {
    errors.push({
      path: `${path}.paragraphs`,
      expected: `${paragraphs.length} (the text’s non-empty lines)`,
      found: String(document.paragraphs),
    })
  }
  if (document.text !== undefined && document.text !== text) {
    errors.push({
      path: `${path}.text`,
      expected: 'the text of the file, character for character',
      found: `a text that differs from character ${firstDifference(document.text, text) + 1}`,
    })
  }

  const quotes = dataset.quotes.flatMap((quote, index) => (cites(quote.source) ? [{ quote, index }] : []))
  for (const { quote, index } of quotes) {
    checkQuote({ quote, index, document, path, paragraphs, inParagraph, errors, warnings })
  }

  dataset.narratives?.forEach((narrative, index) => {
    narrative.steps.forEach((step, stepIndex) => {
      const named = step.source?.paragraph
      if (named === undefined || !cites(step.source) || step.text === undefined) return
      if (paragraphs[named - 1]?.includes(step.text)) return
      const elsewhere = paragraphs.findIndex((candidate) => step.text && candidate.includes(step.text))
      errors.push({
        path: `narratives[${index}].steps[${stepIndex}].text`,
        expected: `words found verbatim in ${inParagraph(named)}`,
        found:
          elsewhere >= 0 ? `them in paragraph ${elsewhere + 1} instead` : 'words that are not in the text',
      })
    })
  })

  dataset.events.forEach((event, index) => {
    if (!event.source || !cites(event.source)) return
    event.source.paragraphs.forEach((number, position) => {
      if (number > paragraphs.length) {
        errors.push({
          path: `events[${index}].source.paragraphs[${position}]`,
          expected: `a paragraph from 1 to ${paragraphs.length}${documentId === FIRST_DOCUMENT_ID ? '' : ` of ${path}`}`,
          found: String(number),
        })
      }
    })
  })

  paragraphs.forEach((paragraph, index) => {
    for (const span of findQuotedSpans(paragraph)) {
      const covered = quotes.some(({ quote }) => quote.source?.paragraph === index + 1 && quote.text === span)
      if (!covered) {
        warnings.push({
          path:
            documentId === FIRST_DOCUMENT_ID ? `paragraph ${index + 1}` : `${path}, paragraph ${index + 1}`,
          expected: 'each quoted span to be a quote in the dataset',
          found: `“${span}” with no quote`,
        })
      }
    }
  })
  return { errors, warnings }
}

/** A document of the dataset by id, with the path its fields are named by ("source", "documents[0]"). */
function locate(dataset: Dataset, id: string): { document: SourceDocument; path: string } | undefined {
  if (id === FIRST_DOCUMENT_ID) return { document: dataset.source, path: 'source' }
  const index = dataset.documents?.findIndex((document) => document.id === id) ?? -1
  const document = dataset.documents?.[index]
  return document && { document, path: `documents[${index}]` }
}

type QuoteCheck = {
  quote: Quote
  index: number
  document: SourceDocument
  path: string
  paragraphs: readonly string[]
  inParagraph: (number: number) => string
  errors: DatasetIssue[]
  warnings: DatasetIssue[]
}

function checkQuote({ quote, index, document, path, paragraphs, inParagraph, errors, warnings }: QuoteCheck) {
  const where = quote.source
  const paragraph = where ? paragraphs[where.paragraph - 1] : undefined
  if (where && paragraph?.includes(quote.text)) {
    const anchored = `${where.prefix ?? ''}${quote.text}${where.suffix ?? ''}`
    if (!paragraph.includes(anchored)) {
      errors.push({
        path: `quotes[${index}].source`,
        expected: `its prefix and suffix right before and after the words in ${inParagraph(where.paragraph)}`,
        found: 'them elsewhere or not at all',
      })
    }
    if (where.part === 'standfirst' && !document.standfirst?.includes(quote.text)) {
      errors.push({
        path: `quotes[${index}].source.part`,
        expected: `words of the ${path === 'source' ? 'source’s' : 'document’s'} standfirst (${path}.standfirst)`,
        found: 'words the standfirst does not hold',
      })
    }
    const heading = isHeading(document, where.paragraph, paragraph)
    if (where.part === 'heading' && !heading) {
      errors.push({
        path: `quotes[${index}].source.part`,
        expected: `a heading: ${inParagraph(where.paragraph)} a short line with no full stop`,
        found: 'a paragraph of the body',
      })
    }
    if (where.part === undefined && heading) {
      warnings.push({
        path: `quotes[${index}].source.part`,
        expected: `"heading": ${inParagraph(where.paragraph)} is a heading (the editor’s words, not the speaker’s)`,
        found: 'no part',
      })
    }
  }
  const named = where?.paragraph
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
    expected: `words found verbatim in ${inParagraph(named)}`,
    found: elsewhere >= 0 ? `them in paragraph ${elsewhere + 1} instead` : 'words that are not in the text',
  })
}

// A heading: one the document lists in "headings", or, where it lists none, a short line with no
// closing full stop, question or exclamation mark.
function isHeading(document: SourceDocument, number: number, paragraph: string): boolean {
  if (document.headings) return document.headings.includes(number)
  const line = paragraph.trim()
  return line.length <= 120 && !/[.!?…]["”’)]*$/.test(line)
}

function firstDifference(a: string, b: string): number {
  let at = 0
  while (at < a.length && at < b.length && a[at] === b[at]) at++
  return at
}
