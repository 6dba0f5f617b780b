/** The selected event's view, loaded apart from the first view's code (see details-panel.tsx). */
export const loadEventDetails = () => import('./event-details')
