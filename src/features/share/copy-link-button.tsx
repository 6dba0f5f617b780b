import { CopyButton } from '../../components/copy-button/copy-button'

/** Copies the link to the current view. Where the clipboard is refused, shows the link to copy by hand. */
export function CopyLinkButton() {
  return (
    <CopyButton
      label="Copy link"
      className="primary-button"
      copiedLabel="Link copied"
      fallbackLabel="Copy this link:"
      textToCopy={() => window.location.href}
    />
  )
}
