import { AreaMessages } from '@/i18n/area-messages'

/** Administration pages: the messages their client components read (issue 18 item 4); the rest of the layout is the parent's. */
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages area="admin">{children}</AreaMessages>
}
