// Usage: npm run bench:draft [-- --quiet] [-- --fixtures <dir>]
// Scores the article extractor (src/dataset/draft) against answers made by hand: the built-in story
// (public/data/kim-putin-letters.json, made by hand from the seed article) and the real articles in
// scripts/bench-draft/fixtures (see PROVENANCE.md there). Prints a table of recall and precision, the
// misses, and the time per article and for a 2,000-word article. Exits 0 whatever the scores.
// --fixtures scores the articles of another folder instead (<name>.txt with <name>.answers.json beside
// it), as the fixtures are: articles that may not be kept here (copyrighted news a tester brought) are
// scored where they are.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Draft } from '../src/dataset/draft/draft-types'
import type { Dataset } from '../src/dataset/format/schema'
import { type Answers, answersOfDataset } from './bench-draft/answers'
import { type Score, scoreDraft } from './bench-draft/score-draft'

// Imported here, timed: compromise unpacks its lexicon when it loads (the worker pays it once).
const loadStart = performance.now()
const { extractDraft } = await import('../src/dataset/draft/extract-draft')
const load = performance.now() - loadStart

const { values } = parseArgs({
  options: { quiet: { type: 'boolean', default: false }, fixtures: { type: 'string' } },
})
const root = new URL('..', import.meta.url).pathname
const fixtures = values.fixtures ?? join(root, 'scripts/bench-draft/fixtures')
const seedPath = join(root, '../shared/seeds/000_7006243c123d49bb.txt')

type Article = { name: string; text: string; answers: Answers }
const articles: Article[] = [
  {
    name: 'seed (kim-putin-letters)',
    text: readFileSync(seedPath, 'utf8'),
    // The dataset file is JSON the app validates; the bench reads only fields every valid one has.
    answers: answersOfDataset(
      JSON.parse(readFileSync(join(root, 'public/data/kim-putin-letters.json'), 'utf8')) as Dataset,
    ),
  },
  ...readdirSync(fixtures)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.txt$/, ''),
      text: readFileSync(join(fixtures, file), 'utf8'),
      answers: JSON.parse(
        readFileSync(join(fixtures, file.replace(/\.txt$/, '.answers.json')), 'utf8'),
      ) as Answers,
    })),
]

// The first draft pays for compiling compromise's lexicon and the country pattern: timed apart.
const coldStart = performance.now()
extractDraft({ text: articles[0]?.text ?? '', published: articles[0]?.answers.published ?? '2023-08-15' })
const cold = performance.now() - coldStart

function timed(article: { text: string; published: string }, runs = 5): { draft: Draft; ms: number } {
  const times: number[] = []
  let draft: Draft | null = null
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    draft = extractDraft(article)
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  if (!draft) throw new Error('no run')
  return { draft, ms: times[Math.floor(times.length / 2)] ?? 0 }
}

const rows: Array<{ name: string; words: number; score: Score; ms: number }> = []
for (const article of articles) {
  const { draft, ms } = timed({ text: article.text, published: article.answers.published })
  rows.push({
    name: article.name,
    words: article.text.split(/\s+/).filter(Boolean).length,
    score: scoreDraft(draft, article.answers),
    ms,
  })
}

// A 2,000-word article: the articles' paragraphs one after another, up to 2,000 words.
const paragraphs = articles.flatMap((article) =>
  article.text
    .replace(/^\s*date \S+\s+/, '')
    .split(/\n+/)
    .filter((line) => line.trim() !== ''),
)
const longParagraphs: string[] = []
let longWords = 0
for (let at = 0; longWords < 2000; at++) {
  const paragraph = paragraphs[at % paragraphs.length] ?? ''
  longParagraphs.push(paragraph)
  longWords += paragraph.split(/\s+/).filter(Boolean).length
}
const longText = longParagraphs.join('\n\n')
const longRun = timed({ text: longText, published: '2023-08-15' })

const total = rows.reduce(
  (sum, { score }) => {
    for (const key of Object.keys(sum) as Array<keyof typeof sum>) sum[key] += score[key]
    return sum
  },
  {
    bodyQuotes: 0,
    quotesRight: 0,
    quotesWrongSpeaker: 0,
    quotesNoSpeaker: 0,
    quotesNotInAnswers: 0,
    datedEvents: 0,
    datedFound: 0,
    eventsProposed: 0,
    eventsRight: 0,
    eventsWrongDate: 0,
    notAnEvent: 0,
    countries: 0,
    countriesFound: 0,
    people: 0,
    peopleFound: 0,
    peopleExtra: 0,
    countriesExtra: 0,
  },
)

const header = [
  'article',
  'words',
  'body quotes, right speaker',
  'wrong speaker',
  'no speaker',
  'dated events found',
  'events: right / wrong date / not an event (of proposed)',
  'countries (+ not in answers)',
  'people (+ not in answers)',
  'ms',
]
const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`
const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)} %`)
const table = [
  line(header),
  line(header.map(() => '---')),
  ...rows.map(({ name, words, score: s, ms }) =>
    line([
      name,
      words,
      `${s.quotesRight} of ${s.bodyQuotes}`,
      s.quotesWrongSpeaker,
      s.quotesNoSpeaker,
      `${s.datedFound} of ${s.datedEvents}`,
      `${s.eventsRight} / ${s.eventsWrongDate} / ${s.notAnEvent} (of ${s.eventsProposed})`,
      `${s.countriesFound} of ${s.countries} (+${s.countriesExtra})`,
      `${s.peopleFound} of ${s.people} (+${s.peopleExtra})`,
      ms.toFixed(0),
    ]),
  ),
  line([
    '**all**',
    rows.reduce((sum, row) => sum + row.words, 0),
    `${total.quotesRight} of ${total.bodyQuotes} (${pct(total.quotesRight, total.bodyQuotes)})`,
    total.quotesWrongSpeaker,
    total.quotesNoSpeaker,
    `${total.datedFound} of ${total.datedEvents} (${pct(total.datedFound, total.datedEvents)})`,
    `${total.eventsRight} / ${total.eventsWrongDate} / ${total.notAnEvent} (wrong: ${pct(total.eventsWrongDate + total.notAnEvent, total.eventsProposed)})`,
    `${total.countriesFound} of ${total.countries} (+${total.countriesExtra})`,
    `${total.peopleFound} of ${total.people} (+${total.peopleExtra})`,
    '',
  ]),
]
console.log(table.join('\n'))
console.log(
  `\nSpeed: a ${longWords}-word article in ${longRun.ms.toFixed(0)} ms (median of 5, Node ${process.version}); loading the extractor and its libraries ${load.toFixed(0)} ms (under tsx, which also transpiles), then the first draft ${cold.toFixed(0)} ms.`,
)
console.log(
  'Targets on the seed: ≥ 9 of 10 body quotes with the right speaker, ≥ 10 of 12 dated events, every country and person, ≤ 1 wrong speaker.',
)
if (!values.quiet) {
  for (const { name, score } of rows) {
    if (score.misses.length === 0) continue
    console.log(`\n${name}:`)
    for (const miss of score.misses) console.log(`  ${miss}`)
  }
}
