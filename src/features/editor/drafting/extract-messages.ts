import { z } from 'zod'
import { actorKinds, eventStatuses } from '../../../dataset/format/format-constants'

// What the drafting worker and the page say to each other, read where it arrives.

z.config({ jitless: true })

const span = z.object({ start: z.int().min(0), end: z.int().min(0) })

const requestSchema = z.object({
  text: z.string(),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  standfirst: z.boolean().optional(),
})
export type ExtractRequest = z.infer<typeof requestSchema>

export function readExtractRequest(data: unknown): ExtractRequest | null {
  const read = requestSchema.safeParse(data)
  return read.success ? read.data : null
}

const extractedSchema = z.object({
  actors: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      kind: z.enum(actorKinds),
      country: z.string().optional(),
      role: z.string().optional(),
      confidence: z.number(),
    }),
  ),
  events: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      summary: z.string(),
      date: z.string(),
      status: z.enum(eventStatuses),
      span,
      paragraphs: z.array(z.int().min(1)),
      actors: z.array(z.string()),
      confidence: z.number(),
    }),
  ),
  quotes: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      span,
      paragraph: z.int().min(1),
      part: z.enum(['heading', 'standfirst']).optional(),
      speaker: z.string().optional(),
      event: z.string().optional(),
      confidence: z.number(),
    }),
  ),
})
/** The part of the extractor's draft the editor proposes from. */
export type Extracted = z.infer<typeof extractedSchema>

const answerSchema = z.union([
  z.object({ ok: z.literal(true), draft: extractedSchema, milliseconds: z.number() }),
  z.object({
    ok: z.literal(false),
    problem: z.discriminatedUnion('code', [
      z.object({ code: z.literal('badRequest') }),
      z.object({ code: z.literal('extractorFailed'), detail: z.string() }),
      z.object({ code: z.literal('notADraft') }),
      z.object({ code: z.literal('noStart') }),
      z.object({ code: z.literal('workerFailed'), detail: z.string().nullable() }),
    ]),
  }),
])
export type ExtractAnswer = z.infer<typeof answerSchema>

export function readExtractAnswer(data: unknown): ExtractAnswer {
  const read = answerSchema.safeParse(data)
  return read.success ? read.data : { ok: false, problem: { code: 'notADraft' } }
}
