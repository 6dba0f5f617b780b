import { CopyButton } from '../../components/copy-button/copy-button'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  copyLink: { id: 'share.copyLink', defaultMessage: 'Copy link' },
  copied: { id: 'share.linkCopied', defaultMessage: 'Link copied' },
  fallback: { id: 'share.copyThisLink', defaultMessage: 'Copy this link:' },
})

/** Copies the link to the current view. Where the clipboard is refused, shows the link to copy by hand. */
export function CopyLinkButton() {
  const t = useT()
  return (
    <CopyButton
      label={t(messages.copyLink)}
      className="primary-button"
      copiedLabel={t(messages.copied)}
      fallbackLabel={t(messages.fallback)}
      textToCopy={() => window.location.href}
    />
  )
}
