// Type declarations for the parts of edtf.js (https://github.com/inukshuk/edtf.js) we use; the package
// ships none. `parse` returns a plain syntax tree, `edtf` an object that knows its time span.
declare module 'edtf' {
  export type EdtfNode = {
    type: 'Date' | 'Year' | 'Season' | 'Decade' | 'Century' | 'Interval' | 'Set' | 'List'
    level: number
    /** A set's or list's range ("1670..1672") is a pair of nodes. */
    values: Array<number | EdtfNode | null | [EdtfNode, EdtfNode]>
    uncertain?: boolean | number
    approximate?: boolean | number
    unspecified?: number
    /** A year's significant digits ("1950S2"). */
    significant?: number
    earlier?: boolean
    later?: boolean
    offset?: number
  }
  export type EdtfValue = { type: string; min: number; max: number }
  export function parse(input: string): EdtfNode
  /** edtf.js's classes for sets ([…]) and lists ({…}); their names are their types. */
  export class List {}
  class SetOfDates extends List {}

  export { SetOfDates as Set }
  export default function edtf(input: string | EdtfNode): EdtfValue
}
