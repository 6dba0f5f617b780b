import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { expect, test, vi } from 'vitest'
import { PANEL_NAMES, PanelErrorBoundary } from './panel-error-boundary'

function Exploding({ when }: { when: boolean }) {
  if (when) throw new Error('the chart could not draw')
  return <p>Chart drawn</p>
}

function Page() {
  const [broken, setBroken] = useState(true)
  return (
    <>
      <PanelErrorBoundary name={PANEL_NAMES.charts}>
        <Exploding when={broken} />
      </PanelErrorBoundary>
      <PanelErrorBoundary name={PANEL_NAMES.quotes}>
        <p>Quotes still here</p>
        <button type="button" onClick={() => setBroken(false)}>
          Mend
        </button>
      </PanelErrorBoundary>
    </>
  )
}

test('a bug in one panel shows a message there; the other panels keep working, and it can retry', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  render(<Page />)
  expect(screen.getByRole('alert')).toHaveTextContent('Charts stopped working. the chart could not draw')
  expect(screen.getByText('Quotes still here')).toBeVisible()
  await userEvent.click(screen.getByRole('button', { name: 'Mend' }))
  await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
  expect(screen.getByText('Chart drawn')).toBeVisible()
  expect(screen.queryByRole('alert')).toBeNull()
})
