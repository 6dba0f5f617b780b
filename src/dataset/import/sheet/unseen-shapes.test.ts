import { expect, test } from 'vitest'
import { notesText } from '../../../testing/note-text'
import { formatIssue } from '../../validate/dataset-issue'
import { importFiles } from '../registry'

// Shapes of files nobody on the project had seen (a police-killings list, the Global Terrorism
// Database, seismological catalogues, a German statistics office's sheet), made small here: each case
// is the kind of input, not the file.
async function open(name: string, lines: readonly string[]) {
  const result = await importFiles([{ name, text: lines.join('\n') }])
  if (!result.ok) throw new Error(`${result.message}\n${result.issues.map(formatIssue).join('\n')}`)
  return result
}

const many = (count: number, row: (at: number) => string) => Array.from({ length: count }, (_, at) => row(at))

test('date parts named beside a column of small numbers: the parts are the date, the ages a number', async () => {
  const ages = ['16', '27', '52', 'NA', '34', '41', '19', '60']
  const { dataset, head, leftOut } = await open('killings.csv', [
    'name,age,month,day,year,city',
    ...ages.map((age, at) => `Person ${at},${age},February,${at + 1},2015,Millbrook`),
  ])
  expect(head?.roles).toMatchObject({ age: 'number', month: 'month', day: 'day', year: 'year' })
  expect(dataset.events.map((event) => event.date).slice(0, 3)).toEqual([
    '2015-02-01',
    '2015-02-02',
    '2015-02-03',
  ])
  expect(leftOut).toHaveLength(0)
})

test('a column of missing marks is empty, not Namibia; numbers are not ISO codes unless the name says', async () => {
  const { dataset, head } = await open('reforms.csv', [
    'date,title,quorum,country,country_txt,natlty1_txt,region_txt,iso_numeric',
    ...many(8, (at) => `1970-01-0${at + 1},Event ${at},NA,218,Uruguay,Argentina,South America,858`),
  ])
  expect(head?.roles).toMatchObject({
    quorum: 'none',
    country: 'none',
    natlty1_txt: 'none',
    region_txt: 'none',
  })
  expect(head?.why?.country).toMatchObject({ verdict: { code: 'couldBe', role: 'countries' } })
  expect(head?.why?.natlty1_txt).toMatchObject({ seen: { code: 'nationalities' } })
  expect(dataset.events[0]?.countries).toEqual(['UY'])
  expect(dataset.actors).toHaveLength(0)
})

test('date parts under GTD’s, Spanish and German names; 0 for an unknown month or day', async () => {
  const gtd = await open('gtd.csv', [
    'eventid,iyear,imonth,iday,summary',
    '197000000001,1970,7,2,A bombing',
    '197000000002,1970,0,0,An attack in an unknown month',
    '197000000003,1970,1,0,An attack in January',
  ])
  expect(gtd.dataset.events.map((event) => event.date)).toEqual(['1970-07-02', '1970', '1970-01'])
  expect(gtd.leftOut).toHaveLength(0)
  const spanish = await open('sismos.csv', [
    'año,mes,día,hora,descripción',
    '2020,9,17,0.964131944,Sismo leve',
  ])
  expect(spanish.dataset.events[0]?.date).toBe('2020-09-17T23:08:21Z')
  const german = await open('reformen.csv', ['Jahr,Monat,Tag,Beschreibung', '1946,9,20,Landesverfassung'])
  expect(german.dataset.events[0]?.date).toBe('1946-09-20')
})

test('a time beside a date without a day, and times without a zone, are said', async () => {
  const dayless = await open('sismos.csv', ['ano,mes,time,descripcion', '1902,4,0.964131944,Sismo'])
  expect(dayless.dataset.events[0]?.date).toBe('1902-04')
  expect(notesText(dayless.notes)).toMatch(/a time \(column "time"\) but no day/)
  const zoneless = await open('mendoza.csv', ['fecha,hora,descripcion', '17/09/2020,19:54:36,Sismo'])
  expect(zoneless.dataset.events[0]?.date).toBe('2020-09-17T19:54:36Z')
  expect(notesText(zoneless.notes)).toMatch(/say no time zone: 1 was read as written, as UTC/)
})

test('a sparse summary titles the rows that have one; the others are titled by their place, none left out', async () => {
  const { dataset, notes, leftOut, head } = await open('quakes.csv', [
    'ID,Fecha,Detalle,Localidad,Mapa,Magnitud',
    ...many(
      12,
      (at) =>
        `${at + 1},1${at % 9}/09/2020,${at % 4 === 0 ? 'Sismo sentido en la capital' : ''},MENDOZA,mapa,2.${at}`,
    ),
  ])
  expect(leftOut).toHaveLength(0)
  expect(dataset.events).toHaveLength(12)
  expect(dataset.events.map((event) => event.title).slice(0, 2)).toEqual([
    'Sismo sentido en la capital',
    'MENDOZA',
  ])
  expect(notesText(notes)).toMatch(
    /9 rows have no text in the Detalle column: their events were titled by their place \(column "Localidad"\)/,
  )
  // One text in every row tells no event from another: no category.
  expect(head?.roles.Mapa).toBe('none')
  expect(dataset.categories ?? []).toHaveLength(0)
})

test('two columns naming the same category in other cases make one category', async () => {
  const { dataset } = await open('inpres.csv', [
    'date,title,category,tags',
    '2026-08-22,Sismo 1,CATAMARCA,Catamarca',
    '2026-08-21,Sismo 2,LA RIOJA,La Rioja',
  ])
  expect(dataset.categories?.map((category) => category.id)).toEqual(['catamarca', 'la-rioja'])
  expect(dataset.events[0]?.categories).toEqual(['catamarca'])
})

test('a column named for a part of the date whose values are whole dates is offered as the date', async () => {
  const asked = await importFiles([
    { name: 'cronologia.csv', text: 'Día,Suceso\n2022-02-24,Invasión\n2022-03-03,Conversaciones' },
  ])
  expect(asked.ok ? null : asked.head?.roles).toEqual({ Día: 'date', Suceso: 'title' })
})

test('a list with no title, text or place but a region opens, each event titled by its region', async () => {
  const { dataset, notes } = await open('sismos.json', [
    JSON.stringify([
      { fecha: '22/08/2026', magnitud: 2.6, provincia: 'Catamarca' },
      { fecha: '21/08/2026', magnitud: 2.6, provincia: 'La Rioja' },
    ]),
  ])
  expect(dataset.events.map((event) => event.title)).toEqual(['Catamarca', 'La Rioja'])
  expect(notesText(notes)).toMatch(/titled by its region \(provincia\)/)
})
