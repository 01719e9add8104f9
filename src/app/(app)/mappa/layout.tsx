import { AreaMessages } from '@/i18n/area-messages'

/** MAPPA pages: the messages their client components read (issue 18 item 4); the rest of the layout is the parent's. */
export default function MappaLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages area="mappa">{children}</AreaMessages>
}
