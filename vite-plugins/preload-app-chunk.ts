import type { Plugin } from 'vite'

// main.tsx loads the app's code with import(), so that the dataset's worker starts before that code is
// parsed. The HTML names the app's chunks, all it imports (and their styles) too, so their download starts with the page
// instead of after main.tsx has run.
export function preloadAppChunk(): Plugin {
  let base = '/'
  return {
    name: 'story-timeline:preload-app-chunk',
    apply: 'build',
    configResolved: (config) => {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, { chunk, bundle }) => {
        const app = chunk?.dynamicImports
          .map((file) => bundle?.[file])
          .find((output) => output?.type === 'chunk' && output.facadeModuleId?.endsWith('/mount-app.tsx'))
        if (app?.type !== 'chunk') return html
        // Every chunk the app's chunk imports, and what those import in turn: one level only had left
        // chunks to be found, and fetched, only once their importer had been parsed.
        const files = [app.fileName]
        for (let index = 0; index < files.length; index += 1) {
          const output = bundle?.[files[index] as string]
          if (output?.type !== 'chunk') continue
          for (const file of output.imports)
            if (file !== chunk?.fileName && !files.includes(file)) files.push(file)
        }
        const scripts = files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        }))
        const css = files.flatMap((file) => {
          const output = bundle?.[file]
          return output?.type === 'chunk' ? [...(output.viteMetadata?.importedCss ?? [])] : []
        })
        const styles = css.map((file) => ({
          tag: 'link',
          attrs: { rel: 'stylesheet', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        }))
        return { html, tags: [...scripts, ...styles] }
      },
    },
  }
}
