/**
 * For a story opened here from a sheet: the mapping step again, to see what each column was read as
 * and open the file again with other choices.
 */
export function ReviewColumnsButton({ review }: { review: (() => void) | null }) {
  if (!review) return null
  return (
    <button type="button" className="icon-button" onClick={review}>
      Review columns…
    </button>
  )
}
