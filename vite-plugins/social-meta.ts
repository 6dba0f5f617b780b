import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

/** What a link preview needs from the built-in story. */
export type SharedStory = { title: string; description?: string; sourceTitle: string }

/** Where the site is served from, for the absolute addresses Open Graph wants (`SITE_URL=https://…`). */
export type SiteOptions = { siteUrl?: string | undefined; imagePath?: string }

const LONGEST_DESCRIPTION = 200
// The card made by `npm run social-card` from the built-in story's timeline (public/social-card.png).
const CARD = { path: 'social-card.png', width: 1200, height: 630 }

/**
 * The page's title, description, and Open Graph and Twitter card tags for the built-in story, so that a
 * link to the app shared in a chat or a post shows the story. An image and the page's address need
 * an absolute URL: with `SITE_URL` set at build they are written, without it they are left out (a
 * relative og:image is ignored by every reader of them).
 */
export function socialTags(story: SharedStory, { siteUrl }: SiteOptions = {}): string {
  const title = story.title
  const description = shortened(story.description ?? `Events, actors and quotes from ${story.sourceTitle}.`)
  const site = siteUrl ? siteUrl.replace(/\/*$/, '/') : undefined
  const image = site ? new URL(CARD.path, site).href : undefined
  const tags: Array<[string, string, string]> = [
    ['name', 'description', description],
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', 'Story Timeline'],
    ['property', 'og:title', title],
    ['property', 'og:description', description],
    ...(site ? ([['property', 'og:url', site]] as Array<[string, string, string]>) : []),
    ...(image
      ? ([
          ['property', 'og:image', image],
          ['property', 'og:image:width', String(CARD.width)],
          ['property', 'og:image:height', String(CARD.height)],
          ['property', 'og:image:alt', `The timeline of “${title}”`],
          ['name', 'twitter:image', image],
        ] as Array<[string, string, string]>)
      : []),
    ['name', 'twitter:card', image ? 'summary_large_image' : 'summary'],
    ['name', 'twitter:title', title],
    ['name', 'twitter:description', description],
  ]
  return tags
    .map(([kind, key, value]) => `<meta ${kind}="${key}" content="${escapeAttribute(value)}" />`)
    .join('\n    ')
}

/** Writes the tags into index.html, replacing its generic title and description. */
export function socialMeta(datasetFile: string): Plugin {
  return {
    name: 'story-timeline:social-meta',
    transformIndexHtml: (html) => {
      const dataset = JSON.parse(readFileSync(datasetFile, 'utf8')) as {
        title: string
        description?: string
        source: { title: string }
      }
      const story = {
        title: dataset.title,
        description: dataset.description,
        sourceTitle: dataset.source.title,
      }
      return html
        .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(`${story.title} — Story Timeline`)}</title>`)
        .replace(/<meta name="description"[^>]*\/>/, socialTags(story, { siteUrl: process.env.SITE_URL }))
    },
  }
}

function shortened(text: string): string {
  return text.length > LONGEST_DESCRIPTION ? `${text.slice(0, LONGEST_DESCRIPTION - 1).trimEnd()}…` : text
}

function escapeText(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

function escapeAttribute(value: string): string {
  return escapeText(value).replaceAll('"', '&quot;')
}
