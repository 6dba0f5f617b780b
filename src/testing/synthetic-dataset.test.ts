import { expect, test } from 'vitest'
import { validateDataset } from '../dataset/validate/validate-dataset'
import { generateDataset } from './synthetic-dataset'

test('the generator makes valid datasets, the same for the same seed', () => {
  const dataset = generateDataset(2000, 7)
  const result = validateDataset(dataset)
  expect(result.ok ? [] : result.issues.slice(0, 3)).toEqual([])
  expect(generateDataset(2000, 7)).toEqual(dataset)
  expect(generateDataset(2000, 8)).not.toEqual(dataset)
})

test('dates cluster in recent years, with every precision (times and open ends too) and status', () => {
  const { events, quotes } = generateDataset(5000, 1)
  const recent = events.filter((event) => /^\[?\.?\.?20(19|2[0-5])/.test(event.date)).length
  expect(recent / events.length).toBeGreaterThan(0.55)
  for (const pattern of [
    /^\d{4}-\d{2}-\d{2}$/,
    /^\d{4}-\d{2}$/,
    /^\d{4}$/,
    /\d\//,
    /\/\.\.$/,
    /T\d\d:\d\d:00Z$/,
    /\?$/,
    /~$/,
    /^\[\.\./,
  ]) {
    expect(events.some((event) => pattern.test(event.date))).toBe(true)
  }
  expect(new Set(events.map((event) => event.status))).toEqual(new Set(['occurred', 'scheduled', 'alleged']))
  expect(quotes.length / events.length).toBeGreaterThan(0.15)
})
