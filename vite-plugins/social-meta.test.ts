import { expect, test } from 'vitest'
import { socialTags } from './social-meta'

const story = {
  title: 'Kim and Putin pledge closer ties',
  description: 'Kim Jong Un and Vladimir Putin exchange letters.',
  sourceTitle: 'A news article',
}

const parsed = (html: string) => new DOMParser().parseFromString(`<head>${html}</head>`, 'text/html')
const content = (html: string, selector: string) =>
  parsed(html).querySelector(selector)?.getAttribute('content')

test('Open Graph and Twitter tags name the story', () => {
  const html = socialTags(story)
  expect(content(html, 'meta[property="og:title"]')).toBe(story.title)
  expect(content(html, 'meta[property="og:description"]')).toBe(story.description)
  expect(content(html, 'meta[name="twitter:title"]')).toBe(story.title)
  expect(content(html, 'meta[name="description"]')).toBe(story.description)
})

test('without the site’s address, no image or URL (they must be absolute) and a summary card', () => {
  const html = socialTags(story)
  expect(parsed(html).querySelector('meta[property="og:image"]')).toBeNull()
  expect(parsed(html).querySelector('meta[property="og:url"]')).toBeNull()
  expect(content(html, 'meta[name="twitter:card"]')).toBe('summary')
})

test('with it, the card image as an absolute address and a large-image card', () => {
  const html = socialTags(story, { siteUrl: 'https://stories.example/kim-putin' })
  expect(content(html, 'meta[property="og:url"]')).toBe('https://stories.example/kim-putin/')
  expect(content(html, 'meta[property="og:image"]')).toBe('https://stories.example/kim-putin/social-card.png')
  expect(content(html, 'meta[name="twitter:card"]')).toBe('summary_large_image')
})

test('a title with quotes and markup stays text; a long description is shortened', () => {
  const html = socialTags({ ...story, title: '"><script>x</script>', description: 'y'.repeat(500) })
  expect(parsed(html).querySelector('script')).toBeNull()
  expect(content(html, 'meta[property="og:title"]')).toBe('"><script>x</script>')
  expect(content(html, 'meta[property="og:description"]')).toHaveLength(200)
})
