import { useState } from 'react'
import './notice-list.css'
import { defineMessages } from '../i18n/messages'
import { useT } from '../i18n/use-t'

const messages = defineMessages({
  dismiss: { id: 'notices.dismiss', defaultMessage: 'Dismiss' },
})

/**
 * Notices about what a link asked for that could not be shown, and what opening the file left out.
 * Each can be dismissed. Those in `english` are the importer's notes, written in English whatever the
 * page's language (src/dataset): marked as English, for a screen reader's voice and their direction.
 */
export function NoticeList({ notices, english = [] }: { notices: string[]; english?: readonly string[] }) {
  const t = useT()
  const [dismissed, setDismissed] = useState<string[]>([])
  const shown = notices.filter((notice) => !dismissed.includes(notice))
  if (shown.length === 0) return null
  return (
    <div className="notice-list" role="status">
      <ul>
        {shown.map((notice) => (
          <li key={notice} {...(english.includes(notice) ? { lang: 'en', dir: 'ltr' } : {})}>
            {notice}
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => setDismissed([...dismissed, ...shown])}>
        {t(messages.dismiss)}
      </button>
    </div>
  )
}
