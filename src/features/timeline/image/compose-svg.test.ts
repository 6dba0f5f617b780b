import { expect, test } from 'vitest'
import { composeSvg, imageFileName } from './compose-svg'

const look = { background: '#ffffff', ink: '#111111', muted: '#555555', fontFamily: 'system-ui, "Segoe UI"' }
const timelineSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="300" viewBox="0 0 800 300"><foreignObject x="0" y="0" width="100%" height="100%"><div xmlns="http://www.w3.org/1999/xhtml">Kim’s letter</div></foreignObject></svg>'
const oneLine = (text: string) => [text]

test('the caption above the timeline, as SVG text, and the timeline nested below it', () => {
  const { svg, width, height } = composeSvg({
    timelineSvg,
    width: 800,
    height: 300,
    caption: { title: 'Kim and Putin pledge closer ties', lines: ['28 Jun – 24 Sept 2023', 'Source: AP'] },
    look,
    wrap: oneLine,
  })
  expect(width).toBe(832)
  expect(height).toBeGreaterThan(300)
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  expect(doc.querySelector('parsererror')).toBeNull()
  const texts = [...doc.querySelectorAll('svg > text')].map((text) => text.textContent)
  expect(texts).toEqual(['Kim and Putin pledge closer ties', '28 Jun – 24 Sept 2023', 'Source: AP'])
  const nested = doc.documentElement.querySelector('svg')
  expect(nested?.getAttribute('x')).toBe('16')
  expect(Number(nested?.getAttribute('y'))).toBeGreaterThan(40)
  expect(nested?.textContent).toContain('Kim’s letter')
})

test('a title with markup, quotes and control characters stays text in well-formed SVG', () => {
  const { svg } = composeSvg({
    timelineSvg,
    width: 800,
    height: 300,
    caption: { title: '<script>alert("x")</script> & \u0007 \'', lines: [] },
    look: { ...look, fontFamily: '"><bad' },
    wrap: oneLine,
  })
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  expect(doc.querySelector('parsererror')).toBeNull()
  expect(doc.querySelector('script')).toBeNull()
  expect(doc.querySelector('svg > text')?.textContent).toBe('<script>alert("x")</script> &  \'')
})

test('lines wrap as the measure given breaks them; past three lines of each, cut', () => {
  const { svg } = composeSvg({
    timelineSvg,
    width: 800,
    height: 300,
    caption: { title: 'one two three four five', lines: ['six seven eight nine', 'ten'] },
    look,
    wrap: (text) => text.split(' '),
  })
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  const texts = [...doc.querySelectorAll('svg > text')]
  expect(texts.map((text) => text.textContent)).toEqual([
    'one',
    'two',
    'three…',
    'six',
    'seven',
    'eight…',
    'ten',
  ])
  // Each below the one before, the timeline below them all.
  const ys = texts.map((text) => Number(text.getAttribute('y')))
  expect([...ys].sort((a, b) => a - b)).toEqual(ys)
  expect(Number(doc.documentElement.querySelector('svg')?.getAttribute('y'))).toBeGreaterThan(ys.at(-1) ?? 0)
})

test('file names from the title and the window', () => {
  const window = { start: Date.parse('2023-06-28T00:00:00Z'), end: Date.parse('2023-09-24T12:00:00Z') }
  expect(imageFileName('Kim and Putin pledge closer ties', window, 'png')).toBe(
    'kim-and-putin-pledge-closer-ties-timeline-2023-06-28-2023-09-24.png',
  )
  expect(imageFileName('Élections à Zürich: 2024!', window, 'svg')).toBe(
    'elections-a-zurich-2024-timeline-2023-06-28-2023-09-24.svg',
  )
  expect(imageFileName('金正恩', window, 'png')).toBe('story-timeline-2023-06-28-2023-09-24.png')
  const ancient = { start: Date.UTC(-500, 2, 1), end: Date.UTC(-400, 0, 1) }
  expect(imageFileName('x', ancient, 'png')).toBe('x-timeline--000500-03-01--000400-01-01.png')
})

test('right to left, the caption stands at the right edge and reads right to left', () => {
  const { svg, width } = composeSvg({
    timelineSvg,
    width: 800,
    height: 300,
    caption: { title: 'Kim and Putin pledge closer ties', lines: ['المعروض: 28 يونيو – 24 سبتمبر 2023'] },
    look: { ...look, direction: 'rtl' },
    wrap: oneLine,
  })
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  const texts = [...doc.querySelectorAll('svg > text')]
  expect(texts).toHaveLength(2)
  for (const text of texts) {
    expect(text.getAttribute('direction')).toBe('rtl')
    expect(Number(text.getAttribute('x'))).toBe(width - 16)
  }
})
