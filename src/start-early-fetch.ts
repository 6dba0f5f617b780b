// Imported first by main.tsx so that it runs before React and the views are evaluated.
import { BUILTIN_DATASET_URL } from './dataset/dataset-query'
import { startEarlyFetch } from './dataset/early-fetch'

startEarlyFetch(window.location, BUILTIN_DATASET_URL)
