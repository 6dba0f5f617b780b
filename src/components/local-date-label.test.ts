import { afterEach, expect, test } from 'vitest'
import { parseEdtf } from '../dataset/dates/parse-edtf'
import { activateLanguage, ENGLISH } from '../i18n/i18n-store'
import { loadLanguage } from '../i18n/load-language'
import { localDateLabel } from './local-date-label'

afterEach(() => activateLanguage(ENGLISH))

function label(edtf: string): string {
  const read = parseEdtf(edtf)
  if (!read.ok) throw new Error(read.reason)
  return localDateLabel(read.date)
}

test('English keeps the dataset’s own labels', () => {
  expect(label('2023-08-15')).toBe('15 August 2023')
  expect(label('[..2023-08-15]')).toBe('on or before 15 August 2023')
})

test('another language writes the common forms through Intl and its catalog', async () => {
  activateLanguage(await loadLanguage('fr'))
  expect(label('2023-08-15')).toBe('15 août 2023')
  expect(label('2023-07')).toBe('juillet 2023')
  expect(label('[..2023-08-15]')).toBe('le 15 août 2023 ou avant')
  expect(label('156X')).toBe('une année entre 1560 et 1569')
  expect(label('1910/1945')).toBe('1910–1945')
  expect(label('-0100')).toMatch(/^101 av\. J\.-C\.$/)
  expect(label('2023-08-15?')).toBe('15 août 2023 (incertain)')
})

test('Arabic writes its month names with Western digits', async () => {
  activateLanguage(await loadLanguage('ar'))
  expect(label('2023-08-15')).toBe('15 أغسطس 2023')
})

test('Ukrainian writes the day’s month in the genitive', async () => {
  activateLanguage(await loadLanguage('uk'))
  expect(label('2023-08-15')).toBe('15 серпня 2023 р.')
})

test('a qualifier is worded by the date’s precision: a day, a month or a year', async () => {
  activateLanguage(await loadLanguage('fr'))
  expect(label('[..2023-07]')).toBe('en juillet 2023 ou avant')
  expect(label('[2020..]')).toBe('en 2020 ou après')
  expect(label('../2023-08-15')).toBe('jusqu’au 15 août 2023')
  expect(label('../2023')).toBe('jusqu’en 2023')
  expect(label('2023-08-15/..')).toBe('à partir du 15 août 2023')
  activateLanguage(await loadLanguage('es'))
  expect(label('[..2023-08-15]')).toBe('el 15 de agosto de 2023 o antes')
  expect(label('[..2023-08]')).toBe('agosto de 2023 o antes')
  expect(label('../2023-08-15')).toBe('hasta el 15 de agosto de 2023')
  // Ukrainian: Intl writes a month alone in the nominative, which "до" cannot take; "по … включно" can.
  activateLanguage(await loadLanguage('uk'))
  expect(label('../2023-08')).toBe('по серпень 2023 р. включно')
  expect(label('../2023-08-15')).toBe('до 15 серпня 2023 р.')
  expect(label('2023-08/')).toBe('серпень 2023 р. і далі (кінець невідомий)')
})
