import { expect, test } from 'vitest'
import { kindOfColumn } from './value-kinds'

test('codes of letters and digits in one word are ids, not titles', () => {
  expect(kindOfColumn(['b000ije3', 'c000ijaw', 'b000ihrx', 'nc71840166', 'us7000abcd']).kind).toBe('id')
})

test('a list without spaces is no title and no summary, however long', () => {
  const lists = [
    ',cap,dyfi,general-link,geoserve,losspager,moment-tensor,nearby-cities,origin,phase-data,shakemap,',
    ',cap,dyfi,geoserve,losspager,moment-tensor,nearby-cities,origin,p-wave-travel-times,phase-data,',
    ',cap,general-link,geoserve,losspager,nearby-cities,origin,p-wave-travel-times,scitech-link,shakemap,',
  ]
  expect(kindOfColumn(lists).kind).not.toMatch(/^(?:summary|title)$/)
  expect(kindOfColumn([',usb000ije3,pt13202001,', ',usc000hxvq,', ',nc71840166,at00mqbfx3,']).kind).not.toBe(
    'title',
  )
})

test('words are still titles and summaries, and one word of letters a title', () => {
  expect(kindOfColumn(['Letters exchanged', 'Summit in Vladivostok', 'Talks resumed']).kind).toBe('title')
  expect(kindOfColumn(['Invasion', 'Ceasefire', 'Referendum', 'Mobilisation']).kind).toBe('title')
  const long =
    'Kim Jong Un and Vladimir Putin exchanged letters pledging closer ties between their countries, and said they would meet again within the year.'
  expect(kindOfColumn([`${long} One.`, `${long} Two.`, `${long} Three.`]).kind).toBe('summary')
})
