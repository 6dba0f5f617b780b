import { gzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { FIRST_VIEW_BUDGET } from './first-view-budget'

// The first view is what the page fetches before it can draw the built-in story: the files
// index.html names (the entry, its preloaded chunks, the styles). It is measured in bytes, not time,
// so this check does not depend on the machine's speed: gzip of what the preview serves.
test('the first view stays within its budget in bytes and files', async ({ request }) => {
  const page = await request.get('/')
  expect(page.ok()).toBe(true)
  const html = await page.text()
  const names = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1] ?? '')
  const sizes = await Promise.all(
    names.map(async (name) => {
      const file = await request.get(name, { headers: { 'Accept-Encoding': 'identity' } })
      expect(file.ok(), `${name} is served`).toBe(true)
      return { name, gzip: gzipSync(await file.body()).length }
    }),
  )
  const bytes = sizes.reduce((sum, file) => sum + file.gzip, 0)
  const largest = [...sizes].sort((a, b) => b.gzip - a.gzip).slice(0, 5)
  console.log(
    `first view: ${bytes.toLocaleString('en')} bytes gzip in ${sizes.length} files (budget ${FIRST_VIEW_BUDGET.bytes.toLocaleString('en')} in ${FIRST_VIEW_BUDGET.files}); largest: ${largest.map((file) => `${file.name} ${file.gzip}`).join(', ')}`,
  )
  const advice =
    'Load the new code with import() where it is needed, or check that a module shared by a lazy chunk and the first view was not split into a file of its own; if the growth is worth it, raise the budget in e2e/first-view-budget.ts and say why in docs/decisions.'
  expect(
    bytes,
    `the first view grew past its budget by ${bytes - FIRST_VIEW_BUDGET.bytes} bytes. ${advice}`,
  ).toBeLessThanOrEqual(FIRST_VIEW_BUDGET.bytes)
  expect(sizes.length, `the first view fetches more files than its budget. ${advice}`).toBeLessThanOrEqual(
    FIRST_VIEW_BUDGET.files,
  )
})
