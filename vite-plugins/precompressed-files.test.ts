// @vitest-environment node
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { servePrecompressed, writePrecompressed } from './precompressed-files'

const root = mkdtempSync(join(tmpdir(), 'precompressed-'))
const DATASET = JSON.stringify({ events: Array.from({ length: 200 }, (_, n) => ({ id: `event-${n}` })) })
let server: Server
let base = ''

beforeAll(async () => {
  mkdirSync(join(root, 'data'))
  mkdirSync(join(root, 'assets'))
  writeFileSync(join(root, 'index.html'), `<!doctype html><title>t</title>${' '.repeat(2000)}`)
  writeFileSync(join(root, 'data', 'story.json'), DATASET)
  writeFileSync(join(root, 'assets', 'app.js'), `console.log(${JSON.stringify('x'.repeat(3000))})`)
  for (const file of ['index.html', 'data/story.json', 'assets/app.js']) writePrecompressed(join(root, file))
  // Written again after its twin, as a regenerated dataset would be.
  writeFileSync(join(root, 'data', 'newer.json'), DATASET)
  writePrecompressed(join(root, 'data', 'newer.json'))
  const later = new Date(Date.now() + 60_000)
  utimesSync(join(root, 'data', 'newer.json'), later, later)
  server = createServer((request, response) => {
    if (!servePrecompressed(root, { 'Content-Security-Policy': "default-src 'self'" }, request, response)) {
      response.writeHead(404, { 'X-Fell-Through': 'yes' }).end()
    }
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((done) => server.close(() => done())))

test('a file with a twin is sent compressed, typed, with the preview headers, and reads back whole', async () => {
  const response = await fetch(`${base}/data/story.json`, { headers: { 'Accept-Encoding': 'gzip, br' } })
  expect(response.status).toBe(200)
  expect(response.headers.get('content-encoding')).toBe('gzip')
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
  expect(response.headers.get('content-security-policy')).toBe("default-src 'self'")
  expect(response.headers.get('vary')).toBe('Accept-Encoding')
  // fetch undoes the gzip: the body is the file as written.
  expect(await response.text()).toBe(DATASET)
})

test('the page itself is index.html, and scripts are typed as JavaScript', async () => {
  const page = await fetch(`${base}/?data=/data/story.json`, { headers: { 'Accept-Encoding': 'gzip' } })
  expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
  expect(await page.text()).toContain('<title>t</title>')
  const script = await fetch(`${base}/assets/app.js`, { headers: { 'Accept-Encoding': 'gzip' } })
  expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
})

test('what cannot be answered from a twin falls through to the ordinary server', async () => {
  const fellThrough = async (path: string, encoding = 'gzip') =>
    (await fetch(`${base}${path}`, { headers: { 'Accept-Encoding': encoding } })).headers.get(
      'x-fell-through',
    )
  // A browser that takes no gzip.
  expect(await fellThrough('/data/story.json', 'identity')).toBe('yes')
  // A file without a twin, and one whose twin is older than the file.
  expect(await fellThrough('/data/missing.json')).toBe('yes')
  expect(await fellThrough('/data/newer.json')).toBe('yes')
  // Outside the served folder.
  expect(await fellThrough('/%2e%2e/%2e%2e/etc/passwd')).toBe('yes')
  // A malformed address.
  expect(await fellThrough('/%E0%A4%A')).toBe('yes')
  // A range of a file that has a twin: a range is of the file's own bytes (the query engine reads
  // remote files by ranges), which only the ordinary server can give.
  const range = await fetch(`${base}/data/story.json`, {
    headers: { 'Accept-Encoding': 'gzip', Range: 'bytes=0-99' },
  })
  expect(range.headers.get('x-fell-through')).toBe('yes')
})
