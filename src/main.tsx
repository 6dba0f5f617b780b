// First: start loading the dataset on a worker. This file and early-start are a tiny first script, so
// that happens before the browser has parsed the app's code (a separate chunk, loaded just below).
import './early-start'
import './app/app.css'
import './app/controls.css'
import './app/dashboard.css'
import './app/skeleton.css'
import { startPageLanguage } from './i18n/page-language'
import { pageLoaded } from './page-loaded'

// The reader's language, if not English, loads beside the app's code (English is in the code).
Promise.all([import('./app/mount-app'), pageLoaded(), startPageLanguage()])
  .then(([{ mountApp }]) => {
    const root = document.getElementById('root')
    if (!root) throw new Error('index.html has no #root element')
    mountApp(root)
  })
  .catch(() => {
    // The app's code could not be downloaded (offline, or a new version replaced it): say so.
    const root = document.getElementById('root') ?? document.body
    root.textContent = 'Story Timeline could not load its code. Check the connection and reload the page.'
  })
