// The import floors of src/, checked by `npm run check-imports` (part of `npm test`). Imports flow one
// way: lib -> i18n -> dataset -> components, state -> features -> app. Features do not import each other;
// app composes them. Inside dataset/, the stages build on each other in the order the data flows:
// dates -> format -> validate, story-index, source -> import -> files -> load; draft (proposals from
// an article's text) and documents (an article from a file) beside import; query (the questions the
// views ask an engine, and their SQL) on the format and the index. Import cycles are Biome's
// noImportCycles (biome.json). See docs/decisions/import-floors.md.

const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to })
const TESTS = '\\.test\\.tsx?$'

module.exports = {
  forbidden: [
    forbid(
      'lib-stands-alone',
      'src/lib holds small helpers every layer may use; it imports nothing else of the app.',
      { path: '^src/lib/' },
      { path: '^src/(?!lib/)' },
    ),
    forbid(
      'i18n-on-lib',
      'src/i18n (messages, languages, their loading) is below every layer that shows text: it imports only lib.',
      { path: '^src/i18n/' },
      { path: '^src/(?!(i18n|lib)/)' },
    ),
    forbid(
      'dataset-below-the-views',
      'The dataset layer (the format, dates, validation, files, loading) knows nothing of the state, the views or the app.',
      { path: '^src/dataset/' },
      { path: '^src/(state|components|features|app)/' },
    ),
    forbid(
      'state-below-the-views',
      'The shared view state knows nothing of the components, features or app that show it.',
      { path: '^src/state/' },
      { path: '^src/(components|features|app)/' },
    ),
    forbid(
      'components-below-features',
      'Shared components are small pieces for any view; they import no state, feature or app code.',
      { path: '^src/components/' },
      { path: '^src/(state|features|app)/' },
    ),
    forbid(
      'features-apart',
      'A feature does not import another feature: move what both need to components/, state/ or lib/, or compose them in app/.',
      { path: '^src/features/([^/]+)/' },
      { path: '^src/features/', pathNot: '^src/features/$1/' },
    ),
    forbid(
      'only-main-imports-app',
      'app/ composes everything; only src/main.tsx imports it.',
      { path: '^src/', pathNot: ['^src/app/', '^src/main\\.tsx$'] },
      { path: '^src/app/' },
    ),
    forbid(
      'dates-first',
      'Reading a date needs nothing else of the dataset layer.',
      { path: '^src/dataset/dates/' },
      { path: '^src/dataset/(?!dates/)' },
    ),
    forbid(
      'format-on-dates',
      'The format (schema, ids, countries) builds on dates only: validation, files and loading build on it.',
      { path: '^src/dataset/format/' },
      { path: '^src/dataset/(validate/|files/|load/|story-index)' },
    ),
    forbid(
      'validate-and-index-below-files',
      'Validation and the story index build on the format and dates, not on reading files or loading.',
      { path: '^src/dataset/(validate/|story-index)' },
      { path: '^src/dataset/(files/|load/)' },
    ),
    forbid(
      'validate-and-index-apart',
      'Validation and the index are side by side: neither imports the other.',
      { path: '^src/dataset/validate/' },
      { path: '^src/dataset/story-index' },
    ),
    forbid(
      'index-and-validate-apart',
      'Validation and the index are side by side: neither imports the other.',
      { path: '^src/dataset/story-index' },
      { path: '^src/dataset/validate/' },
    ),
    forbid(
      'source-on-the-format',
      'Where a quote stands in its source (anchoring, the checked text) builds on the format and validation, not on reading files or loading.',
      { path: '^src/dataset/source/' },
      { path: '^src/dataset/(import|files|load|draft|documents)/' },
    ),
    forbid(
      'index-below-import',
      'The story index knows nothing of how a file was read: what a reading noticed travels beside the story (load/load-outcome.ts).',
      { path: '^src/dataset/story-index' },
      { path: '^src/dataset/(import|files|load|source|draft|documents)/' },
    ),
    forbid(
      'import-below-files',
      "The importers read other tools' formats into the app's: they build on dates, the format and validation, and know nothing of files, loading or drafting.",
      { path: '^src/dataset/import/' },
      { path: '^src/dataset/(files|load|draft|documents)/' },
    ),
    forbid(
      'draft-beside-import',
      'Drafting a story from an article builds on dates, the format and where quotes stand in a text; it reads no files and loads nothing.',
      { path: '^src/dataset/draft/' },
      { path: '^src/dataset/(import|files|load|documents)/' },
    ),
    forbid(
      'query-on-the-format',
      'The query contract (descriptions, their parser, the SQL built from them) builds on dates, the format and the index: engines in a worker or on a server import it without the files, loading or importers.',
      { path: '^src/dataset/query/' },
      { path: '^src/dataset/(files|load|import|draft|documents|source)/' },
    ),
    forbid(
      'no-node-engine-in-the-page',
      'DuckDB for Node is for the service and the tests (scripts/engine/); the page never bundles it.',
      { path: '^src/' },
      { path: 'node_modules/@duckdb/node-(api|bindings)' },
    ),
    forbid(
      'wasm-engine-by-dynamic-import',
      'DuckDB-WASM (dataset/query/wasm/) is several MB and starts a worker: the page reaches it only by import() of wasm/engine.ts, so it loads when asked, in a chunk of its own, never on the first view.',
      { path: '^src/', pathNot: '^src/dataset/query/wasm/' },
      { path: '^src/dataset/query/wasm/', dynamic: false },
    ),
    forbid(
      'wasm-engine-through-its-door',
      'The page imports the engine through wasm/engine.ts only: its files may move.',
      { path: '^src/', pathNot: '^src/dataset/query/wasm/' },
      { path: '^src/dataset/query/wasm/(?!engine\\.ts$)' },
    ),
    forbid(
      'wasm-engine-packages-in-the-engine',
      'DuckDB-WASM (with apache-arrow), hyparquet and parquet-wasm are the engine’s: only dataset/query/wasm/ imports them.',
      { path: '^src/', pathNot: '^src/dataset/query/wasm/' },
      {
        path: 'node_modules/(@duckdb/duckdb-wasm|apache-arrow|hyparquet|hyparquet-compressors|parquet-wasm)/',
      },
    ),
    forbid(
      'mapping-step-through-its-door',
      'The mapping step (and any view) reaches the importers through import/column-choice.ts (and what the step runs, column-choice-step.ts), their readers of one value (import/values/) and the codes of their refusals (read-refusal.ts) only: their insides may move.',
      { path: '^src/(features|app|state|components)/', pathNot: TESTS },
      {
        path: '^src/dataset/import/',
        pathNot: '^src/dataset/import/(column-choice(-step)?\\.ts$|read-refusal\\.ts$|values/)',
      },
    ),
    forbid(
      'files-below-load',
      'Reading files (CSV, other tools’ formats, exports) does not load anything: loading builds on it.',
      { path: '^src/dataset/files/' },
      { path: '^src/dataset/load/' },
    ),
    forbid(
      'vis-timeline-in-the-timeline',
      'Only the timeline feature imports vis-timeline and vis-data (the wrapper is the one place it is used).',
      { path: '^src/', pathNot: '^src/features/timeline/' },
      { path: 'node_modules/(vis-timeline|vis-data)/' },
    ),
    forbid(
      'recharts-in-the-charts',
      'Only the charts feature imports recharts (it loads after the first view, in its own chunk).',
      { path: '^src/', pathNot: '^src/features/charts/' },
      { path: 'node_modules/recharts/' },
    ),
    forbid(
      'testing-in-tests',
      'src/testing (builders, synthetic data) is for tests and scripts, not for the app.',
      { path: '^src/', pathNot: ['^src/testing/', TESTS] },
      { path: '^src/testing/' },
    ),
    forbid(
      'app-code-outside-src',
      'The app imports nothing from scripts/, e2e/ or the build plugins.',
      { path: '^src/' },
      { path: '^(scripts|e2e|vite-plugins)/' },
    ),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a type is part of what a module knows about.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.test.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.d.ts'] },
    exclude: { path: '\\.css$' },
  },
}
