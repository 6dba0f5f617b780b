import { useEffect } from 'react'
import { pageTitle, type TitledView } from './page-title'

/** The tab's title follows the view (see pageTitle). */
export function usePageTitle(view: TitledView): void {
  const title = pageTitle(view)
  useEffect(() => {
    document.title = title
  }, [title])
}
