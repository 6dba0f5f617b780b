import { expect, test } from 'vitest'
import { expectRead, expectWellFormed, fileOf } from './document-test-helpers'
import { nestedDeeperThan } from './dom-depth'
import { htmlBlocks } from './html-blocks'
import { readDocument } from './read-document'

const standfirst =
  'Leaders say the allies are ‘fully demonstrating their invincibility’ and pledge to bolster security ties as US accuses Pyongyang of supplying weapons to Moscow.'

const body = [
  'North Korea leader Kim Jong Un and Russian President Vladimir Putin exchanged letters pledging to develop ties into what Kim called a “long-standing strategic relationship”.',
  'The letters mark the 78th anniversary of Korea’s liberation from Japan’s 1910-45 colonial rule, which is also celebrated as a national holiday in South Korea.',
  'In his letter to Putin on Tuesday, Kim said the two countries’ friendship was forged in World War II with victory over Japan, state news agency KCNA said.',
]

function newsPage(jsonLd: string[], extraHead = ''): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kim, Putin pledge closer ties | Example News</title>
<meta property="og:title" content="Kim and Putin pledge closer ties as US accuses Pyongyang of arming Moscow">
<meta property="og:site_name" content="Example News">
<meta property="og:url" content="https://news.example.com/2023/8/15/kim-putin-letters">
<meta property="og:description" content="${standfirst}">
<meta property="article:published_time" content="2023-08-15T09:12:00+09:00">
<link rel="canonical" href="https://news.example.com/2023/8/15/kim-putin-letters">
${jsonLd.map((block) => `<script type="application/ld+json">${block}</script>`).join('\n')}
<script>window.ranTheirScript = true; document.title = 'changed by the page'</script>
<style>p { color: red }</style>
${extraHead}
</head>
<body onload="window.ranOnload = true">
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<div class="ad-slot advertisement">Advertisement: the best deals of the week, only today</div>
<main>
<article>
<header>
<h1>Kim and Putin pledge closer ties</h1>
<time datetime="2023-08-15T09:12:00+09:00">15 Aug 2023</time>
</header>
<p>${body[0]}</p>
<p>${body[1]}</p>
<h2>‘Deeply concerned’</h2>
<p>${body[2]}</p>
<blockquote><p>“The two countries will always emerge victorious, strongly supporting and cooperating with each other,” Kim said.</p></blockquote>
<ul><li>Artillery shells, shoulder-fired rockets and missiles.</li><li>Pyongyang and Moscow have denied any arms transactions.</li></ul>
<img src="https://news.example.com/photo.jpg" alt="Kim and Putin" onerror="window.ranOnerror = true">
<noscript>Please enable JavaScript to see the video.</noscript>
</article>
</main>
<section id="comments" class="comments"><h3>Comments (2)</h3><div class="comment"><p>First! Great article, visit my site.</p></div></section>
<aside class="related"><h3>Related</h3><ul><li><a href="/other">Another story entirely</a></li></ul></aside>
<footer class="site-footer"><p>© 2023 Example News. All rights reserved.</p></footer>
</body>
</html>`
}

const newsArticle = JSON.stringify({
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Kim and Putin pledge closer ties (JSON-LD)',
  datePublished: '2023-08-15T09:12:00+09:00',
  publisher: { '@type': 'Organization', name: 'Example News Network' },
})

test('a saved news page: the article, its metadata; no menus, advertisements or comments; nothing of it run', async () => {
  const read = expectRead(await readDocument(fileOf('kim-putin.html', newsPage([newsArticle]))))
  expectWellFormed(read)
  const paragraphs = read.text.split('\n\n')
  expect(paragraphs).toEqual([
    standfirst,
    '15 Aug 2023', // the article's dateline, in its header
    body[0],
    body[1],
    '‘Deeply concerned’',
    body[2],
    '“The two countries will always emerge victorious, strongly supporting and cooperating with each other,” Kim said.',
    'Artillery shells, shoulder-fired rockets and missiles.',
    'Pyongyang and Moscow have denied any arms transactions.',
  ])
  expect(read).toMatchObject({
    title: 'Kim and Putin pledge closer ties as US accuses Pyongyang of arming Moscow',
    outlet: 'Example News',
    url: 'https://news.example.com/2023/8/15/kim-putin-letters',
    published: '2023-08-15',
    headings: [5],
    standfirst: 1,
  })
  for (const left of [
    'Advertisement',
    'Home',
    'Comments',
    'First!',
    'Another story',
    '©',
    'enable JavaScript',
    'color: red',
  ]) {
    expect(read.text).not.toContain(left)
  }
  expect(window).not.toHaveProperty('ranTheirScript')
  expect(window).not.toHaveProperty('ranOnload')
  expect(window).not.toHaveProperty('ranOnerror')
  expect(document.title).not.toBe('changed by the page')
})

test('metadata from JSON-LD where the page has no Open Graph; a broken JSON-LD block is skipped and said', async () => {
  const page = newsPage(['{"@type": "NewsArticle", "headline": broken', newsArticle])
    .replace(/<meta property="(og|article):[^>]*>\n/g, '')
    .replace(/<link rel="canonical"[^>]*>/, '')
  const read = expectRead(await readDocument(fileOf('page.htm', page)))
  expect(read).toMatchObject({
    title: 'Kim and Putin pledge closer ties (JSON-LD)',
    outlet: 'Example News Network',
    published: '2023-08-15',
  })
  expect(read.url).toBeUndefined()
  // The parser's own words are kept as its detail.
  expect(read.notes).toContainEqual({ code: 'jsonLdSkipped', error: expect.stringMatching(/JSON/) })
})

test('JSON-LD in a @graph, with its fields of the wrong kinds, is read for what it holds', async () => {
  const graph = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Not the article' },
      {
        '@type': ['NewsArticle'],
        headline: 12,
        datePublished: '2023-08',
        publisher: [{ name: 'Graph News' }],
      },
    ],
  })
  const page = newsPage([graph]).replace(/<meta property="(og|article):[^>]*>\n/g, '')
  const read = expectRead(await readDocument(fileOf('page.html', page)))
  expect(read).toMatchObject({ outlet: 'Graph News', published: '2023-08' })
  // The headline is not text: the page's own title is used, as Readability cleans it.
  expect(read.title).toBe('Kim, Putin pledge closer ties')
})

test('a page nested a thousand deep is read whole in one walk, not handed to Readability', async () => {
  const nested = `<!DOCTYPE html><html><body><nav>Menu</nav>${'<div>'.repeat(1_000)}<p>The one paragraph, deep down.</p>${'</div>'.repeat(1_000)}</body></html>`
  const read = expectRead(await readDocument(fileOf('nested.html', nested)))
  expect(read.text).toBe('Menu\n\nThe one paragraph, deep down.')
  expect(read.notes).toEqual([{ code: 'nestedTooDeep', depth: 80 }])
})

test('10,000 nested divs are walked without a stack overflow', () => {
  // Built with createElement, from the inside out: jsdom's HTML parser (not the browser's, which stops
  // nesting at 512 levels) takes some 16 s to parse 10,000 nested divs, and so does appending each
  // div inside the last.
  const page = document.implementation.createHTMLDocument('')
  let nested: Element = page.createElement('div')
  nested.appendChild(page.createElement('p')).textContent = 'The one paragraph, deep down.'
  nested.appendChild(page.createElement('script')).textContent = 'alert(1)'
  for (let depth = 1; depth < 10_000; depth++) {
    const outer = page.createElement('div')
    outer.appendChild(nested)
    nested = outer
  }
  // Walked detached: jsdom attaches a subtree to a document by recursion, out of stack here.
  expect(nestedDeeperThan(nested, 80)).toBe(true)
  expect(htmlBlocks(nested)).toEqual([{ text: 'The one paragraph, deep down.', kind: 'paragraph' }])
})

test('a page of only scripts holds no text', async () => {
  const scripts =
    '<html><head><script>alert(1)</script></head><body><script>while (true) {}</script></body></html>'
  expect(await readDocument(fileOf('scripts.html', scripts))).toEqual({
    ok: false,
    refusal: { code: 'empty' },
  })
})

test('a page in the encoding its <meta> names: Windows-1252 and Shift_JIS', async () => {
  const head = (charset: string) =>
    new TextEncoder().encode(`<html><head><meta charset="${charset}"></head><body><p>`)
  const tail = new TextEncoder().encode('</p></body></html>')
  const page = (charset: string, words: number[]) => new Uint8Array([...head(charset), ...words, ...tail])
  // “Café” in Windows-1252: 93 43 61 66 E9 94.
  const western = expectRead(
    await readDocument(fileOf('a.html', page('windows-1252', [0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]))),
  )
  expect(western.text).toBe('“Café”')
  // 日本 in Shift_JIS: 93 FA 96 7B.
  const japanese = expectRead(
    await readDocument(fileOf('b.html', page('shift_jis', [0x93, 0xfa, 0x96, 0x7b]))),
  )
  expect(japanese.text).toBe('日本')
  expect(western.notes).toContainEqual({ code: 'pageEncoding', encoding: 'windows-1252' })
  expect(japanese.notes).toContainEqual({ code: 'pageEncoding', encoding: 'shift_jis' })
})
