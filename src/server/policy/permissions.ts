import type { Role } from '../../generated/prisma/enums'

export const permissions = [
  'offender.read',
  'offender.search',
  'offender.update',
  'offender.create',
  'offender.merge',
  'caseload.view',
  'caseload.viewTeam',
  'caseload.viewLdu',
  'contact.create',
  'contact.update',
  'contact.readSensitive',
  'appointment.manage',
  'enforcement.decide',
  'enforcement.countersign',
  'risk.read',
  'risk.update',
  'allocation.manage',
  'audit.read',
  'stats.view',
  'user.manage',
  'agency.manage',
  'mappa.read',
  'mappa.refer',
  'mappa.manage',
  'cosa.manage',
  'cosa.refer',
  'cosa.portal',
  'pathway.update',
  'partner.refer',
  'partner.work',
  'service.manage',
  'iom.read',
  'iom.manage',
  'intel.police',
  'letter.manage',
  // The officer's diary of appointments (issue 13); a senior may open a team member's.
  'diary.view',
  'diary.viewTeam',
  // Recording, varying and ending court orders is probation's work (issue 13).
  'sentence.manage',
  // A further conviction or caution: police and probation both learn of them (proven reoffending is measured from these).
  'conviction.record',
  // "Who has looked at this record" (issue 15 item 11): the case's offender manager and the team's seniors (audit-scopes.ts).
  // `audit.read` is the operator's whole-system log, which names no person under supervision.
  'audit.readRecord',
  // Commissioned schemes (issue 14): their reports are aggregates; a COSA coordinator sees only their provider's
  // schemes (scheme-scopes.ts). Setting schemes up (funder, amounts, whom they serve) is reference data.
  'scheme.view',
  'scheme.manage',
  // The Home Office unit costs of crime the IOM cost-of-crime figures use (issue 14): reference data.
  'unitCost.manage',
  // Break-glass (issue 17, docs/decisions/0014): opening a record outside one's scope for a stated reason, for a
  // limited time. Staff who already read records in their own agency's work (probation, police, MAPPA); never
  // partners, volunteers, the COSA coordinator, strategic managers/PCC analysts (aggregate only) or the operator.
  'offender.breakGlass',
  // Reviewing break-glass openings: seniors (who read their team's record audit) their own team's and LDU's openings and
  // the openings of people in their scope; the data protection lead every opening (find-break-glass.ts).
  'breakGlass.review',
  // Managing a person's Limited Access lists (exclusion and restriction), as senior staff do in nDelius.
  'offender.restrict',
  // Background jobs (issue 18 item 4): schedules, last and next runs, failed jobs and retrying them. Operators' work.
  'jobs.manage',
  // Subject access requests (issue 17, UK GDPR Art. 15 / DPA 2018 s.45): exporting everything held on one person.
  // The senior answers for the team's records (and reads their audit), so the senior exports, within their read
  // scope; the data protection lead has no read scope (they review break-glass openings, no records). Not the system administrator: their read scope is empty by design
  // (domain.md "no case data"), so the grant would open nothing, and giving them one would break that rule.
  'subjectAccess.export',
  // Outcome figures for one's own area and cohorts, and the people behind a count who are already in one's read scope
  // (issue 14 "Users": seniors and MAPPA / IOM leads). Strategic managers' `stats.view` is every area, never a name.
  'stats.viewOwn',
  // Which LDU each local authority is part of, and the LDUs themselves (issue 14: the outcome breakdowns by force, LDU
  // and local authority rest on it, ADR 0019). Reference data about no one: the operator's.
  'ldu.manage',
  // The data protection lead's review of every break-glass opening in full: who opened whom and why, wherever the
  // person is supervised (issue 17 walk 17 F2), Limited Access still applying. It opens no record itself.
  'breakGlass.reviewAll',
] as const
export type Permission = (typeof permissions)[number]

export const roles = [
  'PROBATION_OFFICER',
  'SENIOR_PROBATION_OFFICER',
  'POLICE_OFFENDER_MANAGER',
  'MAPPA_COORDINATOR',
  'COSA_COORDINATOR',
  'COSA_VOLUNTEER',
  'PARTNER_CASEWORKER',
  'STRATEGIC_MANAGER',
  'SYSTEM_ADMINISTRATOR',
  'DATA_PROTECTION_LEAD',
] as const satisfies readonly Role[]

// Reading and searching the people in one's scope, and writing contacts on their records.
const scopedReader: Permission[] = ['offender.read', 'offender.search', 'contact.create', 'contact.update']
// An offender manager: the same, plus the caseload of people allocated to them (the home page's caseload).
const caseWorker: Permission[] = [...scopedReader, 'caseload.view']

/**
 * Role → permission grants, as data (security.md AC-1). Record scope (which people) lives in scopes.ts;
 * this table says what a role may do at all. The system administrator has no case data (domain.md).
 */
export const roleGrants: Record<Role, readonly Permission[]> = {
  PROBATION_OFFICER: [...caseWorker, 'offender.update', 'offender.create', 'contact.readSensitive', 'risk.read', 'risk.update', 'caseload.viewTeam', 'appointment.manage', 'enforcement.decide', 'mappa.read', 'mappa.refer', 'cosa.refer', 'pathway.update', 'partner.refer', 'iom.read', 'iom.manage', 'diary.view', 'sentence.manage', 'conviction.record', 'audit.readRecord', 'offender.breakGlass'],
  SENIOR_PROBATION_OFFICER: [
    ...caseWorker,
    'offender.update',
    'offender.create',
    // Merging records is a senior's decision: it cannot be undone in the browser.
    'offender.merge',
    'contact.readSensitive',
    'risk.read',
    'risk.update',
    'allocation.manage',
    'caseload.viewTeam',
    'caseload.viewLdu',
    'appointment.manage',
    'enforcement.decide',
    // Breach and recall need a senior's countersignature (probation enforcement practice).
    'enforcement.countersign',
    'mappa.read',
    'mappa.refer',
    'cosa.refer',
    'pathway.update',
    'partner.refer',
    'iom.read',
    'iom.manage',
    'diary.view',
    // A senior oversees the team's work, including each member's diary.
    'diary.viewTeam',
    'sentence.manage',
    'conviction.record',
    'audit.readRecord',
    'offender.breakGlass',
    'breakGlass.review',
    'offender.restrict',
    'subjectAccess.export',
    'stats.viewOwn',
  ],
  // Police intelligence is police-only (domain.md IOM list view). Police and MAPPA staff reach people through search,
  // IOM and MAPPA: no one is allocated to them, so they have no caseload of their own (issue 15 item 15).
  POLICE_OFFENDER_MANAGER: [...scopedReader, 'risk.read', 'mappa.read', 'mappa.refer', 'cosa.refer', 'iom.read', 'iom.manage', 'intel.police', 'conviction.record', 'offender.breakGlass', 'stats.viewOwn'],
  // The coordinator (who also chairs level 2) runs referrals, meetings and agendas for their MAPPA area.
  MAPPA_COORDINATOR: [...scopedReader, 'contact.readSensitive', 'risk.read', 'mappa.read', 'mappa.manage', 'offender.breakGlass', 'stats.viewOwn'],
  // The coordinator reaches core members through their circles (the COSA screens), never through record search:
  // their record scope is empty, so search and caseload grants would only show empty screens (issue 15 item 15).
  COSA_COORDINATOR: ['cosa.manage', 'scheme.view'],
  // A volunteer reaches their own circle meetings through the portal, and nothing of any record.
  COSA_VOLUNTEER: ['cosa.portal'],
  // A partner caseworker works the referrals made to their service, through the partner screens only.
  // Their record scope is empty by design (partner-scopes.ts), so no record, search or caseload grants (issue 15 item 15).
  PARTNER_CASEWORKER: ['partner.work'],
  STRATEGIC_MANAGER: ['stats.view', 'scheme.view'],
  // The directory of services, the catalogue of support needs and the letter templates are reference data, not case data.
  SYSTEM_ADMINISTRATOR: ['user.manage', 'agency.manage', 'audit.read', 'service.manage', 'letter.manage', 'scheme.manage', 'unitCost.manage', 'jobs.manage', 'ldu.manage'],
  // The data protection lead answers for the partnership's processing (UK GDPR Art. 37–39): they review every
  // break-glass opening, naming its person and reason, but open no record and search no one.
  DATA_PROTECTION_LEAD: ['breakGlass.review', 'breakGlass.reviewAll'],
}

export function roleHas(role: Role, permission: Permission): boolean {
  return roleGrants[role].includes(permission)
}

/**
 * The roles granted any of the given permissions, for filtering accounts in a query
 * (`roles: { hasSome: rolesGranting(p, q) }`). Input: permissions. Output: the roles of `roleGrants` that include at
 * least one of them, in the table's order.
 */
export function rolesGranting(...wanted: Permission[]): Role[] {
  return (Object.keys(roleGrants) as Role[]).filter((role) => wanted.some((p) => roleHas(role, p)))
}
