import { useEffect } from 'react'

/** The tab's title on the editor's pages: what is open there, then the app (as the dashboard's is). */
export function useEditorTitle(what: string): void {
  useEffect(() => {
    document.title = `${what} — Story Timeline`
  }, [what])
}
