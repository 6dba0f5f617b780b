import { render } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import type { FormatProblem } from '../../dataset/format/format-problem'
import { parseJson } from '../../dataset/validate/parse-json'
import { activateLanguage, ENGLISH } from '../../i18n/i18n-store'
import { loadLanguage } from '../../i18n/load-language'
import { formatProblemWords } from './format-problem-words'

afterEach(() => activateLanguage(ENGLISH))

// Every kind of error jsonc-parser names (its ParseErrorCode), each worded by the catalogs: none
// falls back to its name. Two (InvalidNumberFormat, UnexpectedEndOfComment) are not reached with
// comments refused, as parse-json.ts parses, but are worded all the same.
const KINDS = [
  'InvalidSymbol',
  'InvalidNumberFormat',
  'PropertyNameExpected',
  'ValueExpected',
  'ColonExpected',
  'CommaExpected',
  'CloseBraceExpected',
  'CloseBracketExpected',
  'EndOfFileExpected',
  'InvalidCommentToken',
  'UnexpectedEndOfComment',
  'UnexpectedEndOfString',
  'UnexpectedEndOfNumber',
  'InvalidUnicode',
  'InvalidEscapeCharacter',
  'InvalidCharacter',
]

// A file that makes each kind the first error, as a person's file would.
const FILES: Record<string, string> = {
  InvalidSymbol: '[-]',
  PropertyNameExpected: '{1: 2}',
  ValueExpected: '{"a": }',
  ColonExpected: '{"a" 1}',
  CommaExpected: '[1 2]',
  CloseBraceExpected: '{"a": 1',
  CloseBracketExpected: '[1',
  EndOfFileExpected: '[1] 2',
  InvalidCommentToken: '// the events\n[]',
  UnexpectedEndOfString: '["abc',
  UnexpectedEndOfNumber: '[1e]',
  InvalidUnicode: '["\\u12"]',
  InvalidEscapeCharacter: '["\\x"]',
  InvalidCharacter: '["a\tb"]',
}

const problem = (error: string): FormatProblem => ({ code: 'json', error, line: 1, column: 2 })

const shown = (error: string) => {
  const { container, unmount } = render(<p>{formatProblemWords(problem(error))}</p>)
  const said = { text: container.textContent ?? '', fallback: container.querySelector('code') }
  unmount()
  return said
}

test('a file of each kind of syntax error is read as that kind', () => {
  for (const [kind, text] of Object.entries(FILES)) {
    const parsed = parseJson(text)
    expect(parsed.ok, text).toBe(false)
    if (!parsed.ok) expect(parsed.issue.problem?.expected, text).toMatchObject({ code: 'json', error: kind })
  }
})

test.each(['en', 'ar', 'uk', 'es', 'fr'] as const)(
  'in %s every kind is worded, none by its name',
  async (language) => {
    const english = KINDS.map((kind) => shown(kind).text)
    if (language !== 'en') activateLanguage(await loadLanguage(language))
    KINDS.forEach((kind, index) => {
      const { text, fallback } = shown(kind)
      expect(fallback, kind).toBeNull()
      expect(text, kind).not.toContain(kind)
      if (language !== 'en') expect(text, kind).not.toBe(english[index])
    })
    // A kind a later jsonc-parser adds is shown by its name, as code.
    expect(shown('SomethingNew').fallback?.textContent).toBe('something new')
  },
)
