import 'server-only'
import type { Prisma } from '../../generated/prisma/client'

/** What administrators see of a user: never the password hash. */
export const userSelect = {
  id: true,
  email: true,
  name: true,
  roles: true,
  status: true,
  locale: true,
  version: true,
  lastSignInAt: true,
  failedSignInCount: true,
  agencyId: true,
  teamId: true,
  agency: { select: { name: true, nameCy: true } },
  team: { select: { name: true, nameCy: true } },
} satisfies Prisma.UserSelect
