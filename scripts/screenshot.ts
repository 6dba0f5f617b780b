// Usage: npm run screenshot -- [path-and-query] [--out dir] [--open file]
// Screenshots the app (served by `npm run preview` or `npm start`) at desktop and phone sizes, to
// look at what a change did. Set BASE_URL when the app is not at http://127.0.0.1:4173.
import { mkdirSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'test-results/screenshots' },
    full: { type: 'boolean', default: false },
    // A file to open with Open dataset… once the page is up (what a reader's own file shows).
    open: { type: 'string' },
  },
})
const target = positionals[0] ?? '/'
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173'
const sizes = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'laptop', width: 1280, height: 720 },
  { name: 'tablet', width: 1024, height: 768 },
  { name: 'phone', width: 390, height: 844 },
]

mkdirSync(values.out, { recursive: true })
const browser = await chromium.launch(chromiumLaunchOptions())
const slug =
  `${target}${values.open ? `-${values.open.split('/').pop()}` : ''}`
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '') || 'home'
for (const size of sizes) {
  const page = await browser.newPage({
    viewport: { width: size.width, height: size.height },
    deviceScaleFactor: 1,
  })
  await page.goto(new URL(target, base).toString())
  await page.waitForLoadState('networkidle')
  // The charts mount once the first view is painted: wait for them (a page without them goes on).
  await page
    .locator('.charts-panel .recharts-surface')
    .first()
    .waitFor({ timeout: 5000 })
    .catch(() => {})
  if (values.open) {
    await page.getByLabel('Dataset file').setInputFiles(values.open)
    await page.waitForTimeout(1500)
  }
  await page.waitForTimeout(500)
  const path = `${values.out}/${slug}-${size.name}.png`
  await page.screenshot({ path, fullPage: values.full })
  console.log(path)
  await page.close()
}
await browser.close()
