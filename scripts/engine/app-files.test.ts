// @vitest-environment node
import { mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises'
import { request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { DuckDBInstance } from '@duckdb/node-api'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { NO_FILTER } from '../../src/dataset/query/query-description'
import { syntheticQueryStory } from '../../src/testing/query-stories'
import { CONTENT_SECURITY_POLICY } from '../../vite-plugins/content-security-policy'
import { appFiles } from './app-files'
import { loadStory } from './duckdb-answerer'
import { createEngineServer } from './engine-server'

// The service serving the built app on its own origin: the page and its files with the app's policy,
// the query endpoint beside them, and nothing else: no folder listed, no path out of the folder.

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/** A request with its path sent exactly as written (fetch would tidy `..` away before sending). */
function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      )
    })
    sent.on('error', reject)
    sent.end()
  })
}

describe('the engine service with the app', () => {
  let folder: string
  let instance: DuckDBInstance
  let server: Server
  let port: number
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'app-files-'))
    const dist = join(folder, 'dist')
    await mkdir(join(dist, 'assets', 'inner'), { recursive: true })
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>app</title>')
    const script = 'console.log("the app")\n'.repeat(100)
    await writeFile(join(dist, 'assets', 'app.js'), script)
    await writeFile(join(dist, 'assets', 'app.js.gz'), gzipSync(script))
    await writeFile(join(dist, 'assets', 'stale.js'), 'new')
    await writeFile(join(dist, 'assets', 'stale.js.gz'), gzipSync('old'))
    await utimes(join(dist, 'assets', 'stale.js.gz'), new Date(2000, 0, 1), new Date(2000, 0, 1))
    await writeFile(join(folder, 'secret.txt'), 'outside the app')
    await symlink(join(folder, 'secret.txt'), join(dist, 'assets', 'link.txt'))
    // A gzip twin that is a link out of the folder: the file is the app's, its "twin" a secret.
    await writeFile(join(dist, 'assets', 'twinned.js'), 'the app’s own')
    await writeFile(join(folder, 'secret.txt.gz'), gzipSync('outside the app'))
    await symlink(join(folder, 'secret.txt.gz'), join(dist, 'assets', 'twinned.js.gz'))
    instance = await DuckDBInstance.create(':memory:', { threads: '1' })
    const connection = await instance.connect()
    await loadStory(connection, syntheticQueryStory(40))
    connection.closeSync()
    server = createEngineServer({
      instance,
      origin: null,
      timeoutMs: 10_000,
      naming: { title: 'test', source: null, named: true },
      about: { file: 'test' },
      app: await appFiles(dist),
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    instance.closeSync()
    await rm(folder, { recursive: true, force: true })
  })

  test('the page at / with the app’s policy, as the preview sends it', async () => {
    const page = await get(port, '/?engine=/query')
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>app</title>')
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect(page.headers['cache-control']).toBe('no-cache')
  })

  test('a file’s gzip twin to a browser that accepts gzip, unless the file was written after it', async () => {
    const zipped = await get(port, '/assets/app.js', { 'Accept-Encoding': 'gzip, br' })
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(zipped.headers['cache-control']).toContain('immutable')
    const plain = await get(port, '/assets/app.js')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toContain('the app')
    const stale = await get(port, '/assets/stale.js', { 'Accept-Encoding': 'gzip' })
    expect(stale.headers['content-encoding']).toBeUndefined()
    expect(stale.body).toBe('new')
    const refused = await get(port, '/assets/app.js', { 'Accept-Encoding': 'gzip;q=0, identity' })
    expect(refused.headers['content-encoding']).toBeUndefined()
    const linked = await get(port, '/assets/twinned.js', { 'Accept-Encoding': 'gzip' })
    expect(linked.headers['content-encoding']).toBeUndefined()
    expect(linked.body).toBe('the app’s own')
    const head = await get(port, '/assets/app.js', {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
  })

  test('no folder is listed and no path reaches outside the app', async () => {
    for (const path of [
      '/assets/',
      '/assets',
      '/assets/inner/',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/link.txt',
      '/assets/%00app.js',
      '/assets/..%5c..%5csecret.txt',
      '/%E0%A4%A',
      '/missing.js',
    ]) {
      const reply = await get(port, path)
      expect(reply.status, path).toBe(404)
      expect(reply.body, path).not.toContain('outside the app')
    }
    expect((await get(port, '/index.html', {}, 'DELETE')).status).toBe(404)
  })

  test('a request naming another host is refused: a page elsewhere cannot rebind its name to the service', async () => {
    for (const path of ['/', '/query', '/health']) {
      const reply = await get(port, path, { Host: `attacker.example:${port}` })
      expect(reply.status, path).toBe(403)
      expect(reply.body, path).not.toContain('<title>app</title>')
    }
    expect((await get(port, '/', { Host: `localhost:${port}` })).status).toBe(200)
  })

  test('the query endpoint beside the files, on the same origin', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/query`, {
      method: 'POST',
      body: JSON.stringify({ kind: 'events', filter: NO_FILTER, fields: ['title'], limit: 0, offset: 0 }),
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ rows: [], total: 40 })
    expect((await get(port, '/query')).status).toBe(405)
    expect((await get(port, '/health')).status).toBe(200)
  })

  test('a folder without a built app is refused when the service starts', async () => {
    await expect(appFiles(join(folder, 'nowhere'))).rejects.toThrow(/npm run build/)
    await expect(appFiles(folder)).rejects.toThrow(/no index.html/)
  })
})
