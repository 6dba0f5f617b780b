import type { Plugin, Rollup } from 'vite'

/**
 * The app's first view in one chunk: every module the app's code (`src/app/mount-app.tsx`, which
 * main.tsx loads by import()) reaches by static imports, but those of the first script (main.tsx's own,
 * which must stay small: load-order.md) and those another group takes (vis, React). Without it,
 * Rolldown puts a module that a later chunk imports too (the engine-held dashboard reuses the
 * dashboard's views; the charts, the map and the details reuse its hooks) into a common chunk of its
 * own, and the first view fetches a dozen more, smaller files, each compressed apart (+6.7 kB gzip
 * when the engine-held dashboard came). `plugin` reads the module graph once it is whole (buildEnd,
 * before chunks are made); `inFirstView` is the code-splitting group's test.
 */
export function firstViewChunk(
  app = '/src/app/mount-app.tsx',
  firstScript = '/src/main.tsx',
  elsewhere: RegExp = /node_modules[\\/](vis-[a-z]+|moment|@egjs|propagating-hammerjs|react|react-dom|scheduler)[\\/]/,
): { plugin: Plugin; inFirstView: (id: string) => boolean } {
  const reached = new Set<string>()
  return {
    plugin: {
      name: 'story-timeline:first-view-chunk',
      apply: 'build',
      buildEnd() {
        const ids = [...this.getModuleIds()]
        const reach = (entry: string) => staticallyReached(this, ids, entry)
        const first = reach(firstScript)
        reached.clear()
        // The app's own module stays its entry chunk's (preload-app-chunk.ts finds the chunk by it).
        for (const id of reach(app))
          if (!id.endsWith(app) && !first.has(id) && !elsewhere.test(id)) reached.add(id)
      },
    },
    inFirstView: (id) => reached.has(id),
  }
}

/** The modules the module whose id ends with `entry` imports statically, and theirs in turn. */
function staticallyReached(
  context: Rollup.PluginContext,
  ids: readonly string[],
  entry: string,
): Set<string> {
  const found = new Set<string>()
  const start = ids.find((id) => id.endsWith(entry))
  const queue = start === undefined ? [] : [start]
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (found.has(id)) continue
    found.add(id)
    queue.push(...(context.getModuleInfo(id)?.importedIds ?? []))
  }
  return found
}
