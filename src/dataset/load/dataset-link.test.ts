import { expect, test } from 'vitest'
import { isOnSite, resolveDatasetLink, storyAddress } from './dataset-link'

const HERE = 'https://news.example/timeline/?data=x'

test('a path on this site is kept as a path', () => {
  expect(resolveDatasetLink('/data/story.json', HERE)).toEqual({ ok: true, url: '/data/story.json' })
  expect(resolveDatasetLink('data/story.json?v=2', HERE)).toEqual({
    ok: true,
    url: '/timeline/data/story.json?v=2',
  })
})

test.each([
  '/.//other.example/story.json',
  '/%2e//other.example/story.json',
  '/./%2e/..//other.example/story.json',
  '/a/..//other.example/story.json',
  '/\\/other.example/story.json',
])('%s never names another host when fetched', (value) => {
  const link = resolveDatasetLink(value, HERE)
  if (!link.ok) return
  expect(new URL(link.url, HERE).origin).toBe('https://news.example')
  expect(new URL(link.url, 'https://news.example/assets/load-worker.js').origin).toBe('https://news.example')
})

test.each([
  '//other.example/story.json',
  'https://other.example/story.json',
  '\\\\other.example/story.json',
  'http:other.example/story.json',
])('%s is refused with the origin named', (value) => {
  const link = resolveDatasetLink(value, HERE)
  expect(link.ok).toBe(false)
  if (!link.ok) expect(link.message).toMatch(/Only datasets on this site/)
})

test('other schemes are refused in words', () => {
  expect(resolveDatasetLink('javascript:alert(1)', HERE)).toEqual({
    ok: false,
    message: 'The dataset link “javascript:alert(1)” is not an http or https address.',
  })
  expect(resolveDatasetLink('http://[::1', HERE)).toMatchObject({ ok: false })
})

test('isOnSite resolves as fetch does', () => {
  expect(isOnSite('/x.json', HERE)).toBe(true)
  expect(isOnSite('//other.example/x.json', HERE)).toBe(false)
  expect(isOnSite('http://[', HERE)).toBe(false)
})

test.each([
  ['?engine=/query', { kind: 'engine', endpoint: '/query' }],
  // Another site's engine is not taken: the built-in story, as with no engine.
  ['?engine=//other.example/query', { kind: 'builtin', url: '/data/builtin.json' }],
  ['?engine=https://other.example/query', { kind: 'builtin', url: '/data/builtin.json' }],
  // With a dataset, the page holds the story (the engine answers over its own copy of it).
  ['?engine=/query&data=/data/x.json', { kind: 'link', url: '/data/x.json' }],
])('%s opens %j', (search, address) => {
  expect(storyAddress(search, 'http://127.0.0.1:8787/', '/data/builtin.json')).toEqual(address)
})
