import { lazy, Suspense } from 'react'
import { LoadingState } from '../components/loading-state'
import { editorRoute } from '../dataset/load/dataset-link'
import { defineMessages } from '../i18n/messages'
import { useT } from '../i18n/use-t'
import { useLocationSearch } from '../state/url-store'
import { StoryPage } from './story-page'

// The editor's pages load only when their address is opened: no cost to the dashboard's first view.
const EditorPage = lazy(() =>
  import('../features/editor/editor-page').then((module) => ({ default: module.EditorPage })),
)
const MyStories = lazy(() =>
  import('../features/editor/my-stories').then((module) => ({ default: module.MyStories })),
)
const PreviewPage = lazy(() => import('./preview-page').then((module) => ({ default: module.PreviewPage })))

const messages = defineMessages({
  opening: { id: 'editor.opening', defaultMessage: 'Opening the editor…' },
})

/**
 * Which page the address opens: the editor (`?edit=<id>`), My stories (`?stories`), a draft's preview
 * (`?preview=<id>`), or the story the address names (the dashboard, or its embed).
 */
export function PageRoutes({ datasetUrl, embedded }: { datasetUrl: string; embedded: boolean }) {
  const t = useT()
  const search = useLocationSearch()
  const route = embedded ? null : editorRoute(search)
  if (!route) return <StoryPage datasetUrl={datasetUrl} embedded={embedded} />
  return (
    <Suspense fallback={<LoadingState label={t(messages.opening)} />}>
      {route.page === 'edit' && <EditorPage draftId={route.id} />}
      {route.page === 'stories' && <MyStories />}
      {route.page === 'preview' && <PreviewPage draftId={route.id} />}
    </Suspense>
  )
}
