import { render } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { isRefusal } from '../../dataset/import/is-refusal'
import { REFUSAL_CODES, type Refusal, refusalInEnglish } from '../../dataset/import/read-refusal'
import { activateLanguage, ENGLISH } from '../../i18n/i18n-store'
import { LANGUAGES } from '../../i18n/languages'
import { loadLanguage } from '../../i18n/load-language'
import { refusalWords } from './refusal-words'

afterEach(() => activateLanguage(ENGLISH))

const MB = 1024 * 1024
const list = { code: 'jsonList', file: 'api.json', count: 3, field: null } as const
/** Every refusal and every form of each (a file named or not, links or none, each kind of file). */
const REFUSALS: Refusal[] = [
  { code: 'declined', format: 'iCalendar' },
  { code: 'noEventsFile' },
  { code: 'notJson', file: 'broken.json' },
  { code: 'invalidDataset', file: 'story.json', problems: 11 },
  { code: 'invalidDataset', file: 'story.json', problems: 1 },
  { code: 'jsonNeither', file: 'weird.json', fields: [], more: 0 },
  { code: 'jsonNeither', file: 'weird.json', fields: ['type', 'name'], more: 0 },
  { code: 'jsonNeither', file: 'weird.json', fields: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], more: 1204 },
  { code: 'savedWebPage', file: 'page.csv' },
  { code: 'savedWebPage', file: null },
  { code: 'workbookAsText', file: 'pasted.xlsx' },
  { code: 'workbookAsText', file: null },
  { code: 'zipBomb', file: 'bomb.xlsx', unpacked: 5.5 * 1024 * MB, packed: 40 * 1024 },
  { code: 'zipBomb', file: 'bomb.xlsx', unpacked: 300.25 * MB, packed: 12 },
  { code: 'zipNotWorkbook', file: 'photos.zip', entries: ['a.jpg', 'b.jpg'], count: 2 },
  { code: 'zipNotWorkbook', file: 'photos.zip', entries: ['a.jpg', 'b.jpg', 'c', 'd', 'e'], count: 9 },
  { code: 'zipNotWorkbook', file: 'one.zip', entries: ['a.jpg'], count: 1 },
  { code: 'zipNotWorkbook', file: 'empty.zip', entries: [], count: 0 },
  { code: 'workbookUnreadable', file: 'cut.xlsx', detail: 'Bad uncompressed size: 100 != 0' },
  { code: 'noSheetWithRows', file: 'empty.xlsx', sheets: 3 },
  { code: 'noSheetWithRows', file: 'empty.xlsx', sheets: 1 },
  { code: 'noSheet', file: 'book.xlsx' },
  { code: 'notReadAs', file: 'events.csv', kind: 'CSV' },
  { code: 'notReadAs', file: 'book.xlsx', kind: 'TimeMap workbook' },
  { code: 'invalidSheet', file: 'events.csv', kind: 'CSV', problems: 4 },
  { code: 'invalidSheet', file: 'book.xlsx', kind: 'workbook sheet', problems: 1 },
  { code: 'invalidSheet', file: 'list.json', kind: 'JSON list', problems: 2 },
  { code: 'invalidSheet', file: 'sample', kind: 'sheet', problems: 2 },
  { code: 'noRecordList', file: 'api.json' },
  { code: 'notFlatRecords', what: list },
  { code: 'notFlatRecords', what: { ...list, field: 'data', count: 1 } },
  { code: 'fieldsNotEvents', what: { ...list, count: 1200 } },
  { code: 'noneRecord', what: { code: 'jsonLines', file: 'x.jsonl', lines: 2 } },
  { code: 'noneRead', what: { code: 'queryResults', file: 'query.json', simple: true, rows: 1 } },
  { code: 'noneRead', what: { code: 'queryResults', file: 'query.json', simple: false, rows: 5 } },
  { code: 'noneFeature', what: { code: 'geojson', file: 'map.geojson', single: false, features: 7 } },
  { code: 'noneFeature', what: { code: 'geojson', file: 'one.geojson', single: true, features: 1 } },
  { code: 'mapEmpty', file: 'map.kml', kind: 'KML', links: [] },
  { code: 'mapEmpty', file: 'map.kml', kind: 'KML', links: ['https://example.org/a.kml', 'b.kml'] },
  { code: 'mapEmpty', file: 'walk.gpx', kind: 'GPX', links: [] },
  { code: 'mapUntimed', file: 'map.kml', kind: 'KML', features: 12 },
  { code: 'mapUntimed', file: 'walk.gpx', kind: 'GPX', features: 1 },
  { code: 'noneKept', file: 'empty.ics', format: 'iCalendar' },
  { code: 'noneKept', file: 'story.json', format: 'TimelineJS' },
  { code: 'noneKept', file: 'gdelt.csv', format: 'GDELT' },
  { code: 'noneKept', file: 't.csv', format: 'timeline' },
  { code: 'chooseColumns', what: { code: 'sheet', file: 'odd.csv' }, review: null },
  { code: 'chooseColumns', what: { code: 'sheet', file: 'odd.csv' }, review: { code: 'noDates' } },
  { code: 'chooseColumns', what: { code: 'workbook', file: 'book.xlsx', sheets: 2 }, review: null },
  {
    code: 'chooseColumns',
    what: { code: 'jsonLines', file: 'x.jsonl', lines: 40 },
    review: { code: 'untoldOrder', column: 'when' },
  },
  { code: 'chooseColumns', what: { ...list, field: 'results' }, review: { code: 'namesSayNeither' } },
  {
    code: 'chooseColumns',
    what: { code: 'geojson', file: 'map.geojson', single: false, features: 2 },
    review: null,
  },
  {
    code: 'chooseColumns',
    what: { code: 'queryResults', file: 'q.json', simple: false, rows: 2 },
    review: { code: 'noTitles' },
  },
]

const shown = (refusal: Refusal) => {
  const { container, unmount } = render(<p>{refusalWords(refusal)}</p>)
  const text = container.textContent ?? ''
  const data = Array.from(container.querySelectorAll('bdi'), (bdi) => bdi.textContent)
  unmount()
  return { text, data }
}

test('every refusal code is among the cases shown, and each is a refusal as the page checks it', () => {
  expect(new Set(REFUSALS.map((refusal) => refusal.code))).toEqual(new Set(REFUSAL_CODES))
  for (const refusal of REFUSALS) expect(isRefusal(refusal), refusal.code).toBe(true)
  expect(isRefusal({ code: 'invalidDataset', file: 'x.json', problems: '3' })).toBe(false)
  expect(isRefusal({ code: 'notReadAs', file: 'x', kind: 'PDF' })).toBe(false)
  expect(isRefusal({ code: 'noneRead', what: { code: 'jsonList', file: 'x', count: 1 } })).toBe(false)
  expect(isRefusal({ code: 'toString' })).toBe(false)
})

test('the page’s English says each refusal as the refusal’s own English does', () => {
  for (const refusal of REFUSALS) expect(shown(refusal).text).toBe(refusalInEnglish(refusal))
})

test('in every other language each refusal is in the language, its file’s own words isolated as data', async () => {
  for (const language of LANGUAGES.filter((each) => each !== 'en')) {
    activateLanguage(await loadLanguage(language))
    for (const refusal of REFUSALS) {
      const { text, data } = shown(refusal)
      expect(text, `${language}: ${refusal.code}`).not.toMatch(
        /\b(could|not|was|given|file|records?|none|choose|hold|sheets?|workbook|placemarks?|problems?)\b/,
      )
      if ('file' in refusal && refusal.file !== null) expect(data).toContain(refusal.file)
    }
  }
})
