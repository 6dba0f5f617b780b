import { formatCount } from '../../lib/format-count'
import { parseEdtf } from '../dates/parse-edtf'
import { isIsoCountryCode } from './country-codes'
import { TEXT_LIMITS } from './format-constants'
import { problemIssue } from './format-problem'
import { z } from './jitless-zod'

// The values the format's objects are made of, shared by the documents' schema and the dataset's.

export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case slug such as "kim-jong-un"')
  .max(120)
  .meta({ description: 'A stable id: lower-case letters, digits and single hyphens. Used in links.' })

export const text = (description: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, 'a non-empty text')
    .max(max, `a text of at most ${formatCount(max)} characters`)
    .meta({ description: `${description} At most ${formatCount(max)} characters.` })

// Text kept as it is, spaces and all (a quote's context): trimming would move it.
export function keptText(description: string) {
  return z
    .string()
    .min(1, 'a non-empty text')
    .max(TEXT_LIMITS.quoteContext, `a text of at most ${TEXT_LIMITS.quoteContext} characters`)
    .optional()
    .meta({ description: `${description} At most ${TEXT_LIMITS.quoteContext} characters, kept as they are.` })
}

export const edtfDate = z
  .string()
  .superRefine((value, context) => {
    const result = parseEdtf(value)
    if (!result.ok)
      context.addIssue({
        code: 'custom',
        ...problemIssue({ code: 'edtf', problem: result.reason }),
        input: value,
      })
  })
  .meta({
    description:
      'An EDTF (ISO 8601-2) date, as precise as the source allows: 2023-08-15, 2023-07, 2022, 1910/1945, 1945~ (approximate), 2023-08-15? (uncertain), [..2023-08-15] (on or before).',
    examples: ['2023-08-15', '2023-07', '1910/1945', '[..2023-08-15]'],
  })

export const countryCode = z
  .string()
  .refine(isIsoCountryCode, problemIssue({ code: 'countryCode' }))
  .meta({ description: 'ISO 3166-1 alpha-2 code, upper case: KP is North Korea.' })

// Only web links: a javascript: or data: URL in a dataset must never become a link.
export const webAddress = z
  .url({ protocol: /^https?$/, error: 'a web address starting with http:// or https://' })
  .max(TEXT_LIMITS.url, `a web address of at most ${formatCount(TEXT_LIMITS.url)} characters`)

export const paragraphNumber = z.int().min(1, 'a paragraph number from 1').meta({
  description: 'A paragraph of the source: its non-empty lines, numbered from 1.',
})

/** A reference to one of the story's documents: absent, its first (`source`). */
export const documentReference = slug.optional().meta({
  description:
    'story-timeline/3: the id of the document cited, from "documents" ("source", or no "document", is the first document, "source").',
})
