// First: start loading the dataset on a worker. This file and early-start are a tiny first script, so
// that happens before the browser has parsed the app's code (a separate chunk, loaded just below).
import './early-start'
import './app/app.css'
import './app/controls.css'
import './app/dashboard.css'
import './app/skeleton.css'
import { pageLoaded } from './page-loaded'

Promise.all([import('./app/mount-app'), pageLoaded()])
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
