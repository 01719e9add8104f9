import { AreaMessages } from '@/i18n/area-messages'

/** Signing in: the messages their client components read (issue 18 item 4); the rest of the layout is the parent's. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return <AreaMessages area="auth">{children}</AreaMessages>
}
