import { parseWithLibrary } from './edtf-js-reading'
import { parseCheckedDate as checkedDate, readEdtf, readOtherFormsWith } from './read-edtf'
import type { EdtfResult, StoryDate } from './story-date'

// Reading EDTF in every form: the common forms by hand, the rest by edtf.js (read-edtf.ts says why the
// two are apart). Import from here wherever a date may be in any form (the importers, the editor,
// validation, the draft). edtf.js is plugged in by each call rather than as this module loads: a
// module that does something as it loads is never left out of a bundle, and the first view's code
// reaches this one (through the column roles) without calling it.

/** Reads an EDTF string; never throws. A failure says why as a code (EdtfProblem). */
export function parseEdtf(input: string): EdtfResult {
  plugInEdtfJs()
  return readEdtf(input)
}

/** The date of a dataset that has been validated (see read-edtf.ts). */
export function parseCheckedDate(input: string): StoryDate {
  plugInEdtfJs()
  return checkedDate(input)
}

/** edtf.js plugged in for the fast checks too (read-edtf.ts's readableNow), as a worker does first. */
export function plugInEdtfJs(): void {
  readOtherFormsWith(parseWithLibrary)
}
