import { readdirSync, readFileSync } from 'node:fs'

/**
 * The resident memory, in bytes, of the processes this Node process started and theirs in turn (the
 * Chromium a bench or a test launched: its browser, renderers, GPU and utility processes), read from
 * /proc. 0 where there is no /proc (not Linux).
 */
export function chromiumRss(): number {
  const parent = new Map<number, number>()
  const rss = new Map<number, number>()
  let entries: string[] = []
  try {
    entries = readdirSync('/proc')
  } catch {
    return 0
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // After the command's name in parentheses (which may hold spaces): state, ppid, … rss (the 24th).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      parent.set(Number(entry), Number(fields[1]))
      rss.set(Number(entry), Number(fields[21]) * 4096)
    } catch {
      // A process that ended while being read.
    }
  }
  const descends = (pid: number): boolean => {
    for (let at = parent.get(pid); at !== undefined && at > 1; at = parent.get(at))
      if (at === process.pid) return true
    return false
  }
  let total = 0
  for (const [pid, bytes] of rss) if (descends(pid)) total += bytes
  return total
}
