// Usage: npm run check-dataset -- <dataset.json> [--source <article.txt>] [--document <id>=<file.txt>]… [--strict]
// Validates a dataset file with the app's own validation; then checks what cites each of its
// documents against that document's text: --source for the first, --document <id>=<file> for any
// (repeated), else the text the document carries. --strict turns warnings (an unquoted span, a
// missing hash) into failures.
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { formatIssue } from '../src/dataset/validate/dataset-issue'
import { parseJson } from '../src/dataset/validate/parse-json'
import { validateDataset } from '../src/dataset/validate/validate-dataset'
import { verifyDocument } from '../src/dataset/validate/verify-against-source'
import { citationsOf, filesByDocument, textsToCheck } from './check-dataset-texts'

const USAGE =
  'Usage: npm run check-dataset -- <dataset.json> [--source <article.txt>] [--document <id>=<file.txt>]… [--strict]'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    source: { type: 'string' },
    document: { type: 'string', multiple: true, default: [] },
    strict: { type: 'boolean', default: false },
  },
})

const [file] = positionals
if (!file) {
  console.error(USAGE)
  process.exit(2)
}

function readOrExit(path: string): Buffer {
  try {
    return readFileSync(path)
  } catch (error) {
    console.error(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(2)
  }
}

const json = parseJson(readOrExit(file).toString('utf8'))
if (!json.ok) {
  console.error(`✗ ${file}\n  ${formatIssue(json.issue)}`)
  process.exit(1)
}
const result = validateDataset(json.value)
if (!result.ok) {
  console.error(`✗ ${file}: ${result.issues.length} problem(s)`)
  for (const issue of result.issues) console.error(`  ${formatIssue(issue)}`)
  process.exit(1)
}
const { dataset } = result
console.log(
  `✓ ${file}: valid ${dataset.format} dataset, ${dataset.events.length} events, ${dataset.actors.length} actors, ${dataset.quotes.length} quotes`,
)

const files = filesByDocument(dataset, values.source, values.document)
if (!files.ok) {
  console.error(`${files.message}\n${USAGE}`)
  process.exit(2)
}
const { texts, unchecked } = textsToCheck(dataset, files.files, readOrExit)
let failed = false
for (const { id, label, text, sha256 } of texts) {
  const { errors, warnings } = verifyDocument(dataset, id, text, sha256)
  for (const warning of warnings) console.warn(`  warning: ${formatIssue(warning)}`)
  for (const error of errors) console.error(`  ${formatIssue(error)}`)
  if (errors.length > 0 || (values.strict && warnings.length > 0)) {
    console.error(`✗ not true to ${label}: ${errors.length} error(s), ${warnings.length} warning(s)`)
    failed = true
    continue
  }
  const { quotes, excerpts } = citationsOf(dataset, id)
  console.log(
    `✓ true to ${label}: hash matches, ${quotes} quotes and ${excerpts} narrative excerpts verbatim in their paragraphs`,
  )
}
for (const { id, path } of unchecked) {
  console.log(
    `  not checked: what cites ${path} ("${id}"), which has no text here (give --document ${id}=<file.txt>)`,
  )
}
if (failed) process.exit(1)
