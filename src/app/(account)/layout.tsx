import { AreaMessages } from '@/i18n/area-messages'

/** A user's own account pages (two-step verification): the messages their client components read (issue 18 item 4). */
export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages area="account">{children}</AreaMessages>
}
