/**
 * What the built-in story's first view may cost (e2e/first-view-size.spec.ts): gzip bytes of the files
 * index.html names, and their number. Set from the measured first view (287,021 bytes in 29 files on
 * 7 Dec 2026, issue 34) with room for about 2 kB of work under way; raise it only with a reason
 * written in docs/decisions. Rolldown puts a module shared by a lazy chunk and the first view in a
 * file of its own, so the count of files catches a lazy page importing the first view's modules.
 */
export const FIRST_VIEW_BUDGET = { bytes: 289_000, files: 32 } as const
