import { SkipLink } from '@/components/skip-link'
import { AreaMessages } from '@/i18n/area-messages'

/** A user's own account pages (two-step verification): a skip link (walk 17), and the messages their client components read (issue 18 item 4). */
export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SkipLink />
      <AreaMessages area="account">{children}</AreaMessages>
    </>
  )
}
