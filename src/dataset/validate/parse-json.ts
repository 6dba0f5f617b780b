import { type ParseError, parse as parseTolerant, printParseErrorCode } from 'jsonc-parser'
import { codedIssue, type DatasetIssue } from './dataset-issue'

export type JsonResult = { ok: true; value: unknown } | { ok: false; issue: DatasetIssue }

/** JSON.parse that reports a syntax error with its line and column instead of throwing. */
export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    return { ok: false, issue: describeSyntaxError(text, error) }
  }
}

// JSON.parse is fast but engines differ in whether they say where it failed; jsonc-parser (VS Code's
// JSON parser) is run only on failure, in strict mode, to find the first error's offset.
function describeSyntaxError(text: string, error: unknown): DatasetIssue {
  const errors: ParseError[] = []
  parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false })
  const first = errors[0]
  if (!first) {
    return {
      path: '(the file)',
      expected: 'valid JSON',
      found: error instanceof Error ? error.message : 'invalid JSON',
    }
  }
  const { line, column } = lineAndColumn(text, first.offset)
  const found = text.slice(first.offset, first.offset + Math.max(first.length, 1))
  return codedIssue(
    `line ${line}, column ${column}`,
    { code: 'json', error: printParseErrorCode(first.error), line, column },
    found ? { code: 'text', shown: JSON.stringify(found.slice(0, 40)), length: null } : { code: 'endOfFile' },
  )
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n')
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }
}
