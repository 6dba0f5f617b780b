import { readWebAddress } from '../import/values/web-address'
import type { DocumentNote } from './document-note'
import { type JsonLdArticle, readJsonLd } from './json-ld'
import { publicationDate } from './publication-date'

/** What a saved web page says of its article, before its article is picked out. */
export type PageMetadata = {
  title?: string
  outlet?: string
  url?: string
  published?: string
  /** The page's description (og:description): news pages give their standfirst here. */
  description?: string
}

/**
 * Reads a page's metadata: Open Graph (og:title, og:site_name, og:url, og:description), the
 * article's published time (article:published_time), the canonical link, a <time datetime>, and the
 * JSON-LD NewsArticle (headline, datePublished, publisher.name, url). Read before Readability, which
 * removes the scripts that hold the JSON-LD. Attributes are read as text; nothing is resolved
 * against the page, followed or run.
 */
export function pageMetadata(document: Document, notes: DocumentNote[]): PageMetadata {
  // Each name's first non-empty content, in one pass over the page's <meta> elements.
  const metas = new Map<string, string>()
  for (const element of document.querySelectorAll('meta')) {
    const name =
      element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop')
    const content = element.getAttribute('content')?.trim()
    if (name && content && !metas.has(name.toLowerCase())) metas.set(name.toLowerCase(), content)
  }
  const meta = (key: string) => metas.get(key)
  const jsonLd: JsonLdArticle = readJsonLd(
    [...document.querySelectorAll('script[type="application/ld+json" i]')].map(
      (script) => script.textContent ?? '',
    ),
    notes,
  )
  const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? undefined
  const found: PageMetadata = {}
  const title = meta('og:title') ?? jsonLd.headline ?? meta('twitter:title')
  if (title) found.title = title
  const outlet = meta('og:site_name') ?? jsonLd.publisher
  if (outlet) found.outlet = outlet
  const url = [meta('og:url'), canonical, jsonLd.url].map((address) => readWebAddress(address)).find(Boolean)
  if (url) found.url = url
  const published = [
    meta('article:published_time'),
    jsonLd.datePublished,
    meta('datepublished'),
    timeOfArticle(document),
  ]
    .map(publicationDate)
    .find(Boolean)
  if (published) found.published = published
  const description = meta('og:description') ?? meta('description')
  if (description) found.description = description
  return found
}

// The first <time datetime> inside the article (a page's header may show today's date, a sidebar
// other articles' dates), else one marked as the publication date.
function timeOfArticle(document: Document): string | undefined {
  const time =
    document.querySelector('article time[datetime]') ??
    document.querySelector('time[datetime][itemprop="datePublished" i], time[datetime][pubdate]')
  return time?.getAttribute('datetime') ?? undefined
}
