import { AgencyKind, type Role } from '../generated/prisma/enums'

const anyKind: readonly AgencyKind[] = Object.values(AgencyKind)

/**
 * The agency kinds at which each role may be held (break 65 F8: a probation user given the police role saw police-only
 * intelligence). Sources, domain.md "Who uses Llwybr": offender managers are NPS or CRC staff; police offender managers
 * work for a force; MAPPA is run by the Responsible Authority (police, probation, prisons; the NPS holds probation's
 * MAPPA duty, CRCs only a duty to co-operate); COSA circles are run by a third-sector provider (CAIS); partner
 * caseworkers work for the services people are referred to, which is any agency but the two that hold the case and
 * refer (police, NPS); aggregate, administration and data-protection roles fit any agency.
 */
export const roleAgencyKinds: Record<Role, readonly AgencyKind[]> = {
  PROBATION_OFFICER: ['NPS', 'CRC'],
  SENIOR_PROBATION_OFFICER: ['NPS', 'CRC'],
  POLICE_OFFENDER_MANAGER: ['POLICE'],
  MAPPA_COORDINATOR: ['POLICE', 'NPS', 'PRISON'],
  COSA_COORDINATOR: ['THIRD_SECTOR'],
  COSA_VOLUNTEER: ['THIRD_SECTOR'],
  PARTNER_CASEWORKER: anyKind.filter((k) => k !== 'POLICE' && k !== 'NPS'),
  STRATEGIC_MANAGER: anyKind,
  SYSTEM_ADMINISTRATOR: anyKind,
  DATA_PROTECTION_LEAD: anyKind,
}

/** Whether `role` may be held by a user of an agency of `kind` (break 65 F8; the table above). */
export function roleFitsAgency(role: Role, kind: AgencyKind): boolean {
  return roleAgencyKinds[role].includes(kind)
}

/** The roles of `roles` that do not fit an agency of `kind`, in the order given; empty when all fit (break 65 F8). */
export function rolesNotFitting(roles: readonly Role[], kind: AgencyKind): Role[] {
  return roles.filter((r) => !roleFitsAgency(r, kind))
}

/** The roles that do not fit an agency of `kind`: what its users must not hold if the agency becomes that kind (break 65 F8). */
export function rolesBarredAt(kind: AgencyKind): Role[] {
  return (Object.keys(roleAgencyKinds) as Role[]).filter((r) => !roleFitsAgency(r, kind))
}
