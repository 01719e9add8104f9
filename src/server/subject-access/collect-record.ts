import 'server-only'
import type { Tx } from '../db'
import { toRow } from './bundle-row'
import type { Sections } from './bundle.types'

/**
 * The person's record (issue 17): personal details with their agency, LDU, team and local authority named,
 * aliases, every change to their details (the history of addresses and contact details), and circumstances.
 * @returns sections record, aliases, detailChanges, circumstances
 */
export async function collectRecord(tx: Tx, offenderId: string): Promise<Partial<Sections>> {
  const [person, aliases, detailChanges, circumstances] = await Promise.all([
    tx.offender.findUniqueOrThrow({
      where: { id: offenderId },
      include: { responsibleAgency: { select: { name: true } }, ldu: { select: { name: true } }, team: { select: { name: true } }, localAuthority: { select: { name: true } } },
    }),
    tx.offenderAlias.findMany({ where: { offenderId }, orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }] }),
    tx.offenderDetailChange.findMany({ where: { offenderId }, orderBy: { changedAt: 'asc' } }),
    tx.circumstanceSnapshot.findMany({ where: { offenderId }, orderBy: [{ asAt: 'asc' }, { createdAt: 'asc' }] }),
  ])
  const { responsibleAgency, ldu, team, localAuthority, ...scalars } = person
  const record = { ...scalars, responsibleAgency: responsibleAgency.name, ldu: ldu?.name ?? null, team: team?.name ?? null, localAuthority: localAuthority?.name ?? null }
  return {
    record: [toRow(record)],
    aliases: aliases.map((a) => toRow(a)),
    detailChanges: detailChanges.map((c) => toRow(c)),
    circumstances: circumstances.map((c) => toRow(c)),
  }
}
