import type { ReactNode, Ref } from 'react'

/**
 * A panel's scrolling body. It takes focus so keyboard users can scroll it even when it holds no
 * control (a long quote, a long summary).
 */
export function ScrollArea({
  labelledBy,
  children,
  ref,
}: {
  labelledBy: string
  children: ReactNode
  ref?: Ref<HTMLDivElement>
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a scroll container, not a form group; the role carries its name
    // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable content must be reachable by keyboard
    <div ref={ref} className="panel-body" role="group" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  )
}
