import type { Dataset } from '../format/schema'
import type { DatasetIssue } from '../validate/dataset-issue'
import { parseJson } from '../validate/parse-json'
import { validateDataset } from '../validate/validate-dataset'
import { csvIssuePath, csvToDataset, isQuotesCsv } from './csv-format'
import { isJsonText, type NamedText } from './named-text'

type Failure = { ok: false; message: string; issues: DatasetIssue[] }
export type DatasetResult = { ok: true; dataset: Dataset } | Failure

/**
 * The full reader: turns the text of one dataset file (JSON), or of an events CSV with an optional
 * quotes CSV, into a valid dataset, or into the list of what is wrong with it, each problem by place.
 * Never throws. Loads zod and the CSV parser: see read-dataset.ts for the fast path before it.
 */
export function datasetFromFiles(files: NamedText[]): DatasetResult {
  const page = files.find(isWebPage)
  if (page) {
    return {
      ok: false,
      message: `${page.name} is a web page, not a dataset: save or link the .json or .csv file itself.`,
      issues: [],
    }
  }
  const json = files.find((file) => isJsonText(file))
  if (json) return datasetFromJson(json)
  const quotes = files.find((file) => isQuotesCsv(file.text))
  const events = files.find((file) => file !== quotes)
  if (!events) {
    return {
      ok: false,
      message: 'No events file was given.',
      issues: [
        {
          path: '(the files)',
          expected: 'a JSON dataset or an events CSV',
          found: files.map((file) => file.name).join(', ') || 'nothing',
        },
      ],
    }
  }
  const converted = csvToDataset(events.text, events.name, quotes?.text)
  if (!converted.ok)
    return { ok: false, message: `${events.name} could not be read as CSV.`, issues: converted.issues }
  const result = validateDataset(converted.dataset)
  if (!result.ok) {
    return {
      ok: false,
      message: `${events.name} is not a valid events CSV: ${result.issues.length} problem(s).`,
      issues: result.issues.map((issue) => ({ ...issue, path: csvIssuePath(issue.path) })),
    }
  }
  return { ok: true, dataset: result.dataset }
}

function datasetFromJson(file: NamedText): DatasetResult {
  const json = parseJson(file.text)
  if (!json.ok) return { ok: false, message: `${file.name} is not valid JSON.`, issues: [json.issue] }
  const result = validateDataset(json.value)
  if (!result.ok) {
    return {
      ok: false,
      message: `${file.name} is not a valid Story Timeline dataset: ${result.issues.length} problem(s).`,
      issues: result.issues,
    }
  }
  return { ok: true, dataset: result.dataset }
}

// A saved or linked web page (an HTML document), which a CSV reader would read as rows of markup.
function isWebPage(file: NamedText): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(file.text.slice(0, 200))
}
