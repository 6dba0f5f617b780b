import { describe, expect, test } from 'vitest'
import { ENGINE_FILE_BYTES, engineRoute, isAcledHeader } from './route-to-engine'

const ACLED_HEADER = 'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,actor1\n'

/** A file of `size` bytes that starts with `head` (its rest never read: only its start is sliced). */
function fileOf(name: string, head: string, size: number) {
  const blob = new Blob([head])
  return { name, size, slice: (start: number, end: number) => blob.slice(start, end) }
}

describe('engineRoute', () => {
  test('a large ACLED CSV or TSV goes to the engine; below the size, to the importers', async () => {
    expect(await engineRoute([fileOf('acled.csv', ACLED_HEADER, ENGINE_FILE_BYTES)])).toBe('acled-csv')
    expect(await engineRoute([fileOf('acled.csv', ACLED_HEADER, ENGINE_FILE_BYTES - 1)])).toBeNull()
    const tabs = ACLED_HEADER.replaceAll(',', '\t')
    expect(await engineRoute([fileOf('acled.tsv', tabs, 100_000_000)])).toBe('acled-csv')
  })

  test('a large sheet of other columns, a large JSON, or two files go to the importers', async () => {
    expect(await engineRoute([fileOf('events.csv', 'date,title,summary\n', 100_000_000)])).toBeNull()
    expect(await engineRoute([fileOf('story.json', '{"events":[]}', 100_000_000)])).toBeNull()
    const big = fileOf('acled.csv', ACLED_HEADER, 100_000_000)
    expect(await engineRoute([big, fileOf('quotes.csv', 'event_id,text\n', 10)])).toBeNull()
    expect(await engineRoute([])).toBeNull()
  })

  test('Parquet goes to the engine whatever its size, by its name or its first bytes', async () => {
    expect(await engineRoute([fileOf('tiny.parquet', 'anything', 10)])).toBe('parquet')
    expect(await engineRoute([fileOf('no-extension', 'PAR1\u0015\u0004', 100)])).toBe('parquet')
  })
})

test('an ACLED header is told by its id and date columns, quoted or not, with a BOM', () => {
  expect(isAcledHeader('\uFEFF"event_id_cnty","event_date","country"\r\n"X1","2020-01-01","Mali"')).toBe(true)
  expect(isAcledHeader('event_id_cnty;event_date\n')).toBe(true)
  expect(isAcledHeader('event_id,event_date\n')).toBe(false)
  expect(isAcledHeader('title\nevent_id_cnty,event_date\n')).toBe(false)
})
