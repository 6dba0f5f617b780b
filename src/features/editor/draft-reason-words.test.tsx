import { render } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import { activateLanguage, ENGLISH } from '../../i18n/i18n-store'
import { loadLanguage } from '../../i18n/load-language'
import { DraftReasonWords } from './draft-reason-words'
import { type DraftReason, quotaReason, refusedReason } from './storage/storage-failure'

afterEach(() => activateLanguage(ENGLISH))

const SAID = 'UnknownError: Connection to Indexed Database server lost'
const REASONS: DraftReason[] = [quotaReason(), refusedReason(), { code: 'storageFailed', said: SAID }]

const shown = (reason: DraftReason) => {
  const { container, unmount } = render(
    <p>
      <DraftReasonWords reason={reason} />
    </p>,
  )
  const said = {
    text: container.textContent ?? '',
    detail: Array.from(container.querySelectorAll('bdi[lang="en"][dir="ltr"]'), (bdi) => bdi.textContent),
  }
  unmount()
  return said
}

test('a storage failure says what happened and what to do; the browser’s words a detail, marked English', () => {
  expect(shown(quotaReason()).text).toContain('storage for this site is full')
  expect(shown(refusedReason()).text).toContain('Export JSON')
  const failed = shown({ code: 'storageFailed', said: SAID })
  expect(failed.text).toBe(
    `Saving failed (${SAID}). Your changes are still here: export JSON to keep them; the next change tries again.`,
  )
  expect(failed.detail).toEqual([SAID])
  // Words made in the reader's language already are shown as they are, nothing marked.
  expect(shown('No such story.')).toEqual({ text: 'No such story.', detail: [] })
})

test.each(['ar', 'uk', 'es', 'fr'] as const)(
  'in %s every storage failure is worded, none in English',
  async (language) => {
    const english = REASONS.map((reason) => shown(reason).text)
    activateLanguage(await loadLanguage(language))
    REASONS.forEach((reason, index) => {
      const { text, detail } = shown(reason)
      expect(text).not.toBe(english[index])
      expect(text.replace(SAID, '')).not.toMatch(/\b(storage|browser|saving|failed|changes|story)\b/i)
      expect(detail).toEqual(index === 2 ? [SAID] : [])
    })
  },
)
