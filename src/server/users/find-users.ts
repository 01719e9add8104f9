import 'server-only'
import type { Prisma } from '../../generated/prisma/client'
import { escapeLike } from '../../lib/literal-search'
import { prisma } from '../db'
import { keysetPage, type KeyColumn } from '../paging/keyset'
import { authorize, type Actor } from '../policy'
import { ZUserSearch } from './user.schemas'
import { userSelect } from './user.select'

export const USERS_PAGE_SIZE = 25

// Name, then email (unique), so the order is total and a boundary user names exactly one position.
const columns: KeyColumn<'name' | 'email'>[] = [
  { key: 'name', dir: 'asc' },
  { key: 'email', dir: 'asc' },
]

/**
 * The operator's list of user accounts, filtered by status and by text in the name or email (taken literally, issue
 * 15 item 5), in keyset pages by name (item 8): users added or renamed between page loads do not shift the pages.
 * @param input ZUserSearch: { q?, status?, after?, before?, page? }; throws FORBIDDEN without user.manage
 */
export async function findUsers(actor: Actor, input: unknown) {
  authorize(actor, 'user.manage')
  const query = ZUserSearch.parse(input)
  const text = query.q ? escapeLike(query.q) : undefined
  const where: Prisma.UserWhereInput = {
    ...(query.status ? { status: query.status } : {}),
    ...(text ? { OR: [{ name: { contains: text, mode: 'insensitive' } }, { email: { contains: text, mode: 'insensitive' } }] } : {}),
  }
  const cursor = query.after ?? query.before
  const boundary = cursor ? await prisma.user.findFirst({ where: { AND: [where, { id: cursor }] }, select: { name: true, email: true } }) : null
  const [total, page] = await Promise.all([
    prisma.user.count({ where }),
    keysetPage({
      columns,
      boundary,
      backwards: Boolean(query.before),
      size: USERS_PAGE_SIZE,
      find: ({ after, orderBy, take }) => prisma.user.findMany({ where: after ? { AND: [where, after as Prisma.UserWhereInput] } : where, select: userSelect, orderBy, take }),
    }),
  ])
  const users = page.rows
  return { query, total, pages: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)), users, hasNext: page.hasNext, hasPrevious: page.hasPrevious, firstId: users[0]?.id, lastId: users.at(-1)?.id }
}
