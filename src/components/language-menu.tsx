import { useId } from 'react'
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../i18n/languages'
import { defineMessages } from '../i18n/messages'
import { chooseLanguage } from '../i18n/page-language'
import { useLanguage, useT } from '../i18n/use-t'

const messages = defineMessages({
  language: { id: 'languageMenu.label', defaultMessage: 'Language' },
})

const isLanguage = (value: string): value is Language => LANGUAGES.some((language) => language === value)

/** The interface's language: each listed in its own name; the choice goes into the address (`?lang=`). */
export function LanguageMenu() {
  const t = useT()
  const { language } = useLanguage()
  const id = useId()
  return (
    <span className="language-menu">
      <label htmlFor={id}>{t(messages.language)}</label>
      <select
        className="tool-select"
        id={id}
        value={language}
        onChange={(event) => {
          const chosen = event.currentTarget.value
          if (isLanguage(chosen)) void chooseLanguage(chosen)
        }}
      >
        {language === 'en-XA' && (
          <option value="en-XA" translate="no">
            en-XA
          </option>
        )}
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code} translate="no">
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </span>
  )
}
