import { expect, test } from 'vitest'
import { guessActorKind } from '../sheet/guess-actor-kind'
import { readCountry } from './read-country'

test.each([
  ['TR', 'TR'],
  ['tur', 'TR'],
  ['792', 'TR'],
  ['4', 'AF'],
  ['Turkey', 'TR'],
  ['Türkiye', 'TR'],
  ['turkiye', 'TR'],
  ['Democratic Republic of Congo', 'CD'],
  ['The Democratic Republic of the Congo', 'CD'],
  ['Congo - Kinshasa', 'CD'],
  ['DRC', 'CD'],
  ['Myanmar', 'MM'],
  ['Burma', 'MM'],
  ['Palestine', 'PS'],
  ['Syria', 'SY'],
  ['Ivory Coast', 'CI'],
  ['Côte d’Ivoire', 'CI'],
  ['UK', 'GB'],
  ['United States of America', 'US'],
  ['South Korea', 'KR'],
  ['Bosnia & Herzegovina', 'BA'],
  ['Swaziland', 'SZ'],
  ['Kosovo', 'XK'],
])('%s is %s', (text, code) => {
  expect(readCountry(text)).toEqual({ code })
})

test.each([
  // A country's name in other languages, as CLDR names it, without case or accents.
  ['Arabie saoudite', 'SA'],
  ['arabie SAOUDITE', 'SA'],
  ['Irak', 'IQ'],
  ['Deutschland', 'DE'],
  ['Rusia', 'RU'],
  ['Соединённые Штаты', 'US'],
  ['Россия', 'RU'],
  ['Україна', 'UA'],
  ['Türkei', 'TR'],
  ['España', 'ES'],
  ['Etats-Unis', 'US'],
  ['中国', 'CN'],
  ['الولايات المتحدة', 'US'],
  // And the short forms of the news.
  ['USA', 'US'],
  ['U.S.', 'US'],
  ['DPRK', 'KP'],
  ['ROK', 'KR'],
  ['KSA', 'SA'],
  ['Russia', 'RU'],
  ['Britain', 'GB'],
])('%s is %s, in any language', (text, code) => {
  expect(readCountry(text)).toEqual({ code })
})

test.each([
  // The news' other names, and the four countries of the United Kingdom.
  ['DR Congo', 'CD'],
  ['Trinidad', 'TT'],
  ['T&T', 'TT'],
  ['Scotland', 'GB'],
  ['Northern Ireland', 'GB'],
  ['Persia', 'IR'],
  ['Macau', 'MO'],
  // The World Bank's and the UN's inverted names.
  ['Korea, South', 'KR'],
  ['Korea, Dem. People’s Rep.', 'KP'],
  ['Congo, Dem. Rep.', 'CD'],
  ['Congo, Rep.', 'CG'],
  ['Egypt, Arab Rep.', 'EG'],
  ['Venezuela, RB', 'VE'],
  ['Micronesia, Fed. Sts.', 'FM'],
  ['Iran (Islamic Republic of)', 'IR'],
  ['Bolivia (Plurinational State of)', 'BO'],
  ["Korea (Democratic People's Republic of)", 'KP'],
  ['Congo (Democratic Republic of the)', 'CD'],
  ['Tanzania, United Republic of', 'TZ'],
  ['Macedonia, the former Yugoslav Republic of', 'MK'],
  ['Virgin Islands (British)', 'VG'],
])('%s is %s, as lists and the news write it', (text, code) => {
  expect(readCountry(text)).toEqual({ code })
})

test('a bracket or comma that does not name a state’s form leaves the name as it is', () => {
  expect(readCountry('Police, Republic', false)).toEqual({ code: null })
  expect(readCountry('Protesters (Pakistan)', false)).toEqual({ code: null })
  expect(readCountry('Somaliland', false)).toEqual({ code: null })
})

test('words that are a country only in another language, or only part of its name, are not countries', () => {
  // Norwegian's Isle of Man is "Man"; "Islands" is the end of "Cocos (Keeling) Islands".
  expect(readCountry('Man', false)).toEqual({ code: null })
  expect(readCountry('Islands', false)).toEqual({ code: null })
  expect(readCountry('Protest', false)).toEqual({ code: null })
})

test('a near miss is not read, but the nearest name is offered', () => {
  expect(readCountry('Untied States')).toEqual({ code: null, suggestion: 'United States' })
  expect(readCountry('Germny')).toEqual({ code: null, suggestion: 'Germany' })
  expect(readCountry('Atlantis')).toEqual({ code: null })
  expect(readCountry('XX')).toEqual({ code: null })
})

test('an actor is a country, a body of people or a person by its name', () => {
  expect(guessActorKind('Turkey')).toEqual({ kind: 'country', country: 'TR' })
  expect(guessActorKind('Protesters (Pakistan)')).toEqual({ kind: 'organization' })
  expect(guessActorKind('Military Forces of Yemen (2017-)')).toEqual({ kind: 'organization' })
  expect(guessActorKind('United Nations')).toEqual({ kind: 'organization' })
  expect(guessActorKind('UN Security Council')).toEqual({ kind: 'organization' })
  expect(guessActorKind('Kim Jong Un')).toEqual({ kind: 'person' })
})
