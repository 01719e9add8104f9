import type { AgencyKind, Locale, Region, Role } from '../../generated/prisma/enums'

/** Who is asking: resolved once per request from the session and re-read from the database (style.md). */
export type Actor = {
  userId: string
  sessionId: string | null
  name: string
  email: string
  agencyId: string
  agencyKind: AgencyKind
  teamId: string | null
  lduId: string | null
  region: Region | null
  roles: Role[]
  locale: Locale
}
