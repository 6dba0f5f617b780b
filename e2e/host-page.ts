import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A page on another origin than the app (`localhost` against the app's `127.0.0.1`, on a port of its
 * own), as an article that embeds the app is: its HTML is what the test gives. Served from a real
 * server, not an intercepted route: Chromium treats a framed loopback app from a page of no known
 * address as a request into a private network and refuses it.
 */
export async function startHostPage(): Promise<{
  url: string
  setHtml: (html: string) => void
  close: () => Promise<void>
}> {
  let html = '<!doctype html><title>Host</title>'
  const server: Server = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8')
    response.end(html)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://localhost:${port}/article.html`,
    setHtml: (next) => {
      html = next
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** An article page with `embed` (an iframe's code) in its body. */
export function articleWith(embed: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head>
<body><main><h1>North Korea and Russia, a timeline</h1><p>Explore the events below.</p>${embed}<p>The article goes on.</p></main></body></html>`
}
