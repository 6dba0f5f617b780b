import type { Page } from '@playwright/test'
import { expect, seriousAxeViolations, test } from './fixtures'
import { untilStill } from './waits'

// The map as a reader meets it: behind its tab on a wide screen, linked to the filters and the
// selection both ways.

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) })

// A CSV of events with coordinates, opened from the file picker on the built-in story.
async function openPlaces(page: Page, name: string, rows: string[]) {
  await page.goto('/')
  await page
    .getByLabel('Dataset file')
    .setInputFiles(csvFile(`${name}.csv`, ['date,title,latitude,longitude,country', ...rows].join('\n')))
  await expect(page.locator('.story-title')).toHaveText(name)
}

async function showMap(page: Page) {
  await page.getByRole('tab', { name: 'Map' }).click()
  await expect(page.locator('.map-panel .map-country').first()).toBeAttached()
  // The frame measured: until then the view has not followed the link, and its first following
  // (the whole world, for a link with no map=) would undo a key pressed before it (seen on a busy CI).
  await expect(page.locator('.map-panel .map-frame > svg')).not.toHaveAttribute('width', '0')
}

// Where the canvas has drawn a mark (its orange), in page coordinates; null if nowhere.
async function markOnCanvas(page: Page): Promise<{ x: number; y: number } | null> {
  return page.locator('.map-marks').evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d')
    if (!context) return null
    const { width, height } = canvas
    const pixels = context.getImageData(0, 0, width, height).data
    const box = canvas.getBoundingClientRect()
    for (let y = 0; y < height; y += 2) {
      for (let x = 0; x < width; x += 2) {
        const at = (y * width + x) * 4
        // #d95f02, blended a little: strongly red, some green, little blue.
        if ((pixels[at] ?? 0) > 200 && (pixels[at + 1] ?? 0) < 130 && (pixels[at + 2] ?? 0) < 60) {
          return { x: box.left + (x * box.width) / width, y: box.top + (y * box.height) / height }
        }
      }
    }
    return null
  })
}

// A point inside a country's shape, on the page (a shape's box's centre may be another country's:
// Russia's box spans the map).
// Asked until one is found: while the map settles (a zoom's transition, a tooltip passing over), the
// shape may be covered or not yet where it ends.
async function insideCountry(page: Page, code: string): Promise<{ x: number; y: number }> {
  let point: { x: number; y: number } | null = null
  await expect
    .poll(
      async () => {
        point = await pointInside(page, code)
        return point !== null
      },
      { timeout: 30_000 },
    )
    .toBe(true)
  if (!point) throw new Error(`no point inside ${code}`)
  return point
}

async function pointInside(page: Page, code: string): Promise<{ x: number; y: number } | null> {
  return page.locator(`.map-panel path[data-code="${code}"]`).evaluate((path: SVGPathElement) => {
    const box = path.getBBox()
    const matrix = path.getScreenCTM()
    if (!matrix) return null
    for (let step = 1; step < 400; step++) {
      const x = box.x + ((step * 37) % 100) * (box.width / 100)
      const y = box.y + ((step * 61) % 100) * (box.height / 100)
      if (path.isPointInFill(new DOMPoint(x, y))) {
        const on = new DOMPoint(x, y).matrixTransform(matrix)
        const top = document.elementFromPoint(on.x, on.y)
        if (top === path) return { x: on.x, y: on.y }
      }
    }
    return null
  })
}

test('the built-in story’s countries are shaded, with a legend, a credit and a list of them', async ({
  page,
}) => {
  await page.goto('/')
  await showMap(page)
  const map = page.locator('.map-panel')
  await expect(map.locator('summary')).toHaveText('Countries on the map (8)')
  for (const code of ['KP', 'RU', 'US', 'CN', 'JP', 'KR', 'UA', 'AL']) {
    await expect(map.locator(`path[data-code="${code}"]`)).not.toHaveAttribute('fill', '#eceff3')
  }
  await expect(map.locator('path[data-code="FR"]')).toHaveAttribute('fill', '#eceff3')
  await expect(map.getByLabel('Events per country')).toContainText('events')
  await expect(map.locator('.map-credit')).toContainText('Natural Earth')
  expect(await seriousAxeViolations(page)).toEqual([])
})

test('choosing a country on the map or in its list toggles its filter, and back undoes it', async ({
  page,
}) => {
  await page.goto('/')
  await showMap(page)
  const summary = page.locator('.filters-summary')
  const before = await summary.textContent()
  const russia = await insideCountry(page, 'RU')
  await page.mouse.click(russia.x, russia.y)
  await expect(page).toHaveURL(/country=RU/)
  await expect(summary).not.toHaveText(before ?? '')
  await expect(page.locator('.map-panel path[data-code="RU"]')).toHaveClass(/chosen/)
  // The timeline follows: only Russia's events match.
  await expect(
    page.locator('.filters-panel').getByRole('checkbox', { name: 'Russia', exact: true }),
  ).toBeChecked()
  await page.goBack()
  await expect(page).not.toHaveURL(/country=/)
  await expect(summary).toHaveText(before ?? '')

  await page.locator('.map-panel summary').click()
  const northKorea = page.locator('.map-countries').getByRole('button', { name: 'North Korea' })
  await northKorea.click()
  await expect(page).toHaveURL(/country=KP/)
  await expect(northKorea).toHaveAttribute('aria-pressed', 'true')
  await expect(
    page.locator('.filters-panel').getByRole('checkbox', { name: 'North Korea', exact: true }),
  ).toBeChecked()
})

test('a mark selects its event; the map says what it cannot place; the tab is remembered', async ({
  page,
}) => {
  await openPlaces(page, 'places', [
    '2024-03-01,Meeting in Paris,48.8566,2.3522,France',
    '2024-03-02,Summit in Tokyo,35.6762,139.6503,Japan',
    '2024-03-03,Statement from nowhere,,,',
  ])
  await showMap(page)
  const map = page.locator('.map-panel')
  await expect(map).toContainText('2 events at their places')
  await expect(map).toContainText('1 event has no place or country: not on the map')
  await expect.poll(() => markOnCanvas(page)).not.toBeNull()
  const mark = await markOnCanvas(page)
  if (!mark) throw new Error('no mark drawn')
  await page.mouse.click(mark.x + 1, mark.y + 1)
  await expect(page).toHaveURL(/event=(meeting-in-paris|summit-in-tokyo)/)
  await expect(page.locator('.details-panel h3, .details-panel h2').first()).toHaveText(
    /Meeting in Paris|Summit in Tokyo|Event details/,
  )
  // Chosen once, the map is the tab shown next time (a file opened from the computer does not reopen).
  await page.reload()
  await page.getByRole('button', { name: 'Open the built-in story' }).click()
  await expect(page.getByRole('tab', { name: 'Map' })).toHaveAttribute('aria-selected', 'true')
})

test('every mark is named in the list of marks in view: one selects its event, several zoom in', async ({
  page,
}) => {
  await openPlaces(page, 'near-places', [
    '2024-03-01,Meeting in Paris,48.8566,2.3522,France',
    '2024-03-02,Rally in Paris,48.86,2.35,France',
    '2024-03-03,Summit in Tokyo,35.6762,139.6503,Japan',
  ])
  await showMap(page)
  const marks = page.locator('.map-marks-list')
  await marks.locator('summary').click()
  await expect(marks.locator('summary')).toHaveText('Marks in view (2, 3 events)')
  // Busiest first: the two events in Paris are one mark at the whole world's scale.
  await expect(marks.getByRole('button')).toHaveText(['2 events around France', /^Summit in Tokyo — Japan, /])
  await marks.getByRole('button', { name: /^Summit in Tokyo/ }).click()
  await expect(page).toHaveURL(/event=summit-in-tokyo/)
  const world = await page.locator('.map-panel svg > g').getAttribute('transform')
  await marks.getByRole('button', { name: '2 events around France' }).click()
  await expect(page.locator('.map-panel svg > g')).not.toHaveAttribute('transform', world ?? '')
  expect(await seriousAxeViolations(page)).toEqual([])
})

test('keys move and zoom the focused map; the buttons zoom; nothing traps the keyboard', async ({ page }) => {
  await page.goto('/')
  await showMap(page)
  const world = page.locator('.map-panel svg > g')
  await page.locator('.map-frame').focus()
  await page.keyboard.press('+')
  await expect(world).toHaveAttribute('transform', /scale\(1\.5\)/)
  await page.keyboard.press('ArrowLeft')
  const moved = await world.getAttribute('transform')
  await page.keyboard.press('0')
  await expect(world).toHaveAttribute('transform', 'translate(0 0) scale(1)')
  expect(moved).not.toBe('translate(0 0) scale(1.5)')
  await page.getByRole('button', { name: 'Zoom the map in' }).click()
  await expect(world).toHaveAttribute('transform', /scale\(1\.5\)/)
  // Tab leaves the map for its controls and on: no trap.
  await page.locator('.map-frame').focus()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Zoom the map in' })).toBeFocused()
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })
  test('the map and the charts both show, without tabs, and the page scrolls past the map', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('tab')).toHaveCount(0)
    const frame = page.locator('.map-frame')
    await frame.scrollIntoViewIfNeeded()
    await expect(page.locator('.map-panel .map-country').first()).toBeAttached()
    await expect(page.locator('.charts-panel')).toBeVisible()
    expect(await frame.evaluate((element) => getComputedStyle(element).touchAction)).toContain('pan-y')
    expect(await seriousAxeViolations(page)).toEqual([])
  })
})

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true })

  // Fingers on the screen as the browser gets them from a touch screen (through its input pipeline,
  // so that touch-action and scrolling apply): each step puts the fingers at these points.
  async function touch(page: Page, steps: Array<Array<{ x: number; y: number }>>) {
    const session = await page.context().newCDPSession(page)
    const [first, ...rest] = steps
    await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: first ?? [] })
    for (const points of rest) {
      await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points })
    }
    await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    await session.detach()
  }
  // A point of the map with no country or button under it (the sea).
  async function sea(page: Page) {
    const point = await page.locator('.map-frame').evaluate((frame) => {
      const box = frame.getBoundingClientRect()
      for (let y = box.top + 20; y < box.bottom - 20; y += 7) {
        for (let x = box.left + 20; x < box.right - 20; x += 7) {
          if (document.elementFromPoint(x, y)?.closest('.map-frame svg')?.parentElement === frame) {
            if (document.elementFromPoint(x, y)?.tagName === 'svg') return { x, y }
          }
        }
      }
      return null
    })
    if (!point) throw new Error('no sea on the map')
    return point
  }
  const scaleOf = async (page: Page) =>
    Number(
      /scale\(([\d.]+)\)/.exec(
        (await page.locator('.map-panel svg > g').getAttribute('transform')) ?? '',
      )?.[1],
    )

  test('a swipe scrolls the page past the map; tapped, the map takes one finger to move and two to pinch', async ({
    page,
  }) => {
    await page.goto('/')
    const frame = page.locator('.map-frame')
    await frame.scrollIntoViewIfNeeded()
    await expect(page.locator('.map-panel .map-country').first()).toBeAttached()
    // Scrolled a little further, so the swipe (a finger moving down) can scroll the page back up.
    await page.evaluate(() => window.scrollBy(0, 100))
    const transform = page.locator('.map-panel svg > g')
    const before = await transform.getAttribute('transform')
    const at = await sea(page)
    const scrolled = await page.evaluate(() => window.scrollY)
    await touch(page, [
      [at],
      [{ x: at.x, y: at.y + 40 }],
      [{ x: at.x, y: at.y + 80 }],
      [{ x: at.x, y: at.y + 120 }],
    ])
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(scrolled)
    await expect(transform).toHaveAttribute('transform', before ?? '')
    await expect(page.locator('.map-touch-hint')).toBeHidden()

    // A tap engages it: it says how to use it, and the page no longer scrolls under the finger. (After
    // the swipe's fling has stopped: a tap on a page still scrolling only stops it.)
    await untilStill(page, () => page.evaluate(() => window.scrollY), 150)
    const spot = await sea(page)
    await page.touchscreen.tap(spot.x, spot.y)
    await expect(frame).toBeFocused()
    await expect(page.locator('.map-touch-hint')).toBeVisible()
    const still = await page.evaluate(() => window.scrollY)
    await touch(page, [
      [
        { x: spot.x - 20, y: spot.y },
        { x: spot.x + 20, y: spot.y },
      ],
      [
        { x: spot.x - 40, y: spot.y },
        { x: spot.x + 40, y: spot.y },
      ],
      [
        { x: spot.x - 60, y: spot.y },
        { x: spot.x + 60, y: spot.y },
      ],
    ])
    await expect.poll(() => scaleOf(page)).toBeGreaterThan(2)
    const pinchedTo = await transform.getAttribute('transform')
    await touch(page, [[spot], [{ x: spot.x + 30, y: spot.y }], [{ x: spot.x + 60, y: spot.y + 10 }]])
    await expect(transform).not.toHaveAttribute('transform', pinchedTo ?? '')
    expect(await page.evaluate(() => window.scrollY)).toBe(still)
    expect(await seriousAxeViolations(page)).toEqual([])
  })
})

test('an area drawn on the map filters the events, goes in the link, and back and Clear undo it', async ({
  page,
}) => {
  await openPlaces(page, 'two-places', [
    '2024-03-01,Meeting in Paris,48.8566,2.3522,France',
    '2024-03-02,Summit in Tokyo,35.6762,139.6503,Japan',
  ])
  await showMap(page)
  const summary = page.locator('.filters-summary')
  await expect(summary).toContainText('2 of 2')
  // A rectangle around Tokyo, drawn after choosing to draw.
  const tokyo = await insideCountry(page, 'JP')
  await page.getByRole('button', { name: 'Draw an area to filter by' }).click()
  await page.mouse.move(tokyo.x - 30, tokyo.y - 30)
  await page.mouse.down()
  await page.mouse.move(tokyo.x + 10, tokyo.y + 10, { steps: 4 })
  await page.mouse.move(tokyo.x + 30, tokyo.y + 30, { steps: 4 })
  await page.mouse.up()
  await expect(page).toHaveURL(/area=[-\d.]+,[-\d.]+,[-\d.]+,[-\d.]+/)
  await expect(summary).toContainText('1 of 2')
  await expect(page.locator('.map-area')).toBeAttached()
  await expect(page.locator('.map-panel')).toContainText('Within the area from')
  await page.goBack()
  await expect(page).not.toHaveURL(/area=/)
  await expect(summary).toContainText('2 of 2')
  await page.goForward()
  await expect(summary).toContainText('1 of 2')
  await page.getByRole('button', { name: 'Clear the area' }).click()
  await expect(page).not.toHaveURL(/area=/)
  await expect(summary).toContainText('2 of 2')
})

test('a link with an area opens with it; with no event placed in it, the timeline says which filter to remove', async ({
  page,
}) => {
  await page.goto('/?area=30,120,45,135')
  await expect(page.locator('.filters-summary')).toContainText('0 of 16')
  await expect(page.locator('.timeline-panel')).toContainText(
    'the area from 30°N 120°E to 45°N 135°E on the map',
  )
  await page.getByRole('button', { name: 'Clear all' }).click()
  await expect(page).not.toHaveURL(/area=/)
  await expect(page.locator('.filters-summary')).toContainText('16 of 16')
})

test('the map’s own view is in the link: a link opens there, and moving the map rewrites it without a history step', async ({
  page,
}) => {
  await page.goto('/?map=38.5,127.5,4')
  await showMap(page)
  const world = page.locator('.map-panel svg > g')
  await expect(world).toHaveAttribute('transform', /scale\(4\)/)
  const before = await page.evaluate(() => history.length)
  await page.getByRole('button', { name: 'Zoom the map in' }).click()
  await expect(page).toHaveURL(/map=[-\d.]+,[-\d.]+,6(&|$)/)
  expect(await page.evaluate(() => history.length)).toBe(before)
  await page.getByRole('button', { name: 'Show the whole world' }).click()
  await expect(page).not.toHaveURL(/map=/)
})
