import { SkipLink } from '@/components/skip-link'
import { AreaMessages } from '@/i18n/area-messages'

/** Signing in: a skip link to the form (walk 17), and the messages their client components read (issue 18 item 4). */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SkipLink />
      <AreaMessages area="auth">{children}</AreaMessages>
    </>
  )
}
