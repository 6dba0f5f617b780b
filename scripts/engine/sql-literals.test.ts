// @vitest-environment node
import fc from 'fast-check'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { CLICKHOUSE, DUCKDB, numberLiteral } from '../../src/dataset/query/sql/dialects'
import { hasControlCharacters } from '../../src/lib/control-characters'
import { foldForSearch } from '../../src/lib/fold-for-search'
import { type DuckDb, openDuckDb } from './duckdb-answerer'

// Values reach SQL only as literals (dialects.ts): whatever a value holds, DuckDB reads back exactly
// the value, never more SQL.

let duckdb: DuckDb
beforeAll(async () => {
  duckdb = await openDuckDb({ threads: 1 })
})
afterAll(() => duckdb.close())

const text = fc
  .string({ unit: 'binary', maxLength: 40 })
  .filter((value) => !hasControlCharacters(value))
  .map((value) => `${value}'; DROP TABLE events; --\\'"`)

test('a string literal reads back as the string, quotes, backslashes and all', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 5 }), async (values) => {
      const reader = await duckdb.connection.runAndReadAll(
        `SELECT ${DUCKDB.stringList(values)} AS list, ${DUCKDB.stringLiteral(values[0] ?? '')} AS one`,
      )
      expect(reader.getRowObjectsJS()).toEqual([{ list: values, one: values[0] }])
    }),
    { numRuns: 60 },
  )
})

test('ClickHouse’s literals escape its backslash escapes; control characters are refused', () => {
  expect(CLICKHOUSE.stringLiteral(`it's a \\ back\nslash`)).toBe(`'it\\'s a \\\\ back\\nslash'`)
  expect(DUCKDB.stringLiteral(`it's a \\`)).toBe(`'it''s a \\'`)
  expect(() => DUCKDB.stringLiteral('a\u0000b')).toThrow(/control characters/)
  expect(CLICKHOUSE.stringList([])).toBe('emptyArrayString()')
  expect(numberLiteral(-0)).toBe('0')
  expect(() => numberLiteral(Number.NaN)).toThrow()
})

test('DuckDB folds text for search as the page does (a file read by its own reader has no folded column)', async () => {
  const alphabet = fc.constantFrom(...'aZé É ü  \tñ’‘“”„–—‐-\'"x9'.split(''))
  await fc.assert(
    fc.asyncProperty(
      fc.array(alphabet, { maxLength: 30 }).map((chars) => chars.join('')),
      async (value) => {
        const reader = await duckdb.connection.runAndReadAll(
          `SELECT ${DUCKDB.foldedText(DUCKDB.stringLiteral(value))} AS folded`,
        )
        expect(reader.getRowObjectsJS()[0]?.folded).toBe(foldForSearch(value))
      },
    ),
    { numRuns: 80 },
  )
})
