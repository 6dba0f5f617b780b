import { type ChildProcess, spawn } from 'node:child_process'

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok
  } catch {
    return false
  }
}

/**
 * Serves dist/ with Vite's preview server (the build's gzip twins included) on loopback, and stops it
 * however the bench ends: done, failed or interrupted.
 */
export async function serveBuild(port: number): Promise<ChildProcess> {
  const base = `http://127.0.0.1:${port}`
  // Another server there (a bench left running, another project) would be measured instead of this build.
  if (await answers(base)) {
    throw new Error(`Something already answers at ${base}: stop it, or choose another port with --port.`)
  }
  // Vite itself, not through npx: killing npx left its vite child serving the port after the bench.
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { stdio: 'ignore' },
  )
  const stop = () => server.kill()
  process.on('exit', stop)
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    process.on(signal, () => {
      stop()
      process.exit(code)
    })
  }
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await answers(base)) return server
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error('preview server did not start')
}
