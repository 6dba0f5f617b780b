import { afterEach, expect, test } from 'vitest'
import { activateLanguage, ENGLISH } from '../../../i18n/i18n-store'
import { loadLanguage } from '../../../i18n/load-language'
import { newStoryDraft, parseStoryDraft } from '../model/story-draft'
import { type DraftingProblem, draftingProblemWords } from './drafting-problem'
import { readExtractAnswer } from './extract-messages'

afterEach(() => activateLanguage(ENGLISH))

const PROBLEMS: DraftingProblem[] = [
  { code: 'badRequest' },
  { code: 'extractorFailed', detail: 'Maximum call stack size exceeded' },
  { code: 'notADraft' },
  { code: 'noStart' },
  { code: 'workerFailed', detail: null },
  { code: 'workerFailed', detail: 'Uncaught SyntaxError' },
]

test('the drafting worker’s failures arrive as codes, checked, and anything else is "not a draft"', () => {
  for (const problem of PROBLEMS)
    expect(readExtractAnswer({ ok: false, problem })).toEqual({ ok: false, problem })
  expect(readExtractAnswer({ ok: false, message: 'The article could not be drafted' })).toEqual({
    ok: false,
    problem: { code: 'notADraft' },
  })
  expect(readExtractAnswer({ ok: false, problem: { code: 'extractorFailed' } })).toEqual({
    ok: false,
    problem: { code: 'notADraft' },
  })
  expect(draftingProblemWords({ code: 'workerFailed', detail: null })).toBe(
    'The drafting worker failed: it could not load',
  )
})

test('in Arabic and French the failures and an unreadable saved form are in the language', async () => {
  for (const language of ['ar', 'fr'] as const) {
    activateLanguage(await loadLanguage(language))
    for (const problem of PROBLEMS) {
      expect(draftingProblemWords(problem)).not.toMatch(/drafting|worker|could not|failed/)
    }
    const draft = newStoryDraft()
    const broken = parseStoryDraft({ ...draft, title: 42 })
    if (broken.ok) throw new Error('a number is no title')
    // The field's name is the draft's own; what was wrong, in the language.
    expect(broken.reason).toMatch(/title/)
    expect(broken.reason).not.toMatch(/expected|Invalid|string|received/)
  }
})
