import { expect, test } from 'vitest'
import { nameLines } from './name-lines'

test('a name is broken between words onto two lines, and cut only past them', () => {
  expect(nameLines('Kim Jong Un', 20)).toEqual(['Kim Jong Un'])
  expect(nameLines('Russia’s defence minister', 20)).toEqual(['Russia’s defence', 'minister'])
  expect(nameLines('United Nations Security Council Panel of Experts on North Korea', 20)).toEqual([
    'United Nations',
    'Security Council Pa…',
  ])
  expect(nameLines('Supercalifragilisticexpialidocious', 10)).toEqual(['Supercali…'])
})
