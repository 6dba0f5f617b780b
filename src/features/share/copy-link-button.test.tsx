import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, expect, test, vi } from 'vitest'
import { CLIPBOARD_PATIENCE_MS } from '../../components/copy-button/copy-button'
import { CopyLinkButton } from './copy-link-button'

function withClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
}

// The copy link button.
afterEach(() => {
  vi.useRealTimers()
  Reflect.deleteProperty(navigator, 'clipboard')
})

test('copies the page’s address and says so', async () => {
  const writeText = vi.fn(async () => {})
  withClipboard(writeText)
  render(<CopyLinkButton />)
  fireEvent.click(screen.getByRole('button', { name: 'Copy link' }))
  expect(await screen.findByText('Link copied')).toBeTruthy()
  expect(writeText).toHaveBeenCalledWith(window.location.href)
  expect(screen.queryByLabelText('Copy this link:')).toBeNull()
})

test('shows the link to copy by hand when the clipboard refuses', async () => {
  withClipboard(async () => {
    throw new DOMException('Write permission denied.', 'NotAllowedError')
  })
  render(<CopyLinkButton />)
  fireEvent.click(screen.getByRole('button', { name: 'Copy link' }))
  const field = (await screen.findByLabelText('Copy this link:')) as HTMLInputElement
  expect(field.value).toBe(window.location.href)
  expect(screen.queryByText('Link copied')).toBeNull()
})

test('shows the link to copy by hand when the clipboard never answers', async () => {
  vi.useFakeTimers()
  withClipboard(() => new Promise<void>(() => {}))
  render(<CopyLinkButton />)
  fireEvent.click(screen.getByRole('button', { name: 'Copy link' }))
  await act(async () => {
    await vi.advanceTimersByTimeAsync(CLIPBOARD_PATIENCE_MS - 100)
  })
  expect(screen.queryByLabelText('Copy this link:')).toBeNull()
  await act(async () => {
    await vi.advanceTimersByTimeAsync(200)
  })
  expect((screen.getByLabelText('Copy this link:') as HTMLInputElement).value).toBe(window.location.href)
})

test('shows the link to copy by hand where there is no clipboard at all', async () => {
  render(<CopyLinkButton />)
  fireEvent.click(screen.getByRole('button', { name: 'Copy link' }))
  expect(((await screen.findByLabelText('Copy this link:')) as HTMLInputElement).value).toBe(
    window.location.href,
  )
})
