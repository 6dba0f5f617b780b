/**
 * Whether any element under `root` is nested more than `limit` elements deep. Walked with a loop, not
 * by recursion, and stopped at the first that is: at most one visit per node.
 */
export function nestedDeeperThan(root: Node, limit: number): boolean {
  let depth = 0
  let node: Node | null = root.firstChild
  while (node) {
    if (node.firstChild) {
      node = node.firstChild
      depth++
      if (depth > limit) return true
      continue
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode
      depth--
    }
    node = node && node !== root ? node.nextSibling : null
  }
  return false
}
