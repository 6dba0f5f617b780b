/**
 * Calls `hidden` when the page may be about to go: it is hidden (another tab, the phone's home screen:
 * it may then be killed without another event) or unloaded. `pagehide`, not `unload` or
 * `beforeunload`, which mobile browsers do not fire reliably and which keep the page out of the
 * back-forward cache. Returns the function that stops listening.
 */
export function onPageHide(hidden: () => void): () => void {
  if (typeof window === 'undefined') return () => {}
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') hidden()
  }
  window.addEventListener('pagehide', hidden)
  document.addEventListener('visibilitychange', onVisibility)
  return () => {
    window.removeEventListener('pagehide', hidden)
    document.removeEventListener('visibilitychange', onVisibility)
  }
}
