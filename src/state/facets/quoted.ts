import { showInvisible } from '../../lib/visible-text'

/** A value from a link, quoted for a notice, its invisible characters shown. */
export const quoted = (value: string): string => `“${showInvisible(value)}”`
