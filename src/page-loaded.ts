// The first script is `async`: it runs as soon as it has downloaded, before the page's stylesheets
// have, so that the dataset's load starts sooner (see docs/decisions/load-order.md). The app itself
// must not mount before the
// stylesheets apply, because vis-timeline measures the page while it builds; the window's load event
// is when they have (the page has no images, and the app's chunk, preloaded, is needed anyway).
export function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve()
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }))
}
