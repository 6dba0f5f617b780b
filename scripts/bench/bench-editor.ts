// Usage: npm run bench:editor [-- --runs 3]
// Times the editor as issue 31 asks, on a 5,000-word article with 300 events: a keystroke in a form
// (from the key to the frame that shows it: the Event Timing API), Make quote (click to frame),
// the longest task while typing (a save to IndexedDB must not block the page), and reopening the
// draft (a reload to the editor ready). Prints the figures; not a test: it measures, it does not judge.
import { execSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { chromium, type Page } from '@playwright/test'
import { datasetToDraft } from '../../src/features/editor/model/dataset-to-draft'
import { chromiumLaunchOptions } from '../chromium'
import { serveBuild } from './serve-build'

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, port: { type: 'string', default: '4399' } },
})
const runs = Number(values.runs)
const port = Number(values.port)
const base = `http://127.0.0.1:${port}`

// A 5,000-word article: the seed article's body, its paragraphs repeated with their numbers changed
// so that no two are the same (quotes are found by their words).
const seed = readFileSync('../shared/seeds/000_7006243c123d49bb.txt', 'utf8')
  .split('\n')
  .filter((line) => line.trim())
const paragraphs: string[] = []
for (let round = 0; paragraphs.join(' ').split(/\s+/).length < 5000; round++)
  for (const line of seed.slice(1)) paragraphs.push(`${line} (${round + 1})`)
const text = paragraphs.join('\n\n')
const words = text.split(/\s+/).length
const builtin = JSON.parse(readFileSync('public/data/kim-putin-letters.json', 'utf8'))
const draft = datasetToDraft({
  ...builtin,
  source: { title: 'Long article', published: '2023-08-15' },
  quotes: [],
  events: [],
})
draft.title = 'Bench: 5,000 words and 300 events'
draft.documents = [
  { ...draft.documents[0], text, headings: [], standfirst: null } as (typeof draft.documents)[number],
]
draft.events = Array.from({ length: 300 }, (_, index) => ({
  id: `event-${index + 1}`,
  title: `Event ${index + 1}`,
  summary: paragraphs[index % paragraphs.length] ?? '',
  date: `2023-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
  status: 'occurred' as const,
  actors: ['kim-jong-un'],
  countries: [],
  categories: [],
  place: { name: '', latitude: '', longitude: '' },
  sources: [],
  media: { url: '', caption: '', credit: '' },
  cites: { document: 'source', paragraphs: [(index % paragraphs.length) + 1] },
}))

execSync('npx vite build', { stdio: 'ignore' })
const server = await serveBuild(port)
const browser = await chromium.launch(chromiumLaunchOptions())
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0
const worst = (list: number[]) => Math.max(...list)
const figures = {
  keystroke: [] as number[],
  makeQuote: [] as number[],
  longestTask: [] as number[],
  reopen: [] as number[],
  reload: [] as number[],
}

async function watch(page: Page) {
  await page.evaluate(() => {
    const record = window as unknown as {
      eventTimes: Array<{ name: string; duration: number }>
      longest: number
    }
    record.eventTimes = []
    record.longest = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        record.eventTimes.push({ name: entry.name, duration: entry.duration })
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit)
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.longest = Math.max(record.longest, entry.duration)
    }).observe({ type: 'longtask' })
  })
}
const taken = (page: Page) =>
  page.evaluate(() => {
    const record = window as unknown as {
      eventTimes: Array<{ name: string; duration: number }>
      longest: number
    }
    const times = record.eventTimes
    record.eventTimes = []
    const longest = record.longest
    record.longest = 0
    return { times, longest }
  })

try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(`${base}/?stories`)
    await page.evaluate(async (content) => {
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('story-timeline-drafts', 10)
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('drafts', { keyPath: 'id' })
          store.createIndex('updatedAt', 'updatedAt')
          store.createIndex('deletedAt', 'deletedAt')
        }
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const write = open.result.transaction('drafts', 'readwrite')
          write.objectStore('drafts').put({
            id: 'bench',
            title: 'Bench: 5,000 words and 300 events',
            updatedAt: Date.now(),
            revision: 1,
            content,
          })
          write.oncomplete = () => {
            open.result.close()
            resolve()
          }
        }
      })
    }, draft)
    await page.goto(`${base}/?edit=bench`)
    await page.getByRole('textbox', { name: /^The text of / }).waitFor()
    // Reopening: from My stories to the editor ready (its article drawn, its events listed); and a
    // reload of the editor's address, the app's code and all.
    for (let time = 0; time < 3; time++) {
      await page.getByRole('button', { name: 'My stories' }).click()
      const link = page.getByRole('link', { name: 'Bench: 5,000 words and 300 events' })
      await link.waitFor()
      const started = Date.now()
      await link.click()
      await page
        .getByRole('textbox', { name: /^The text of / })
        .locator('[data-paragraph="1"]')
        .waitFor()
      await page.getByRole('tab', { name: 'Events (300)' }).waitFor()
      figures.reopen.push(Date.now() - started)
      const reloaded = Date.now()
      await page.reload()
      await page
        .getByRole('textbox', { name: /^The text of / })
        .locator('[data-paragraph="1"]')
        .waitFor()
      await page.getByRole('tab', { name: 'Events (300)' }).waitFor()
      figures.reload.push(Date.now() - reloaded)
    }
    await watch(page)
    await page.getByRole('region', { name: 'The story' }).locator('.item-button').nth(150).click()
    const title = page.getByRole('region', { name: 'The story' }).locator('.item-form').getByLabel('Title')
    await title.click()
    await taken(page)
    for (let key = 0; key < 20; key++) {
      await page.keyboard.type('x')
      await page.waitForTimeout(60)
    }
    await page.waitForTimeout(300)
    const typing = await taken(page)
    figures.keystroke.push(
      ...typing.times
        .filter((time) => time.name === 'keydown' || time.name === 'keypress' || time.name === 'input')
        .map((time) => time.duration),
    )
    figures.longestTask.push(typing.longest)
    for (let quote = 0; quote < 5; quote++) {
      await page.getByRole('textbox', { name: /^The text of / }).evaluate(
        (view, at) => {
          const node = view.querySelector(`[data-paragraph="${at}"]`)?.firstChild
          if (!node) return
          const range = document.createRange()
          range.setStart(node, 2)
          range.setEnd(node, 40)
          window.getSelection()?.removeAllRanges()
          window.getSelection()?.addRange(range)
        },
        10 + quote * 7,
      )
      await page.getByText(/^Paragraph \d+: “/).waitFor()
      await taken(page)
      await page.getByRole('button', { name: 'Make quote' }).click()
      await page.getByRole('tab', { name: `Quotes (${quote + 1})` }).waitFor()
      await page.waitForTimeout(200)
      const made = await taken(page)
      const click = made.times.filter(
        (time) => time.name === 'click' || time.name === 'pointerup' || time.name === 'mouseup',
      )
      figures.makeQuote.push(click.length ? Math.max(...click.map((time) => time.duration)) : 16)
    }
    await page.close()
  }
} finally {
  await browser.close()
  server.kill()
}
const line = (name: string, list: number[], unit = 'ms') =>
  `${name.padEnd(44)} median ${String(Math.round(median(list))).padStart(5)} ${unit}   worst ${String(Math.round(worst(list))).padStart(5)} ${unit}   (${list.length} samples)`
console.log(
  `\nThe editor, a ${words.toLocaleString('en')}-word article (${paragraphs.length} paragraphs) and 300 events, ${runs} runs:`,
)
console.log(line('a keystroke in a form (key to frame)', figures.keystroke.length ? figures.keystroke : [16]))
console.log(line('Make quote (click to frame)', figures.makeQuote))
console.log(line('longest task while typing 20 keys (saves)', figures.longestTask))
console.log(line('reopening the draft (My stories to editor ready)', figures.reopen))
console.log(line('reloading the editor (its code and all)', figures.reload))
console.log(
  'Event Timing reports only events over 16 ms: a keystroke with no entry took less (counted as 16).',
)
