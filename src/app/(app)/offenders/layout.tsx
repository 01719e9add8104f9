import { AreaMessages } from '@/i18n/area-messages'

/** A person's pages and the search: the messages their client components read (issue 18 item 4); the rest of the layout is the parent's. */
export default function OffendersLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages area="offenders">{children}</AreaMessages>
}
