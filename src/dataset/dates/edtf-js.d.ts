// Type declarations for the parts of edtf.js (https://github.com/inukshuk/edtf.js) we use; the package
// ships none. `parse` returns a plain syntax tree, `edtf` an object that knows its time span.
declare module 'edtf' {
  export type EdtfNode = {
    type: 'Date' | 'Year' | 'Season' | 'Decade' | 'Century' | 'Interval' | 'Set' | 'List'
    level: number
    values: Array<number | EdtfNode | null>
    uncertain?: boolean | number
    approximate?: boolean | number
    unspecified?: number
    earlier?: boolean
    later?: boolean
    offset?: number
  }
  export type EdtfValue = { type: string; min: number; max: number }
  export function parse(input: string): EdtfNode
  export default function edtf(input: string): EdtfValue
}
