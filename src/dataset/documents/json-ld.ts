import { z } from 'zod'
import type { DocumentNote } from './document-note'

// jitless: the page's Content-Security-Policy forbids eval (see src/dataset/format/schema.ts).
z.config({ jitless: true })

/** What a page's JSON-LD says of its article. */
export type JsonLdArticle = { headline?: string; datePublished?: string; publisher?: string; url?: string }

// schema.org's article types a news page uses (NewsArticle and its kinds first, then any article).
const NEWS_TYPES = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'LiveBlogPosting',
])
const ARTICLE_TYPES = new Set(['Article', 'BlogPosting', 'Report', 'ScholarlyArticle', 'TechArticle'])

/** At most this many objects are looked at: the blocks, their @graph lists, nothing deeper. */
const MOST_THINGS = 1000

const text = z.string().optional().catch(undefined)
const named = z.object({ name: z.string() })
// Each field is read on its own: one that is not what schema.org says is left out, not the whole.
const thing = z.object({
  '@type': z
    .union([z.string(), z.array(z.string())])
    .optional()
    .catch(undefined),
  headline: text,
  datePublished: text,
  url: text,
  publisher: z
    .union([named, z.array(named).min(1), z.string()])
    .optional()
    .catch(undefined),
})
type Thing = z.infer<typeof thing>

/**
 * Reads the JSON-LD blocks of a page (the text of its <script type="application/ld+json">, never
 * run): untrusted, so each is parsed on its own, a broken one skipped with a note. The article is the
 * first NewsArticle (or kind of one), else the first Article. Only the blocks and their @graph lists
 * are looked at, MOST_THINGS at most: bounded, whatever the page nests.
 */
export function readJsonLd(blocks: string[], notes: DocumentNote[]): JsonLdArticle {
  const things: unknown[] = []
  for (const block of blocks) {
    let value: unknown
    try {
      value = JSON.parse(block)
    } catch (error) {
      // The parser's own words (the browser's, in its language) as a detail.
      notes.push({ code: 'jsonLdSkipped', error: error instanceof Error ? error.message : String(error) })
      continue
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      if (things.length >= MOST_THINGS) break
      things.push(item)
      const graph = z.object({ '@graph': z.array(z.unknown()) }).safeParse(item)
      if (graph.success) things.push(...graph.data['@graph'].slice(0, MOST_THINGS - things.length))
    }
  }
  const read = things.flatMap((item) => {
    const parsed = thing.safeParse(item)
    return parsed.success ? [parsed.data] : []
  })
  const article =
    read.find((item) => isOfType(item, NEWS_TYPES)) ?? read.find((item) => isOfType(item, ARTICLE_TYPES))
  if (!article) return {}
  const found: JsonLdArticle = {}
  if (article.headline) found.headline = article.headline
  if (article.datePublished) found.datePublished = article.datePublished
  if (article.url) found.url = article.url
  const publisher = publisherName(article.publisher)
  if (publisher) found.publisher = publisher
  return found
}

function isOfType(item: Thing, types: Set<string>): boolean {
  const type = item['@type']
  if (type === undefined) return false
  return typeof type === 'string' ? types.has(type) : type.some((each) => types.has(each))
}

function publisherName(publisher: Thing['publisher']): string | undefined {
  if (publisher === undefined) return undefined
  if (typeof publisher === 'string') return publisher
  return Array.isArray(publisher) ? publisher[0]?.name : publisher.name
}
