import { readFileSync } from 'node:fs'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { expect, test } from 'vitest'
import { datasetSchema } from '../format/schema'
import { verifyAgainstSource } from '../validate/verify-against-source'
import { draftToDataset } from './draft-to-dataset'
import { extractDraft } from './extract-draft'

// Tests run from the project's folder, with shared/ beside it (as the built-in dataset's test reads it).
const seed = readFileSync('../shared/seeds/000_7006243c123d49bb.txt', 'utf8')

test('the seed article drafts to a valid dataset carrying the article, its quotes anchored in their paragraphs', () => {
  const { dataset, leftOut } = draftToDataset(extractDraft({ text: seed, published: '2023-08-15' }), seed, {
    title: 'Kim and Putin',
  })
  expect(datasetSchema.safeParse(dataset).success).toBe(true)
  expect(dataset.source).toMatchObject({
    sha256: 'cf8d694f536a50d0b2a5c652629f8d1e9ccf48ce57577599e355317b9e71ae97',
    paragraphs: 19,
    text: seed,
  })
  expect(dataset.source.standfirst?.startsWith('Leaders say')).toBe(true)
  const lines = seed.split('\n').filter((line) => line.trim() !== '')
  for (const quote of dataset.quotes) {
    const paragraph = lines[(quote.source?.paragraph ?? 0) - 1] ?? ''
    expect(paragraph).toContain(`${quote.source?.prefix ?? ''}${quote.text}${quote.source?.suffix ?? ''}`)
  }
  expect(dataset.quotes.find((quote) => quote.text === 'Deeply concerned')?.source?.part).toBe('heading')
  expect(leftOut).toEqual([])
})

test('a quote whose speaker the text does not name is written without one (story-timeline/3), never with a guess', () => {
  const text = 'The word ‘invincible’ appears in the letter.\n\n“We will win,” Putin said on Tuesday.'
  const { dataset, leftOut } = draftToDataset(extractDraft({ text, published: '2023-08-17' }), text)
  expect(leftOut).toEqual([])
  expect(dataset.quotes.map((quote) => [quote.text, quote.speaker])).toEqual([
    ['invincible', undefined],
    ['We will win,', 'putin'],
  ])
  expect(datasetSchema.safeParse(dataset).success).toBe(true)
})

test('a hard-wrapped article, and one whose paragraphs end in a note or an agency, pass the checker', () => {
  const paragraphs = [
    'Death toll rises as torrential rain force evacuations',
    'PRAGUE (AP) — The death toll was rising in Central European countries on Sunday after days of heavy rains.[1]',
    '“We have to focus on saving lives,” Prime Minister Petr Fiala told Czech public television on Sunday (AP)',
    'His government was set to meet Monday to assess the damages, and President Petr Pavel said “it’s obvious we’ve learned a lesson.”',
  ]
  const wrapped = paragraphs
    .map((paragraph) => paragraph.replace(/(.{1,60})(?:\s+|$)/g, '$1\n').trim())
    .join('\n')
  for (const text of [paragraphs.join('\n'), wrapped]) {
    const { dataset } = draftToDataset(extractDraft({ text, published: '2024-09-15' }), text)
    expect(datasetSchema.safeParse(dataset).success).toBe(true)
    const check = verifyAgainstSource(dataset, text, bytesToHex(sha256(utf8ToBytes(text))))
    expect(check.errors).toEqual([])
    expect(check.warnings.filter((warning) => warning.path.startsWith('quotes'))).toEqual([])
    expect(dataset.events.map((event) => event.date)).toEqual(
      expect.arrayContaining(['2024-09-15', '2024-09-16']),
    )
  }
})
