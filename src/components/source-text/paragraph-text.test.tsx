import { fireEvent, render, screen } from '@testing-library/react'
import { expect, test } from 'vitest'
import { ParagraphText } from './paragraph-text'

test('a short paragraph is shown whole, its quote marked', () => {
  const { container } = render(<ParagraphText text="He said “no” twice." mark={{ start: 9, end: 11 }} />)
  expect(container.textContent).toBe('He said “no” twice.')
  expect(container.querySelector('mark')?.textContent).toBe('no')
})

test('a paragraph of megabytes shows a stretch around its mark, and more on request', () => {
  const text = `${'a'.repeat(1_000_000)}QUOTE${'b'.repeat(1_000_000)}`
  const { container } = render(<ParagraphText text={text} mark={{ start: 1_000_000, end: 1_000_005 }} />)
  expect(container.querySelector('mark')?.textContent).toBe('QUOTE')
  expect((container.textContent ?? '').length).toBeLessThan(11_000 + 100)
  fireEvent.click(screen.getByRole('button', { name: '… 995,000 characters before' }))
  expect(screen.getByRole('button', { name: '… 980,000 characters before' })).toBeTruthy()
  expect(screen.getByRole('button', { name: '980,000 characters more …' })).toBeTruthy()
})
