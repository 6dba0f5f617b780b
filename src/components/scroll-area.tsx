import type { ReactNode } from 'react'

/**
 * A panel's scrolling body. It takes focus so keyboard users can scroll it even when it holds no
 * control (a long quote, a long summary).
 */
export function ScrollArea({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a scroll container, not a form group; the role carries its name
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable content must be reachable by keyboard
    <div className="panel-body" role="group" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  )
}
