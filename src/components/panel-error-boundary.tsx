import type { ReactNode } from 'react'
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary'

/** Keeps a bug in one view inside that view: the rest of the page keeps working. */
export function PanelErrorBoundary({ name, children }: { name: string; children: ReactNode }) {
  return (
    <ErrorBoundary
      fallbackRender={(props) => <PanelCrashed name={name} {...props} />}
      onError={(error) => console.error(`${name} failed`, error)}
    >
      {children}
    </ErrorBoundary>
  )
}

function PanelCrashed({ name, error, resetErrorBoundary }: FallbackProps & { name: string }) {
  return (
    <div className="panel-crashed" role="alert">
      <p>
        <strong>{name} stopped working.</strong> {error instanceof Error ? error.message : ''}
      </p>
      <button type="button" onClick={resetErrorBoundary}>
        Try again
      </button>
    </div>
  )
}
