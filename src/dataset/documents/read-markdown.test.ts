import { expect, test } from 'vitest'
import { expectRead, expectWellFormed, fileOf } from './document-test-helpers'
import { readDocument } from './read-document'

const article = `---
title: "Kim and Putin exchange letters"
date: 2023-08-15T09:00:00+09:00
url: https://example.com/news/2023/8/15/kim-putin
publisher: Example News
tags: [north-korea, russia]
---

# Kim and Putin pledge closer ties

Leaders say the allies are ‘fully demonstrating their invincibility’.

North Korea leader **Kim Jong Un** and Russian President _Vladimir Putin_ exchanged letters,
[state media](https://kcna.example/letters) said &mdash; pledging a “long-standing strategic relationship”…

## ‘Deeply concerned’

- Artillery shells
- Rockets, *shoulder-fired*
  - and missiles

> “The two countries will always emerge victorious,” Kim said.

![A photo of the two leaders](photo.jpg)

The \`KCNA\` agency &amp; others reported it.<br>A line after a break.

<div class="aside">An <b>aside</b> in HTML.</div>

| Date | Event |
|------|-------|
| 15 August | Letters |
`

test('Markdown: paragraphs, headings, list items and quotes as paragraphs; links as words; marks dropped', async () => {
  const read = expectRead(await readDocument(fileOf('article.md', article)))
  expectWellFormed(read)
  expect(read.text.split('\n\n')).toEqual([
    'Kim and Putin pledge closer ties',
    'Leaders say the allies are ‘fully demonstrating their invincibility’.',
    'North Korea leader Kim Jong Un and Russian President Vladimir Putin exchanged letters, state media said — pledging a “long-standing strategic relationship”…',
    '‘Deeply concerned’',
    'Artillery shells',
    'Rockets, shoulder-fired',
    'and missiles',
    '“The two countries will always emerge victorious,” Kim said.',
    'The KCNA agency & others reported it.',
    'A line after a break.',
    'An aside in HTML.',
    'Date',
    'Event',
    '15 August',
    'Letters',
  ])
  expect(read.headings).toEqual([1, 4])
  // The front matter gives the title, so the first-level heading stays a heading of the text.
  expect(read).toMatchObject({
    title: 'Kim and Putin exchange letters',
    published: '2023-08-15',
    url: 'https://example.com/news/2023/8/15/kim-putin',
    outlet: 'Example News',
  })
})

test('with no front matter, the first first-level heading is the title and not a paragraph', async () => {
  const read = expectRead(
    await readDocument(fileOf('a.md', '# The title\n\nFirst paragraph.\n\n# Another part\n\nSecond.\n')),
  )
  expect(read).toMatchObject({
    title: 'The title',
    text: 'First paragraph.\n\nAnother part\n\nSecond.',
    headings: [2],
  })
  expect(read.published).toBeUndefined()
})

test('hostile Markdown is read in bounded work or refused in words, never a crash', async () => {
  const deepQuotes = `${'> '.repeat(10_000)}deep`
  const deepLists = Array.from({ length: 2_000 }, (_, depth) => `${'  '.repeat(depth)}- item ${depth}`).join(
    '\n',
  )
  const manyMarks = `${'*_'.repeat(20_000)} words ${'[a]('.repeat(10_000)}`
  for (const text of [deepQuotes, deepLists, manyMarks, `---\n${'key: value\n'.repeat(50_000)}`]) {
    const read = await readDocument(fileOf('hostile.md', text))
    if (read.ok) expectWellFormed(read)
    else expect(read.refusal).toEqual({ code: 'nestedTooDeep' })
  }
})

test('lists and quotes nested past 32 levels are read as 32 levels, every word kept', async () => {
  const deep = Array.from({ length: 300 }, (_, depth) => `${'  '.repeat(depth)}- item ${depth}`).join('\n')
  const oneLine = `${'- '.repeat(3_000)}the words`
  for (const text of [deep, oneLine, `${'> '.repeat(10_000)}deep`]) {
    const read = expectRead(await readDocument(fileOf('deep.md', text)))
    expectWellFormed(read)
    expect(read.notes).toEqual([{ code: 'nestingBounded', levels: 32 }])
  }
  const read = expectRead(await readDocument(fileOf('deep.md', deep)))
  expect(read.text).toContain('item 0')
  expect(read.text).toContain('item 299')
  expect(expectRead(await readDocument(fileOf('deep.md', oneLine))).text).toContain('the words')
})
