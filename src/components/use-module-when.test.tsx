import { render, screen } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { useModuleWhen } from './use-module-when'

function Shows({ load, wanted }: { load: () => Promise<{ word: string }>; wanted: boolean }) {
  const loaded = useModuleWhen(load, wanted)
  return <p>{loaded ? loaded.word : 'not yet'}</p>
}

test('nothing is loaded until it is wanted; then it is shown, and a later mount has it at once', async () => {
  const load = vi.fn(async () => ({ word: 'arrived' }))
  const { rerender, unmount } = render(<Shows load={load} wanted={false} />)
  expect(screen.getByText('not yet')).toBeDefined()
  expect(load).not.toHaveBeenCalled()

  rerender(<Shows load={load} wanted />)
  expect(await screen.findByText('arrived')).toBeDefined()
  expect(load).toHaveBeenCalledTimes(1)
  unmount()

  // Mounted again (a dialog opened a second time): drawn on its first render, not loaded again.
  render(<Shows load={load} wanted />)
  expect(screen.getByText('arrived')).toBeDefined()
  expect(load).toHaveBeenCalledTimes(1)
})

test('a load that fails is thrown to the error boundary, not left as "not yet" for ever', async () => {
  const load = vi.fn(() => Promise.reject(new Error('the chunk could not be fetched')))
  const errors: unknown[] = []
  const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined)
  try {
    const { ErrorBoundary } = await import('react-error-boundary')
    render(
      <ErrorBoundary
        fallbackRender={({ error }) => <p>{error instanceof Error ? error.message : 'failed'}</p>}
        onError={(error) => errors.push(error)}
      >
        <Shows load={load} wanted />
      </ErrorBoundary>,
    )
    expect(await screen.findByText('the chunk could not be fetched')).toBeDefined()
    expect(errors).toHaveLength(1)
  } finally {
    spy.mockRestore()
  }
})
