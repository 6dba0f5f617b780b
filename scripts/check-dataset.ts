// Usage: npm run check-dataset -- <dataset.json> [--source <article.txt>] [--strict]
// Validates a dataset file with the app's own validation; with --source, also checks it against the
// text it was derived from. --strict turns warnings (an unquoted span, a missing hash) into failures.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { formatIssue } from '../src/dataset/validate/dataset-issue'
import { parseJson } from '../src/dataset/validate/parse-json'
import { validateDataset } from '../src/dataset/validate/validate-dataset'
import { verifyAgainstSource } from '../src/dataset/validate/verify-against-source'

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { source: { type: 'string' }, strict: { type: 'boolean', default: false } },
})

const [file] = positionals
if (!file) {
  console.error('Usage: npm run check-dataset -- <dataset.json> [--source <article.txt>] [--strict]')
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

if (values.source) {
  const sourceBytes = readOrExit(values.source)
  const sha256 = createHash('sha256').update(sourceBytes).digest('hex')
  const { errors, warnings } = verifyAgainstSource(dataset, sourceBytes.toString('utf8'), sha256)
  for (const warning of warnings) console.warn(`  warning: ${formatIssue(warning)}`)
  for (const error of errors) console.error(`  ${formatIssue(error)}`)
  const excerpts = (dataset.narratives ?? []).flatMap((narrative) =>
    narrative.steps.filter((step) => step.source),
  ).length
  const failed = errors.length > 0 || (values.strict && warnings.length > 0)
  if (failed) {
    console.error(`✗ not true to ${values.source}: ${errors.length} error(s), ${warnings.length} warning(s)`)
    process.exit(1)
  }
  console.log(
    `✓ true to ${values.source}: hash matches, ${dataset.quotes.length} quotes and ${excerpts} narrative excerpts verbatim in their paragraphs`,
  )
}
