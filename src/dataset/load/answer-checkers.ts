// The checkers of what only some of the load worker's answers carry (notes on a reading, a refusal,
// issues as codes): one chunk, fetched when an answer first needs it, so that the first view carries none.
export { isRefusal } from '../import/is-refusal'
export { isReadNote } from '../notes/is-read-note'
export { checkedIssue } from '../validate/sent-issue'
