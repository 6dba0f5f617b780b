import { formatCount } from '../../lib/format-count'
import { TEXT_LIMITS } from './format-constants'
import { z } from './jitless-zod'
import { edtfDate, paragraphNumber, slug, text, webAddress } from './schema-parts'

// A story's documents: `source`, the first (the article the story comes from), and, from
// story-timeline/3, `documents`, further ones (a second article, a statement, a transcript), each
// with the same fields and an id.

const documentFields = {
  title: text('How the document is referred to.', TEXT_LIMITS.sourceTitle),
  published: edtfDate
    .optional()
    .meta({ description: 'Publication date (EDTF); relative dates are read against it.' }),
  url: webAddress.optional().meta({ description: 'Where the document can be read (http or https).' }),
  outlet: text(
    'story-timeline/3: who published it ("Reuters", "the Kremlin’s website").',
    TEXT_LIMITS.outlet,
  ).optional(),
  standfirst: text('The document’s standfirst or summary line, verbatim.', TEXT_LIMITS.standfirst).optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest (64 lower-case hex digits)')
    .optional()
    .meta({ description: 'SHA-256 of the document’s text file, so checks can prove which text was used.' }),
  paragraphs: z.int().min(1).optional().meta({ description: 'How many paragraphs the document has.' }),
  text: z
    .string()
    .min(1, 'a non-empty text')
    .max(TEXT_LIMITS.sourceText, `a text of at most ${formatCount(TEXT_LIMITS.sourceText)} characters`)
    .optional()
    .meta({
      description:
        'The document’s whole text, as its file holds it (its SHA-256 is "sha256", which it needs): quotes are shown in their paragraphs.',
    }),
  headings: z.array(paragraphNumber).optional().meta({
    description:
      'story-timeline/3: the paragraphs that are headings (a quote from one says "part": "heading"), each once.',
  }),
}

export const sourceSchema = z
  .strictObject(documentFields)
  .meta({ description: 'The story’s first document: the text it comes from.' })

export const documentSchema = z.strictObject({ id: slug, ...documentFields }).meta({
  description:
    'story-timeline/3: a further document of the story (a second article, a statement, a transcript), cited by its id.',
})

/**
 * One document of a story, the first (`source`) or a further one (an entry of `documents`, which
 * also has its id): what the source view shows and the checker reads.
 */
export type SourceDocument = z.infer<typeof sourceSchema>
/** An entry of `documents`: a document with its id. */
export type StoryDocument = z.infer<typeof documentSchema>
