import { type ChildProcess, execFile, spawn } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

// The engine service (`npm run serve:engine`) over a generated ACLED-shaped file, serving the built
// app on its own origin (`--app dist`, built by the tests' web server): for the specs of a story held
// by an engine. Started as a process of its own, as a reader starts it, and stopped by its spec.

const TSX = join('node_modules', '.bin', 'tsx')
const run = promisify(execFile)

/** A seeded ACLED-shaped Parquet file of `rows` rows, made once per machine and kept (same seed, same rows). */
export async function acledParquet(rows: number): Promise<string> {
  const folder = join(tmpdir(), 'story-timeline-e2e')
  mkdirSync(folder, { recursive: true })
  const file = join(folder, `acled-${rows}.parquet`)
  if (!existsSync(file))
    await run(TSX, ['scripts/generate-acled.ts', '--rows', String(rows), '--out', file, '--seed', '1'])
  return file
}

export type EngineService = {
  /** The app's address on the service's origin, asking it: `http://127.0.0.1:port/?engine=/query`. */
  appUrl: string
  origin: string
  /** Milliseconds from starting the process to its listening (the file loaded). */
  startMs: number
  stop: () => void
}

/** Starts the service over `file` on a free loopback port; resolves once it listens. */
export function startEngineService(file: string): Promise<EngineService> {
  const started = performance.now()
  const child: ChildProcess = spawn(TSX, ['scripts/serve-engine.ts', file, '--port', '0', '--app', 'dist'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let said = ''
    child.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString()
    })
    child.stdout?.on('data', (chunk: Buffer) => {
      said += chunk.toString()
      const asking = /(http:\/\/127\.0\.0\.1:\d+)\/\?engine=\/query/.exec(said)
      if (asking?.[1])
        resolve({
          appUrl: asking[0],
          origin: asking[1],
          startMs: performance.now() - started,
          stop: () => child.kill('SIGTERM'),
        })
    })
    child.on('exit', (code) => reject(new Error(`the engine service stopped (${code}): ${said}`)))
  })
}

/**
 * The service over `rows` generated ACLED-shaped rows (the file made once per machine), its start
 * logged: the specs of a story held by an engine start it so, once for their tests.
 */
export async function serviceOverRows(rows: number): Promise<EngineService> {
  const service = await startEngineService(await acledParquet(rows))
  console.log(
    `engine service over ${rows.toLocaleString('en')} rows: listening after ${Math.round(service.startMs)} ms`,
  )
  return service
}
