import { useEffect } from 'react'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  title: { id: 'editor.pageTitle', defaultMessage: '{what} — {app}' },
  app: { id: 'app.name', defaultMessage: 'Story Timeline' },
})

/** The tab's title on the editor's pages: what is open there, then the app (as the dashboard's is). */
export function useEditorTitle(what: string): void {
  const t = useT()
  const title = t(messages.title, { what, app: t(messages.app) })
  useEffect(() => {
    document.title = title
  }, [title])
}
