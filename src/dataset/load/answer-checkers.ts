// The checkers of what only some of the load worker's answers carry (notes on a reading, a refusal):
// one chunk, fetched when an answer first needs it, so that the first view carries neither.
export { isRefusal } from '../import/is-refusal'
export { isReadNote } from '../notes/is-read-note'
