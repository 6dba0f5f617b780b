import { execSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { generateAcledCsv } from '../../src/testing/synthetic-acled'
import { generateDataset } from '../../src/testing/synthetic-dataset'
import { generateGeoJson, generateTimesketchCsv } from '../../src/testing/synthetic-formats'
import { writePrecompressed } from '../../vite-plugins/precompressed-files.ts'
import { dataUrl, isAcled, isMapped } from './bench-options'

/** ACLED's CSV with every column renamed ("c2 event_date"), so that no name is known: guessed by values. */
function withUnknownColumns(csv: string): string {
  const end = csv.indexOf('\n')
  const header = csv
    .slice(0, end)
    .split(',')
    .map((name, index) => `c${index} ${name}`)
    .join(',')
  return `${header}${csv.slice(end)}`
}

/**
 * Builds the app exactly as `npm run build` does, then the bare vis-timeline page on its own (into
 * dist/bench/), and writes a synthetic dataset for each size beside it.
 */
export function buildForBench(sizes: string[]): void {
  console.log('building…')
  execSync('npx vite build', { stdio: 'ignore' })
  execSync('npx vite build --config scripts/bench/bare-page/vite.config.ts', { stdio: 'ignore' })
  mkdirSync('dist/bench', { recursive: true })
  for (const size of sizes) {
    if (size === 'builtin') continue
    const file = `dist${dataUrl(size)}`
    writeFileSync(
      file,
      size.startsWith('geojson-')
        ? generateGeoJson(Number(size.slice('geojson-'.length)))
        : size.startsWith('timesketch-')
          ? generateTimesketchCsv(Number(size.slice('timesketch-'.length)))
          : isAcled(size)
            ? generateAcledCsv(Number(size.slice('acled-'.length)), 1)
            : isMapped(size)
              ? withUnknownColumns(generateAcledCsv(Number(size.slice('mapped-'.length)), 1))
              : JSON.stringify(generateDataset(Number(size), 1)),
    )
    // Served compressed once, as the build's own files are (see vite-plugins/precompressed-files.ts).
    writePrecompressed(file)
  }
}
