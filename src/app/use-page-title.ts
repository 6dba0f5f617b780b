import { useEffect } from 'react'

/**
 * The tab's title follows the view: "Trilateral summit at Camp David — Kim and Putin pledge closer
 * ties" with an event selected, else the story's title, so that tabs, history and bookmarks say
 * which view they are.
 */
export function usePageTitle(storyTitle: string, eventTitle: string | undefined): void {
  useEffect(() => {
    document.title = eventTitle ? `${eventTitle} — ${storyTitle}` : `${storyTitle} — Story Timeline`
  }, [storyTitle, eventTitle])
}
