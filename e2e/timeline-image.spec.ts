import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

// The timeline's view downloaded as PNG and SVG (html-to-image, under the page's CSP), with a caption.

async function downloadAs(
  page: Page,
  kind: 'PNG' | 'SVG',
  label = `Download this view of the timeline as ${kind}`,
) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: label }).click(),
  ])
  const path = await download.path()
  return { name: download.suggestedFilename(), bytes: readFileSync(path) }
}

/** What a PNG shows, read back in the page: its size, how many colours, and the colour of its corner. */
async function pngPixels(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    const image = new Image()
    image.src = `data:image/png;base64,${base64}`
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.naturalWidth
    canvas.height = image.naturalHeight
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2d context')
    context.drawImage(image, 0, 0)
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height)
    const colours = new Set<number>()
    for (let index = 0; index < data.length; index += 4 * 97)
      colours.add(((data[index] ?? 0) << 16) | ((data[index + 1] ?? 0) << 8) | (data[index + 2] ?? 0))
    return {
      width: canvas.width,
      height: canvas.height,
      colours: colours.size,
      corner: [data[0], data[1], data[2]],
    }
  }, bytes.toString('base64'))
}

test('PNG: the view as drawn, with its caption, at twice its size', async ({ page }) => {
  await page.goto('/?event=kim-letter-to-putin')
  const frame = page.getByRole('group', { name: 'Timeline canvas' })
  await expect(frame).toBeVisible()
  const box = await frame.boundingBox()
  const drawnWidth = await frame.evaluate((element) => element.clientWidth)
  const { name, bytes } = await downloadAs(page, 'PNG')
  expect(name).toBe('kim-and-putin-pledge-closer-ties-timeline-2023-06-28-2023-09-24.png')
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
  const pixels = await pngPixels(page, bytes)
  expect(pixels.width).toBe(2 * (drawnWidth + 32))
  expect(pixels.height).toBeGreaterThan(2 * (box?.height ?? 0))
  // Not a blank or one-colour picture: text, bars and the selection's colours.
  expect(pixels.colours).toBeGreaterThan(20)
  expect(pixels.corner).toEqual([255, 255, 255])
  await expect(page.getByRole('status').filter({ hasText: `Downloaded ${name}` })).toBeAttached()
})

test('SVG: a well-formed document, its caption as text, the events in it', async ({ page }) => {
  await page.goto('/?event=kim-letter-to-putin&country=KP')
  await expect(page.getByRole('group', { name: 'Timeline canvas' })).toBeVisible()
  const { name, bytes } = await downloadAs(page, 'SVG')
  expect(name).toMatch(/^kim-and-putin-pledge-closer-ties-timeline-.*\.svg$/)
  // Read in a blank page: a document parsed in the app's page answers to its CSP, the file does not.
  const blank = await page.context().newPage()
  const read = await blank.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      captions: Array.from(doc.querySelectorAll('svg > text'), (node) => node.textContent),
      drawn: doc.querySelector('foreignObject')?.textContent ?? '',
      scripts: doc.querySelectorAll('script').length,
    }
  }, bytes.toString('utf8'))
  expect(read.error).toBeNull()
  expect(read.scripts).toBe(0)
  expect(read.captions[0]).toBe('Kim and Putin pledge closer ties')
  // The story's words are isolated (FSI … PDI): SVG text has no <bdi>.
  expect(read.captions[1]).toMatch(/^Showing .* · only \u2068North Korea\u2069$/)
  expect(read.captions.at(-1)).toMatch(/^Source: \u2068Kim Jong Un and Vladimir Putin exchange letters/)
  expect(read.drawn).toContain('Kim’s letter to Putin')
})

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' })
  test('the image is dark as the page is', async ({ page }) => {
    await page.goto('/?event=kim-letter-to-putin')
    await expect(page.getByRole('group', { name: 'Timeline canvas' })).toBeVisible()
    const { bytes } = await downloadAs(page, 'PNG')
    const [red = 255, green = 255, blue = 255] = (await pngPixels(page, bytes)).corner
    expect(red + green + blue).toBeLessThan(3 * 80)
  })
})

test('in Arabic the caption stands at the right and reads right to left, the story’s words isolated', async ({
  page,
}) => {
  await page.goto('/?lang=ar&category=diplomacy')
  await expect(page.locator('.vis-timeline')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  const { bytes } = await downloadAs(page, 'SVG', 'نزّل هذا العرض من الخط الزمني بصيغة SVG')
  const blank = await page.context().newPage()
  const read = await blank.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    const width = Number(doc.documentElement.getAttribute('width'))
    return Array.from(doc.querySelectorAll('svg > text'), (node) => ({
      text: node.textContent ?? '',
      direction: node.getAttribute('direction'),
      fromRight: width - Number(node.getAttribute('x')),
    }))
  }, bytes.toString('utf8'))
  expect(read.length).toBeGreaterThanOrEqual(4)
  for (const line of read) expect(line).toMatchObject({ direction: 'rtl', fromRight: 16 })
  expect(read.at(-1)?.text).toMatch(
    /^المصدر: \u2068Kim Jong Un and Vladimir Putin exchange letters \(news article, 15 August 2023\)\u2069،/,
  )
})
