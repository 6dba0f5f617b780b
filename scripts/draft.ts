// Usage: npm run draft -- article.txt --published 2023-08-15 [--title …] [--outlet …] [--url …] [--standfirst] --out draft.json
// Drafts a story from an article's text (src/dataset/draft, the same code as the editor's): every quote
// with its speaker (or none, where the text names none), every dated event, every actor, written as a
// story-timeline/3 dataset that carries the article. Quotes that belong to no event are listed on stderr.
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { readParagraphs } from '../src/dataset/draft/article-paragraphs'
import { draftToDataset } from '../src/dataset/draft/draft-to-dataset'
import { extractDraft } from '../src/dataset/draft/extract-draft'
import { formatIssue } from '../src/dataset/validate/dataset-issue'
import { validateDataset } from '../src/dataset/validate/validate-dataset'

const usage =
  'Usage: npm run draft -- <article.txt> --published YYYY-MM-DD [--title …] [--outlet …] [--url …] [--standfirst] --out <draft.json>'
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    published: { type: 'string' },
    title: { type: 'string' },
    outlet: { type: 'string' },
    url: { type: 'string' },
    standfirst: { type: 'boolean' },
    out: { type: 'string' },
  },
})
const [file] = positionals
if (!file || !values.out) {
  console.error(usage)
  process.exit(2)
}

let text: string
try {
  text = readFileSync(file, 'utf8')
} catch (error) {
  console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(2)
}
// A saved article that opens with " date YYYY-MM-DD" says its own publication day.
const published = values.published ?? readParagraphs(text).markedDate
if (!published) {
  console.error(`No publication date: give --published YYYY-MM-DD.\n${usage}`)
  process.exit(2)
}

const started = performance.now()
const draft = extractDraft({ text, published, ...(values.standfirst ? { standfirst: true } : {}) })
const took = performance.now() - started
const { dataset, leftOut } = draftToDataset(draft, text, {
  ...(values.title ? { title: values.title } : {}),
  ...(values.outlet ? { outlet: values.outlet } : {}),
  ...(values.url ? { url: values.url } : {}),
})
const checked = validateDataset(dataset)
if (!checked.ok) {
  // A bug in the draft's conversion, not in the article: say where.
  console.error(`✗ the draft is not a valid dataset: ${checked.issues.length} problem(s)`)
  for (const issue of checked.issues) console.error(`  ${formatIssue(issue)}`)
  process.exit(1)
}
writeFileSync(values.out, `${JSON.stringify(dataset, null, 2)}\n`)
console.log(
  `✓ ${values.out}: ${dataset.events.length} events, ${dataset.actors.length} actors, ${dataset.quotes.length} quotes (drafted in ${Math.round(took)} ms)`,
)
if (leftOut.length > 0) {
  console.error(
    `${leftOut.length} quote(s) left out: a quote belongs to an event, and none was found for them:`,
  )
  for (const quote of leftOut) console.error(`  paragraph ${quote.paragraph}: “${quote.text}”`)
}
