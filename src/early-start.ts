// Imported first by main.tsx, so it runs before the rest of the app's code is evaluated.
import { BUILTIN_DATASET_URL } from './dataset/builtin-dataset-url'
import { startEarlyFetch } from './dataset/early-fetch'
import { prewarmLoadWorker } from './dataset/warm-worker'

// A linked dataset may be large: start the worker that checks it while both download.
if (startEarlyFetch(window.location, BUILTIN_DATASET_URL)) prewarmLoadWorker()
