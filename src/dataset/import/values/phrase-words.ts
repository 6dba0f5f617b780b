import type { WrittenDate } from './date-parts'

/** Reads a plain date (written-dates.ts's readSingleDate, with the column's order). */
export type Single = (text: string) => WrittenDate

/** Lower case, no accents: how the words of a phrase are compared. */
export const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
