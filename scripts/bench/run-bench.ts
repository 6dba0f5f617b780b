// Usage: npm run bench [-- --runs 5 --sizes builtin,1000,10000,100000 --timeout 120]; the engines'
// sizes (wasm-1m, service-1m, service-10m) only when asked: --sizes 100000,wasm-1m,service-1m
// Builds the app (with the bare vis-timeline baseline page), serves it on loopback, and drives
// Chromium to time what a person waits for, for the built-in story and synthetic datasets. Prints a
// table and writes bench-results/bench-<time>.json. Not a test: it measures, it does not judge.
import { cpus, loadavg } from 'node:os'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../chromium'
import { BENCH, dataUrl, isAcled, isMapped, isOtherFormat } from './bench-options'
import { buildForBench } from './build-for-bench'
import { measureApp } from './measure-app'
import { bareGaveUp, measureBare } from './measure-bare'
import { buildEnginePage, engineSize, measureService, measureWasm } from './measure-engines'
import { measureFilePicker } from './measure-file-picker'
import { report } from './report'
import { type Rows, recordApp } from './samples'
import { serveBuild } from './serve-build'

const engineSizes = BENCH.sizes.filter((size) => engineSize(size))
buildForBench(BENCH.sizes.filter((size) => !engineSize(size)))
if (engineSizes.some((size) => engineSize(size)?.engine === 'wasm')) buildEnginePage()
// Others' work on the machine moves every figure: the load average goes with the results.
const loadAtStart = loadavg()[0] ?? 0
const server = await serveBuild(BENCH.port)
const browser = await chromium.launch(chromiumLaunchOptions())
const rows: Rows = new Map()
try {
  for (const size of BENCH.sizes) {
    for (let run = 0; run < BENCH.runs; run += 1) {
      const engine = engineSize(size)
      if (engine) {
        process.stdout.write(`N=${size} run ${run + 1}/${BENCH.runs}: ${engine.engine}`)
        try {
          if (engine.engine === 'wasm') await measureWasm(browser, size, engine.rows, rows)
          else await measureService(size, engine.rows, rows)
        } catch (error) {
          // An engine that failed says so in the table; the other sizes' figures are kept.
          recordApp(rows, size, 'failed', 'error')
          process.stdout.write(` failed: ${error instanceof Error ? error.message : String(error)}`)
        }
        process.stdout.write('\n')
        continue
      }
      process.stdout.write(`N=${size} run ${run + 1}/${BENCH.runs}: app`)
      if (isMapped(size)) {
        await measureFilePicker(browser, size, `dist${dataUrl(size)}`, rows)
        process.stdout.write(' (the mapping step: a file opened from disk)\n')
        continue
      }
      if (isOtherFormat(size)) {
        await measureFilePicker(browser, size, `dist${dataUrl(size)}`, rows)
        process.stdout.write(" (another tool's format, opened from the file picker)\n")
        continue
      }
      await measureApp(browser, size, rows)
      if (isAcled(size)) {
        process.stdout.write(', opened from the file picker (a CSV: the bare page reads only JSON)')
        await measureFilePicker(browser, size, `dist${dataUrl(size)}`, rows)
      } else if (bareGaveUp.has(size)) {
        process.stdout.write(', bare skipped (it timed out in an earlier run)')
      } else {
        process.stdout.write(', bare')
        await measureBare(browser, size, rows)
      }
      process.stdout.write('\n')
    }
  }
} finally {
  await browser.close()
  server.kill()
}
const loadAtEnd = loadavg()[0] ?? 0
report(
  rows,
  `${cpus().length} cores; load average ${loadAtStart.toFixed(1)} at the start, ${loadAtEnd.toFixed(1)} at the end`,
)
