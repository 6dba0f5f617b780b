// The first script the page runs, before the app's own code has been parsed (main.tsx loads that
// afterwards): start loading the dataset this address opens, on the load worker.
import { BUILTIN_DATASET_URL } from './dataset/load/builtin-dataset-url'
import { startEarlyLoad } from './dataset/load/early-load'
import { holdEarlyDrops } from './lib/early-drops'
import { startTheme } from './lib/theme'

// The theme first: nothing is painted in the wrong colours.
startTheme()
startEarlyLoad(window.location, BUILTIN_DATASET_URL)
holdEarlyDrops()
