// The mapping step's door into the importers, in two: here, the types of what a person choosing what a
// sheet's columns hold is shown and may change, and what the page needs before the step opens
// (remembered choices, read as a file is opened: this goes with the first view, so it stays light);
// column-choice-step.ts, what the step itself runs (guessing, the date order, the sheet's first rows
// read as the whole file will be), loaded with it. The step's code imports these two only.

export type { ColumnReason, SheetReview, ValuesSeen } from './sheet/column-reason'
export { isColumnRole } from './sheet/column-role-names'
export type { ColumnRole, ColumnRoles } from './sheet/column-roles'
export { headerKey } from './sheet/header-key'
export { SHARED_ROLES } from './sheet/known-columns'
export type { RememberedRoles, RoleSource, SheetChoice, SheetHead, SheetSample } from './sheet/sheet-head'
export type { DayMonthOrder } from './values/written-dates'
