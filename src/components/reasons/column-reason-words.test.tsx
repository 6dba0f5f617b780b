import { render } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import type { ColumnReason, SheetReview } from '../../dataset/import/sheet/column-reason'
import { columnReasonInEnglish, reviewInEnglish } from '../../dataset/import/sheet/column-reason-english'
import { activateLanguage, ENGLISH } from '../../i18n/i18n-store'
import { loadLanguage } from '../../i18n/load-language'
import { ColumnReasonWords, SheetReviewWords } from './column-reason-words'

afterEach(() => activateLanguage(ENGLISH))

// Every code at least once, with figures, examples and what follows.
const REASONS: ColumnReason[] = [
  { seen: { code: 'empty' } },
  { seen: { code: 'counted', kind: 'dates', hits: 18, of: 20 } },
  { seen: { code: 'counted', kind: 'peopleLists', hits: 1234, of: 5000 }, verdict: { code: 'noRole' } },
  { seen: { code: 'counted', kind: 'numbers', hits: 3, of: 3 } },
  { seen: { code: 'shown', kind: 'ids', examples: ['UW0067', 'UW0064'] } },
  { seen: { code: 'shown', kind: 'numbering', examples: ['1', '2'] }, verdict: { code: 'noRole' } },
  { seen: { code: 'shown', kind: 'yesNo', examples: ['TRUE', 'FALSE'] }, verdict: { code: 'noRole' } },
  { seen: { code: 'rowTypes' } },
  { seen: { code: 'latitudes' }, beside: 'longitudes' },
  { seen: { code: 'longitudes' }, beside: 'latitudes' },
  { seen: { code: 'longTexts', average: 140 } },
  { seen: { code: 'repeated', distinct: 2, of: 5 } },
  { seen: { code: 'shortTexts', average: 31 } },
  { seen: { code: 'texts' }, verdict: { code: 'noRole' } },
  { seen: { code: 'fewNumbers', hits: 2, of: 20 }, verdict: { code: 'couldBe', role: 'number' } },
  {
    seen: { code: 'fewTexts', hits: 2, of: 20 },
    verdict: { code: 'couldBe', role: 'summary', readFrom: 'brief description' },
  },
  { seen: { code: 'laterCalendar', example: '2081-11-26' }, verdict: { code: 'couldBe', role: 'date' } },
  { seen: { code: 'notStatuses', example: 'reviewed' }, verdict: { code: 'noRole' } },
  { seen: { code: 'knownUnread' } },
]

const REVIEWS: SheetReview[] = [
  { code: 'noColumns' },
  { code: 'noDates' },
  { code: 'noTitles' },
  { code: 'namesSayNeither' },
  {
    code: 'datesByValues',
    column: 'when',
    reason: { seen: { code: 'shown', kind: 'excelDates', examples: ['44980'] } },
  },
  { code: 'untoldOrder', column: 'Fecha' },
]

test('the page’s English says each reason as the notes and logs do', () => {
  for (const reason of REASONS) {
    const { container, unmount } = render(<ColumnReasonWords reason={reason} />)
    expect(container.textContent).toBe(columnReasonInEnglish(reason))
    unmount()
  }
  for (const review of REVIEWS) {
    const { container, unmount } = render(<SheetReviewWords review={review} />)
    expect(container.textContent).toBe(reviewInEnglish(review))
    unmount()
  }
})

test('a reason’s data stays isolated, and each language words it with its own numbers', async () => {
  activateLanguage(await loadLanguage('fr'))
  const { container } = render(
    <ColumnReasonWords
      reason={{
        seen: { code: 'counted', kind: 'dates', hits: 1234, of: 5000 },
        verdict: { code: 'couldBe', role: 'date', readFrom: 'Fecha' },
      }}
    />,
  )
  expect(container.textContent).not.toMatch(/its values|could be/)
  expect(container.textContent).toContain('1\u202f234')
  expect(container.querySelector('bdi')?.textContent).toBe('Fecha')
})
